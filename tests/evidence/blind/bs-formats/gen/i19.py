from common import *
from docx import Document
from docx.shared import Pt
nn = "19"
request(nn, """
Dear North Middlesex University Hospital NHS Trust

1. Number of CCTV cameras at the hospital
2. Make of the cameras
3. Are any Hikvision or Dahua?

Regards
S. Patel
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run("North Middlesex University Hospital NHS Trust"); r.bold = True
d.add_paragraph("Sterling Way, London N18 1QX")
d.add_paragraph("FOI ref: NMUH/FOI/24-301\n9 April 2024")
d.add_paragraph("Dear S. Patel")
d.add_paragraph("Re: Freedom of Information Request – CCTV")
d.add_paragraph("We have now completed our search for the information you requested on 11 March 2024.")
d.add_paragraph("The main hospital building was built and is managed under a Private Finance Initiative (PFI) scheme. The CCTV system is installed, owned and maintained by the PFI provider's facilities management company as part of the hard FM services, and the Trust does not hold a record of the number of cameras, their manufacturers or models. Accordingly, the Trust does not hold the information you have requested for questions 1 to 3.")
d.add_paragraph("Under section 16 of the Act (advice and assistance) we would suggest that you contact the PFI provider directly; however, please note that private companies are not subject to the Freedom of Information Act.")
d.add_paragraph("If you are unhappy with the way your request has been handled, you can ask for an internal review by contacting the FOI Lead at the address above. If you are still unhappy you may complain to the Information Commissioner.")
d.add_paragraph("Yours sincerely\n\nFreedom of Information Lead")
d.save(outpath(nn, "docx"))
label(nn, "docx", "nhs", "foia", "unknown", "unknown", "not_held", [], None,
      "cameras belong to the PFI company; not held; s16 advice mentioned (not an exemption)")
