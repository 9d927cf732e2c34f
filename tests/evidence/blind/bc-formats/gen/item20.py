from lib import *

write_text("20-request.txt", """
Dear Clerk,

Please could you tell me under the Freedom of Information Act:
1. How many CCTV cameras the Town Council operates
2. Whether any are Hikvision or Dahua
3. Who monitors them
4. Annual running costs

Kind regards
Peter Lomax
""")

blocks = [
    ("h1", "Olney Town Council"),
    "The Olney Centre, High Street, Olney, Bucks MK46 4EF · Tel 01234 711679 · townclerk@olneytowncouncil.gov.uk",
    ("blank", None),
    "15 May 2024",
    ("blank", None),
    "Dear Mr Lomax",
    "Re: Freedom of Information request dated 29 April 2024",
    "Thank you for your email. Olney Town Council does not own or operate any CCTV cameras, so questions 2 to 4 do not apply.",
    "The cameras on the Market Place are operated by Milton Keynes City Council and you may wish to contact them directly.",
    "If you are unhappy with this response you can ask the Council to review it, and thereafter contact the Information Commissioner's Office.",
    ("blank", None),
    "Yours sincerely",
    "Jane Brightwell",
    "Town Clerk & RFO",
]
write_bytes("20-reply.odt", odt_bytes(blocks))
add_label(path="20-reply.odt", request_file="20-request.txt", format="odt", body_type="council",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[],
          camera_count=0, note="Short town council letter: no CCTV at all; the cameras mentioned belong to another council.")
