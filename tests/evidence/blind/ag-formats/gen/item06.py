from lib import *
from docxlib import *
NN = "06"
write_request(NN, """Question 1: How many public space CCTV cameras does Conwy County Borough Council operate?
Question 2: Are any of them made by Hikvision?
Question 3: Are any of them made by Dahua?
Question 4: What did the Council pay for its current CCTV maintenance contract, and who holds it?
Question 5: Is the CCTV monitored 24 hours a day?

Sent via WhatDoTheyKnow - please reply to this address.
Rhys Pritchard
""")
d = new_doc(font="Calibri")
letterhead(d, ["Cyngor Bwrdeistref Sirol Conwy", "Conwy County Borough Council",
               "Llywodraethu Gwybodaeth / Information Governance", "Blwch Post / PO Box 1, Conwy LL30 9GN",
               "rhyddid.gwybodaeth@conwy.gov.uk / foi@conwy.gov.uk"], color=(0, 102, 51))
para(d, "Mr R Pritchard")
para(d, "Ein cyf / Our ref: RhG/FOI 11820\nDyddiad / Date: 03/03/2025")
para(d, "Annwyl / Dear Mr Pritchard,")
para(d, "Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000", bold=True)
para(d, "Diolch am eich cais. Mae'r ymateb ar gael yn Gymraeg ar gais. / Thank you for your request received on 5 February 2025. A Welsh language version of this response is available on request.")
para(d, "The Council's response is provided in the table below.")
table(d, [["No.", "Request", "Response"],
          ["1", "How many public space CCTV cameras does Conwy County Borough Council operate?",
           "Colwyn Bay - 31\nLlandudno - 38\nAbergele - 9\nConwy town / quay - 11\nLlanrwst - 4"],
          ["2", "Are any of them made by Hikvision?", "No"],
          ["3", "Are any of them made by Dahua?",
           "Yes, the Abergele and Llanrwst cameras. These are included in the 2025/26 upgrade programme."],
          ["4", "What did the Council pay for its current CCTV maintenance contract, and who holds it?",
           "The contract is held by North Wales Security Systems Ltd following a tender in 2023.\n\nThe contract value is withheld under section 43(2) of the FOIA (commercial interests). Please see below."],
          ["5", "Is the CCTV monitored 24 hours a day?", "No. The control room is staffed 18:00 - 02:00 seven days a week and at other times for planned events. Recording is 24/7."]],
      widths=[1.2, 6.5, 8.5])
para(d, "Section 43(2) - Commercial interests", bold=True)
para(d, "Section 43(2) provides that information is exempt if its disclosure would, or would be likely to, prejudice the commercial interests of any person (including the public authority holding it). The maintenance contract is due for re-tender in 2026. Release of the contract price would be likely to prejudice the contractor's position in that and other tenders, and the Council's ability to obtain best value. We have considered the public interest in accountability for the spending of public money, but on balance the public interest favours withholding the information at this time.")
para(d, "Os ydych yn anfodlon / If you are unhappy with this response you may request an internal review by writing to the Information Governance Team within 40 working days. You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; Wales office: 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
para(d, "Yn gywir / Yours sincerely,")
para(d, "Nia Wyn Roberts\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer")
header_footer(d, foot="Croesewir gohebiaeth yn Gymraeg / We welcome correspondence in Welsh")
d.save(path(f"{NN}-reply.docx"))
append_label(NN, "docx", "welsh_council", "foia", "no", "yes", "partially_answered", ["s43"], 93,
             "Answers sit in table cells, the count is a per-town list with no total, the Dahua cameras are in use though due for upgrade, and the contract value is withheld under s43.")
