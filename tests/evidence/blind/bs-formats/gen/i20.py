from common import *
from reportlab.lib.units import mm
nn = "20"
request(nn, """
To the University of Stirling,

Under the Freedom of Information (Scotland) Act 2002 I request:

1. The number of CCTV cameras operated by the University.
2. Whether the University uses any Hikvision cameras.
3. If Hikvision cameras have been replaced, the cost of replacement.
4. The manufacturers of all CCTV cameras in use.

Yours,
Duncan Reid
""")
blocks = [
 ("p", "Our ref: FOI/24/078<br/>Date: 6 June 2024"),
 ("p", "Dear Mr Reid"),
 ("h", "Freedom of Information (Scotland) Act 2002 (FOISA) – Response"),
 ("p", "Thank you for your request received on 9 May 2024. The University's response to each part is set out below."),
 ("table", [["Part", "Response"],
   ["1", "The University currently operates between 300 and 350 cameras. The exact figure varies as cameras are added in residences and taken out of service during refurbishment projects."],
   ["2", "The University previously used a number of Hikvision cameras in the Pathfoot and Cottrell buildings. These were all removed and replaced during 2023 and none remain in use."],
   ["3", "£38,460 (excluding VAT), for equipment and installation."],
   ["4", "The University does not hold a central record of the manufacturer of each camera in use; cameras have been procured through different projects and contractors over a number of years. In terms of section 17(1) of FOISA, we are giving you notice that we do not hold this information."]],
  [18*mm, 150*mm], 1),
 ("p", "<b>Your right to seek a review</b>"),
 ("p", "If you are dissatisfied with the way we have dealt with your request, you may ask us to review our actions and decisions by writing to the Records Manager, University of Stirling, Stirling FK9 4LA, within 40 working days. If you are dissatisfied with the outcome of the review you may apply to the Scottish Information Commissioner for a decision; you must do so within six months of receiving our review response. Further information is at www.foi.scot."),
 ("p", "Yours sincerely<br/><br/>Eilidh Drummond<br/>Information Compliance Officer"),
]
pdf_doc(outpath(nn, "pdf"), ("University of Stirling", ["Policy & Planning – Information Compliance", "Stirling FK9 4LA", "Scotland", "foi@stir.example.ac.uk"]), blocks,
        footer="The University of Stirling is a charity registered in Scotland, number SC 011159")
label(nn, "pdf", "university", "foisa", "no", "unknown", "partially_answered", ["s17"], None,
      "count given only as a range; Hikvision all removed and none remain; FOISA s17 not-held notice for manufacturers leaves Dahua unknown")
