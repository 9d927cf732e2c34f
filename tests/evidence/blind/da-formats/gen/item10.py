from lib import *
from odthelp import *
nn = "10"
write_request(nn, """
Annwyl Syr/Madam / Dear Sir or Madam,

I would like to make a request under the Freedom of Information Act 2000.

1. How many CCTV cameras does Cyngor Sir Glanwern / Glanwern County Council operate?
2. Are any of the council's CCTV cameras made by Hikvision or Dahua? If yes, which maker and how many?
3. Has the council carried out any review of the security of these cameras since the Cabinet Office statement of November 2022?

Diolch,
Owain Prydderch
""")
doc = new_odt()
lines(doc, "Cyngor Sir Glanwern\nGlanwern County Council\nNeuadd y Sir / County Hall\nHeol y Frenhines, Llanfrechfa\nGW5 2RT", right=True)
para(doc, "")
para(doc, "Dyddiad / Date: 21 Tachwedd / November 2024")
para(doc, "Cyf / Ref: RhG/FOI/2024/1142")
para(doc, "Gofynnwch am / Please ask for: Bethan Morgan-Hughes, Swyddog Llywodraethu Gwybodaeth")
para(doc, "")
para(doc, "Dear Mr Prydderch,")
para(doc, ("b", "Freedom of Information Act 2000 – CCTV"))
para(doc, "I refer to your request received on 24 October 2024. The Council holds the information requested and our response to each part of your request is as follows.")
para(doc, "1. The Council operates 96 CCTV cameras", ("fn", "This figure relates to fixed CCTV cameras (public space, council buildings and depots). It excludes 14 body-worn video cameras issued to Civil Enforcement and Neighbourhood Wardens, and the 3 re-deployable cameras currently held by the Community Safety Partnership."), ".")
para(doc, "2. Yes. 22 of the cameras are Hikvision. These are located at the Llanfrechfa and Pontyrhew depots and the Household Waste Recycling Centres.")
para(doc, "3. The Council’s Cyber Security team reviewed the position in early 2023. The devices referred to in part 2 are on a segregated network with no internet access and are scheduled for replacement as part of the depots refurbishment programme, subject to capital funding.")
para(doc, "If you are dissatisfied with the handling of your request you have the right to request an internal review within 40 working days of the date of this letter. Requests should be sent to the Information Governance Team, County Hall, or by e-mail to rhyddidgwybodaeth@glanwern.gov.wales. If you remain dissatisfied you may apply to the Information Commissioner’s Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
para(doc, "The Council welcomes correspondence in Welsh and English. / Mae’r Cyngor yn croesawu gohebiaeth yn Gymraeg a Saesneg.")
para(doc, "Yn gywir / Yours sincerely,")
para(doc, "")
para(doc, "Bethan Morgan-Hughes")
para(doc, "Swyddog Llywodraethu Gwybodaeth / Information Governance Officer")
doc.save(p(f"{nn}-reply.odt"))
label(nn, "odt", "odt", "welsh_council", "foia", "yes", "unknown", "answered", [], 96,
      "count carries a footnote excluding 14 body-worn and 3 stored cameras; answer names only Hikvision to a joint Hikvision-or-Dahua question, saying nothing explicit about Dahua")
