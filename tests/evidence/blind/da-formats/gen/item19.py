from lib import *
from odthelp import *
nn = "19"
write_request(nn, """
Request under FOIA:

Q1 - number of CCTV cameras operated by the Integrated Care Board at its offices
Q2 - number made by Hikvision
Q3 - number made by Dahua
Q4 - any plans to replace Hikvision / Dahua cameras, with dates

Mr Felix Armitage-Onu
""")
doc = new_odt()
para(doc, ("b", "NHS Humber Wolds Integrated Care Board"))
lines(doc, "Corporate Affairs Team\nHealth House, 40 Grange Street\nBeverstone HU17 8QL\nhwicb.foi@nhs.net")
para(doc, "")
para(doc, "Ref: HWICB FOI 24/25-0712")
para(doc, "18 December 2024")
para(doc, "")
para(doc, "Dear Mr Armitage-Onu")
para(doc, "Thank you for your Freedom of Information request of 25 November 2024. Please find the ICB’s response below.")
para(doc, ("b", "Q1 "), "The ICB has 27 CCTV cameras across its three office bases (Health House, Beverstone; Wolds Court, Driffield; and the Scunthorpe hub).", ("fn", "The Scunthorpe hub is in a shared building; the landlord’s CCTV in common areas is not included and is not held by the ICB."))
para(doc, ("b", "Q2 "), "11", ("fn", "All at Health House. These units are due to be replaced in the 2025/26 financial year (by 31 March 2026) as part of the Health House security upgrade."))
para(doc, ("b", "Q3 "), "None.")
para(doc, ("b", "Q4 "), "Please see the footnote to Q2.")
para(doc, "If you are unhappy with the response you may request an internal review by contacting the Corporate Affairs Team within 40 working days. If you are still dissatisfied after that, you may complain to the Information Commissioner’s Office.")
para(doc, "Yours sincerely")
para(doc, "")
para(doc, "Rosalind Akerman")
para(doc, "Freedom of Information Manager, on behalf of NHS Humber Wolds ICB")
doc.save(p(f"{nn}-reply.odt"))
label(nn, "odt", "odt", "nhs", "foia", "yes", "no", "answered", [], 27,
      "bare '11' for Hikvision with a footnote saying they will be replaced by March 2026 (still in use now); Q4 answered only by pointing to the footnote")
