from lib import *
write_request("03", """
Dear Clerk,

I am writing under the Freedom of Information Act. Could you tell me (1) how many CCTV cameras the Town Council has, (2) what make they are and in particular whether any are Hikvision or Dahua, (3) what the system cost to install and (4) who is able to view the recordings.

Thank you
Gareth Lomas
""")
page = [
    ("b", "BRAMPTON ST GILES TOWN COUNCIL"),
    ("line", "The Jubilee Hall, Church Lane, Brampton St Giles, Wiltshire SN9 4LA"),
    ("line", "Tel: 01380 720 514    Email: clerk@bramptonstgiles-tc.gov.uk"),
    ("sp", 40),
    ("line", "Mr G Lomas"),
    ("line", "via email"),
    ("sp", 20),
    ("rline", "22nd May 2024"),
    ("sp", 20),
    ("p", "Dear Mr Lomas,"),
    ("b", "Freedom of Information request - CCTV"),
    ("p", "Thank you for your email of 29th April. I apologise for the slight delay in replying, the office is only staffed three mornings a week."),
    ("p", "The Town Council has six cameras in total. Four of these are on the pavilion at the Recreation Ground and two cover the Jubilee Hall car park. They were supplied and fitted by A1 Alarms & Security of Bexley Road, Devizes, in 2021. The cameras are all HiWatch IPC-B140H bullets recording to a single HiWatch NVR kept in the hall office."),
    ("p", "The total cost of the installation was £3,480 plus VAT, which was met from the Recreation Ground reserve (minute 21/088)."),
    ("p", "Footage can be viewed by the Clerk and the Deputy Clerk only. It is kept for 30 days and is only released to the police on a written request."),
    ("p", "If you are unhappy with this response you can ask the Council to review it by writing to the Chairman at the above address. You may also contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."),
    ("p", "Yours sincerely,"),
    ("sp", 30),
    ("line", "Mrs Pauline Agar"),
    ("line", "Town Clerk & RFO"),
]
save_scan("03-reply.png", render_pages([page], serif=True, sz=32, seed=3))
label("03", "png", "council", "foia", "yes", "no", "answered", [], 6,
      "Scanned letter with no text layer; the maker is given only as the Hikvision sub-brand HiWatch and the count as the word 'six'.")
