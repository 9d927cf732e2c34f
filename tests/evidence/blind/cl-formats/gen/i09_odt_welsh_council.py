from odfutil import *
from common import *

NN = "09"
write_request(NN, """
Annwyl Syr/Madam / Dear Sir or Madam,

Under the Freedom of Information Act 2000 could you please tell me:

1. The number of CCTV cameras operated by Cyngor Sir Penmaen / Penmaen County Council, including town centre, car park and council building cameras.
2. Whether any of the council's cameras are made by Hikvision (or sold under one of its other brand names).
3. Whether any are made by Dahua (or its other brands).
4. Whether the council has carried out a Data Protection Impact Assessment for its CCTV.

Diolch,
Llinos Prydderch
""")
doc, b = text_doc()
for t, bo in [
    ("Cyngor Sir Penmaen / Penmaen County Council", True),
    ("Swyddfeydd y Cyngor, Stryd y Bont, Penmaen LL77 3RS", False),
    ("Ein cyf / Our ref: FOI-1123-24", False),
    ("Dyddiad / Date: 17/09/2024", False),
    ("Dear Ms Prydderch,", False),
    ("Freedom of Information Act 2000 – Request for Information", True),
    ("Thank you for your request which was received on 20 August 2024. Please find our response below. "
     "You may request this response in Welsh; a reply in Welsh will not lead to a delay.", False),
    ("The Council currently operates one hundred and twelve CCTV cameras. This comprises the town centre "
     "systems in Penmaen, Abermawr and Llanfair-y-Bryn, the multi-storey and surface car parks, and cameras "
     "at Council buildings.", False),
    ("The town centre and car park cameras are a mixture of Axis and Hanwha models. Cameras at several "
     "Council buildings, including the Bridge Street offices and Ty Glas depot, are HiWatch series units "
     "installed in 2019. We have no Dahua or Imou products.", False),
    ("A Data Protection Impact Assessment was completed in March 2022 and is reviewed annually. A copy is "
     "published on our website (Privacy notices > CCTV).", False),
    ("If you are not satisfied with this response you can ask for an internal review by writing to the "
     "Information Governance Manager at the address above or foi@penmaen.gov.example.wales. You also have the "
     "right to complain to the Information Commissioner's Office, Wales: 2nd Floor, Churchill House, "
     "Churchill Way, Cardiff CF10 2HH.", False),
    ("Yn gywir / Yours sincerely,", False),
    ("Rhys Vaughan-Lloyd\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer", False),
]:
    para(doc, t, b if bo else None)
doc.save(out(f"{NN}-reply.odt"))
label(NN, f"{NN}-reply.odt", "odt", "welsh_council", "foia", "yes", "no", "answered", [], 112,
      "ODT letter; count in words ('one hundred and twelve'); Hikvision only via HiWatch sub-brand; bilingual furniture.")
