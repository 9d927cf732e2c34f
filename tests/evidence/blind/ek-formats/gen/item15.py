from odthelp import Odt
from common import *
NN = "15"
write_request(NN, """
Dear Teifi Valley University Health Board,

I would be grateful if you could provide the following information under the Freedom of Information Act 2000.

- The total number of CCTV cameras in use at the Health Board's hospitals, broken down by hospital.
- Whether any of these are made by Hikvision.
- Whether any are made by Dahua.
- Any plans for new CCTV installations in the next 12 months.

Yours faithfully
Bethan Rowlands
""")
d = Odt()
d.p("Bwrdd Iechyd Prifysgol Dyffryn Teifi\nTeifi Valley University Health Board", bold=True)
d.p("Pencadlys / Headquarters, Ysbyty Glan Teifi, Heol y Gogledd, Aberteifi SA43 9PL")
d.p("Ein Cyf / Our Ref: FOI-TVUHB-24-0811\nDyddiad / Date: 30 Awst / August 2024")
d.p("Dear Ms Rowlands")
d.p("Freedom of Information Act 2000 – Request for Information", bold=True)
d.p("Thank you for your request received on 2 August 2024. Please find our response below. We have consulted the Estates and Security Management teams.")
d.p("Breakdown by hospital", bold=True)
d.table([["Hospital", "Cameras in use", "Manufacturer(s)"],
         ["Ysbyty Glan Teifi, Cardigan", "118", "Axis, HIK-VISION (44)"],
         ["Ysbyty Bronglais Newydd, Aberystwyth", "93", "Axis, Avigilon"],
         ["Ysbyty Cymuned Llanbedr", "27", "Hanwha"],
         ["Ysbyty Tregaron", "9", "Hanwha"],
         ["Total", "247", ""]])
d.p("")
d.p("Hikvision: Yes – as shown above, 44 of the cameras at Ysbyty Glan Teifi are Hikvision. These were installed as part of the 2018 car park scheme.")
d.p("Dahua: Nil.")
d.p("Future plans: An order has been placed for 12 additional cameras for the new Emergency Department at Ysbyty Glan Teifi, scheduled for installation in spring 2025. There are no other approved schemes at this time.")
d.p("The Health Board welcomes correspondence in Welsh. / Mae'r Bwrdd Iechyd yn croesawu gohebiaeth yn Gymraeg.")
d.p("If you are dissatisfied with the way the Health Board has handled your request you may ask for an internal review within 40 working days of this letter by writing to the Information Governance Manager at the address above. If you remain dissatisfied you have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH. Tel: 0330 414 6421.")
d.p("Yn gywir / Yours sincerely\n\n\nSiân Morgan-Davies\nSwyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
d.save(out(f"{NN}-reply.odt"))
label(NN, "odt", "odt", "nhs", "foia", "yes", "no", "answered", [], 247,
      "Welsh health board; 'HIK-VISION (44)' inside a manufacturer cell; Dahua answered 'Nil'; 12 ordered cameras must not be added to 247.")
