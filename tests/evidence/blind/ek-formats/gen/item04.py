from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *
NN = "04"
write_request(NN, """
To: The Governance Team, Meridian Learning Trust
Subject: FOI - CCTV in academies

Hi, I'm writing with a freedom of information request regarding CCTV across the trust's schools. Could you tell me how many CCTV cameras there are in total across all of the academies in the trust, and whether any of the cameras are made by Hikvision or Dahua? I'd also like to know who installed and who maintains the cameras, and whether the trust has a CCTV policy and a data protection impact assessment for CCTV (if so please send copies).

Thanks,
Sarah Lindqvist
""")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = doc.add_paragraph(); r = h.add_run("MERIDIAN LEARNING TRUST"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x2E, 0x5A, 0x88)
h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
a = doc.add_paragraph("Unit 4, Carrow Business Park\nStoke Ferriby\nLincolnshire LN9 3PD\ngovernance@meridianlt.org.uk"); a.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("14th May 2024")
doc.add_paragraph("Ms S Lindqvist\nBy email only")
doc.add_paragraph("Dear Ms Lindqvist,")
p = doc.add_paragraph(); p.add_run("Re: Your Freedom of Information request dated 16th April 2024 (our ref MLT-FOI-0042)").bold = True
doc.add_paragraph("Thank you for your email. As our academies were closed for the Easter break, your request was logged as received on the first school day after it was sent, and we apologise that this reply is slightly later than we would like. We have taken your email as four questions and answered each in turn.")
doc.add_paragraph("Number of cameras", style="Heading 2")
doc.add_paragraph("All five of our academies (Brook Lane Primary, St Wulfram's C of E Primary, Ferriby Fields Primary, Carrow Vale Academy and the Meridian Sixth Form Centre) have CCTV. Between them there are ninety-one cameras, both internal and external. This does not include the door-entry intercom cameras at reception.")
doc.add_paragraph("Hikvision / Dahua", style="Heading 2")
doc.add_paragraph("Yes. Several of the systems were put in by the schools themselves before they converted to academy status and joined the Trust, and these include some older equipment. The Trust's Estates Manager is reviewing all CCTV equipment as part of the 2024-25 estates plan.")
doc.add_paragraph("Installation and maintenance", style="Heading 2")
doc.add_paragraph("Installations have been carried out by a number of local contractors over the years. Since September 2022 all maintenance has been carried out under a Trust-wide contract with SecureTec (East Midlands) Ltd.")
doc.add_paragraph("Policy and DPIA", style="Heading 2")
doc.add_paragraph("The Trust's CCTV Policy (version 3, approved by the Board in March 2023) is published on our website under Policies > Estates, and we have attached a copy for convenience. We have also attached the CCTV Data Protection Impact Assessment completed in June 2022, with the names of junior staff removed.")
doc.add_paragraph("If you are not satisfied with our response you may ask for the decision to be reviewed by writing to the Chief Operating Officer at the address above within 40 school days. You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, although the ICO will usually expect you to have used our review procedure first.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("\n\nMrs H. Ravensworth\nGovernance Professional & Data Protection Lead\nMeridian Learning Trust")
doc.add_paragraph("Enc: CCTV Policy v3; CCTV DPIA (June 2022)")
doc.save(out(f"{NN}-reply.docx"))
label(NN, "docx", "docx", "academy", "foia", "unknown", "unknown", "answered", [], 91,
      "A bare 'Yes' to a question naming Hikvision and Dahua together says neither maker; the count is written in words (ninety-one).")
