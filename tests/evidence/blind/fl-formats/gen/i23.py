from lib import *
NN = "23"
write_request(NN, """
Hi,

Under the FOI Act please can you answer:
1. How many CCTV cameras does Greyfriars Academy have?
2. Are any made by Hikvision or Dahua?
3. If so, how many?
4. How much has the academy spent on CCTV in the last five years?

Thank you
P. Lomax
""")
doc = odt_new()
odt_p(doc, "Greyfriars Academy", bold=True)
odt_p(doc, "Part of the Wealdstone Schools Trust")
odt_p(doc, "")
odt_p(doc, "FOI response  -  ref GA/FOI/24/07", bold=True)
odt_p(doc, "To: P. Lomax\nDate: 15/03/2024")
odt_p(doc, "")
odt_p(doc, "1. 32\n2. No\n3. N/A\n4. Not held - CCTV was installed by the Trust as part of the 2019 rebuild and is not costed separately.")
odt_p(doc, "")
odt_p(doc, "Internal review: write to the Trust Governance Officer, governance@wealdstone.org.uk, within 40 working days. "
           "Further complaint: Information Commissioner's Office.", italic=True)
odt_p(doc, "")
odt_p(doc, "S. Brightwell\nOffice Manager")
doc.save(out(f"{NN}-reply.odt"))
label(NN, "odt", "academy", "foia", "no", "no", "partially_answered", [], 32,
      "terse numbered answers only readable with the request: '2. No' to a joint Hikvision-or-Dahua question; Q4 not held")
