from lib import *
write_request("20", """
Dear Clerk,

Freedom of Information Act 2000 request.

1. How many CCTV cameras are operated at the Community Council's premises?
2. Who is the manufacturer of the cameras?
3. Are any of them Hikvision or Dahua?

Regards,
Dafydd Harries
""")
page = [
    ("b", "CYNGOR CYMUNED LLANFAIR-YM-MYNYDD"),
    ("b", "LLANFAIR-YM-MYNYDD COMMUNITY COUNCIL"),
    ("line", "Clerc / Clerk: Mrs Bethan Owen-Roberts"),
    ("line", "Neuadd Goffa, Ffordd yr Eglwys, Llanfair-ym-Mynydd, Powys SY21 6DE"),
    ("sp", 30),
    ("rline", "3 Gorffennaf / July 2024"),
    ("sp", 10),
    ("p", "Annwyl Mr Harries / Dear Mr Harries,"),
    ("b", "Cais Rhyddid Gwybodaeth / Freedom of Information Request"),
    ("p", "Diolch am eich cais a dderbyniwyd ar 10 Mehefin 2024. Thank you for your request received on 10 June 2024."),
    ("p", "The Community Council meets in, and rents its office space from, Neuadd Goffa (the Memorial Hall). The CCTV cameras at the hall are owned and operated by the Neuadd Goffa Management Committee, which is a separate registered charity. The Community Council has no involvement in the system and does not hold any information about the cameras, including their number or manufacturer."),
    ("p", "You may wish to contact the Hall Management Committee directly via the hall secretary, c/o Neuadd Goffa at the address above. Please note that, as a charity, it is not subject to the Freedom of Information Act."),
    ("p", "Os ydych yn anfodlon / If you are dissatisfied with this response you may request a review by writing to the Chair of the Council at the address above. You may also contact the Information Commissioner's Office, Wales, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
    ("p", "Yr eiddoch yn gywir / Yours sincerely,"),
    ("sp", 40),
    ("line", "B. Owen-Roberts"),
    ("line", "Clerc a Swyddog Ariannol Cyfrifol / Clerk and RFO"),
]
save_scan("20-reply.png", render_pages([page], serif=True, sz=31, seed=20))
label("20", "png", "welsh_council", "foia", "unknown", "unknown", "not_held", [], None,
      "Bilingual scanned letter: the cameras at the council's premises belong to the hall charity and the council holds nothing, which must not be read as 'no CCTV, 0 cameras'.")
