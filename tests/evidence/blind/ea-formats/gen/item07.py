from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P

NN = "07"
req = """Dear Pennine Crest Academies Trust,

Please treat this as a request under the Freedom of Information Act 2000.

- How many CCTV cameras are installed across the Trust's academies?
- Who manufactured them?
- Are any of them made by Hikvision?
- Are any of them made by Dahua?
- Which company installed and/or maintains the system?

Kind regards,
Tomasz Wilk
"""
write_request(NN, req)

doc = OpenDocumentText()
hs = Style(name="H", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
rs = Style(name="R", family="paragraph"); rs.addElement(ParagraphProperties(textalign="end")); rs.addElement(TextProperties(fontsize="9pt"))
bs = Style(name="B", family="paragraph"); bs.addElement(TextProperties(fontweight="bold"))
for s in (hs, rs, bs): doc.automaticstyles.addElement(s)
def p(t="", s=None): doc.text.addElement(P(stylename=s, text=t) if s else P(text=t))

p("Pennine Crest Academies Trust", hs)
p("Registered office: Moorside Academy, Haugh Lane, Todmorden OL14 6QZ\nCompany no. 08817264", rs)
p("Tel 01706 839 402  |  governance@penninecrest.org.uk", rs)
p()
p("12 March 2024")
p()
p("Dear Mr Wilk")
p()
p("Your request for information – CCTV", bs)
p("Thank you for your email of 14 February 2024. Please accept our apologies for the short delay in responding; "
  "your request arrived during the half-term break.")
p("Both of the Trust's academies, Moorside Academy and Calder Vale Primary Academy, occupy buildings provided "
  "under the Calderdale Schools PFI contract. Under that contract the buildings and their security systems, "
  "including CCTV, are owned and managed by the PFI company, Pennine Schools Partnership Ltd, and maintained by its "
  "subcontractor, Secure-Tech Systems Ltd (Halifax).")
p("The Trust does not hold any information about the number of cameras, their make or model, or who manufactured "
  "them, including whether any are made by the two companies you name. The Trust has no access to the PFI "
  "company's asset records and the Freedom of Information Act only covers recorded information which the Trust "
  "holds. You may wish to contact Calderdale Council, which is party to the PFI contract, although we cannot say "
  "whether the Council holds the information.")
p("If you are not satisfied with this response you can ask for a review by writing to the Chief Operating Officer "
  "at the address above. If you are still unhappy after that you can complain to the Information Commissioner's "
  "Office (www.ico.org.uk/make-a-complaint).")
p()
p("Yours sincerely")
p()
p("Jo Whitworth")
p("Governance Professional")
out = ROOT / f"{NN}-reply.odt"; doc.save(str(out))
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="odt", body_type="academy", law="foia",
    hikvision="unknown", dahua="unknown", outcome="not_held", exemptions=[], camera_count=None,
    note="CCTV at the academies belongs to the PFI company, so number and make are not held (only the maintainer is named); the makers are referred to only as 'the two companies you name'.")
