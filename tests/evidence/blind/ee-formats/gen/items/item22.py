import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 22
write_text(f"{N:02d}-request.txt", """
Dear Ravensbourne City Council,

Under the Freedom of Information Act 2000, please tell me:
1) how many public space CCTV cameras the council operates; 2) the makes of these cameras with the number of each; 3) whether any are made by Hikvision or Dahua; 4) whether the cameras or recorders are connected to the council's corporate IT network; 5) whether any facial recognition software is used with them.

Thank you
Adaeze Rowntree-Bell
""")

p1 = [
    "##Ravensbourne City Council",
    "**Community Safety and Resilience",
    "Civic Offices, St Anselm's Square, Ravensbourne RB1 2CS",
    "---",
    ">>Please ask for: Stephen Hallworth",
    ">>Direct line: 01632 968 031",
    ">>Our ref: CSR/FOI/4471",
    ">>Date: 3 April 2025",
    "",
    "Dear Ms Rowntree-Bell",
    "",
    "**Freedom of Information Act 2000 - CCTV",
    "",
    "I refer to your request received on 10 March 2025. I am able to provide",
    "the following information.",
    "",
    "1.  The Council operates 388 public space CCTV cameras, monitored 24/7",
    "     from the Ravensbourne CCTV Control Centre.",
    "",
    "2.  The cameras are made up as follows:",
    "",
    "@cols 560,500,220",
    "**||Manufacturer|Camera type|Number",
    "||Dahua|PTZ dome (SD6AL range)|212",
    "||Hikvision|Fixed bullet / PTZ|124",
    "||Axis|Fixed and multi-sensor|52",
    "**||Total||388",
    "",
    "3.  Yes. Please see the table above.",
    "",
    "4.  No. The CCTV network is a separate, segregated fibre and wireless",
    "     network and is not connected to the Council's corporate IT network.",
    "     The Dahau domes and Hikvison cameras are recorded on a Genetec",
    "     video management system located within the Control Centre.",
]
p2 = [
    ">>CSR/FOI/4471 - page 2",
    "",
    "5.  No facial recognition software is used with the Council's CCTV.",
    "",
    "In addition to the cameras above, the Control Centre monitors 46 cameras",
    "on behalf of Northgate Shopping Centre and 19 on behalf of Ravensbourne",
    "University under service agreements. These cameras are owned by those",
    "organisations and are not included in the figures above.",
    "",
    "The Council is aware of the government's decision in relation to sensitive",
    "central government sites. A replacement programme for the oldest cameras",
    "is being considered as part of the 2025/26 capital budget.",
    "",
    "If you are dissatisfied with this response you may request an internal",
    "review. Please write to the Information Governance Manager, Civic Offices,",
    "St Anselm's Square, Ravensbourne RB1 2CS, within 40 working days. If you",
    "remain dissatisfied you may apply to the Information Commissioner.",
    "",
    "Yours sincerely",
    "",
    "",
    "S Hallworth",
    "CCTV and Community Safety Manager",
]
render_scan(f"{N:02d}-reply.pdf", [p1, p2], seed=22, skew=(0.9, 1.6), size=29, noise=0.016, blur=0.7,
            font="LiberationSans-Regular.ttf", bold_font="LiberationSans-Bold.ttf")

label(N, "scan", "pdf", "council", "foia", "yes", "yes", "answered", [], 388,
      "two-page skewed scan with a ruled table and total row; misspellings 'Dahau'/'Hikvison'; 65 cameras monitored for other owners are excluded")
