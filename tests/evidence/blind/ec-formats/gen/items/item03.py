import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "03"
REQ = """
FAO Freedom of Information Unit, Northamptonshire Police

Please could you tell me:

a) the total number of CCTV cameras operated by the force (stations, custody suites, other premises, and any public space cameras the force runs itself)
b) whether any of those cameras, or the recorders they connect to, are made by Hikvision or Dahua
c) the locations of all external cameras at police stations
d) whether the force has carried out a security assessment of its CCTV suppliers since 2021

Thank you
Owen Lathbury
"""

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hp.text = "NORTHAMPTONSHIRE POLICE\tOFFICIAL"
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.text = "Freedom of Information Unit, Force Headquarters, Wootton Hall, Northampton NN4 0JQ   |   foi@northants.police.example.uk"
fp.runs[0].font.size = Pt(8)

def p(text="", bold=False, align=None):
    para = doc.add_paragraph()
    r = para.add_run(text); r.bold = bold
    if align: para.alignment = align
    return para

p("Our Reference: FOI 001482/24", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("Date: 14 November 2024", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("Dear Mr Lathbury")
p("FREEDOM OF INFORMATION REQUEST", bold=True)
p("I write in connection with your request for information received by Northamptonshire Police on 17 October 2024, which has been considered under the Freedom of Information Act 2000 (the Act). Your request and our response are set out below.")
p("Request (a)", bold=True)
p("Northamptonshire Police currently operates 412 CCTV cameras across its estate. This figure includes cameras at police stations, custody suites and other force premises. The force does not operate public space CCTV; this is the responsibility of the local authorities.")
p("Request (b) and (c)", bold=True)
p("Northamptonshire Police can neither confirm nor deny whether it holds information relevant to part (b) of your request by virtue of the following exemptions:")
p("Section 24(2) - National Security\nSection 31(3) - Law Enforcement")
p("In relation to part (c), the information is held but is exempt from disclosure under section 24(1) and section 31(1)(a)(b) of the Act.")
p("Sections 24 and 31 are prejudice based, qualified exemptions and there is a requirement to articulate the harm that would be caused in confirming or denying whether information is held, as well as carrying out a public interest test.")
p("Harm", bold=True)
p("To confirm or deny whether the force uses equipment from any particular manufacturer would allow individuals to build a picture of the vulnerabilities of police premises across the country. When compared with responses from other forces, such disclosures would allow those intent on committing crime or acts of terrorism to identify the forces whose systems may be open to exploitation. Disclosing the precise locations of external cameras would similarly reveal areas of police buildings that are not covered.")
p("Public Interest Test", bold=True)
tbl = docx_table(doc, [
    ["Factors favouring confirmation or denial / disclosure", "Factors against confirmation or denial / disclosure"],
    ["Confirmation or denial would inform the public debate about the security of equipment procured with public money, and would provide reassurance that the force has considered supply-chain risk.",
     "Confirmation or denial would reveal the security posture of police premises and could be used to undermine the force's ability to prevent and detect crime and to safeguard national security."],
], widths=[8, 8])
p("")
p("Balancing Test", bold=True)
p("Whilst there is a public interest in the transparency of policing operations, there is a very strong public interest in safeguarding both national security and the integrity of police premises. As such, the balance favours neither confirming nor denying that information is held in relation to (b), and withholding the information requested in (c).")
p("Request (d)", bold=True)
p("Yes. Northamptonshire Police reviews the security of all ICT-connected equipment in accordance with national policing guidance. The assessments themselves are not requested and have not been considered for release.")
p("Complaint Rights", bold=True)
p("If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Freedom of Information Unit at the address above. If you remain dissatisfied following the internal review you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
p("Yours sincerely")
p("Hannah Cribb\nFreedom of Information Officer\nInformation Management Department")

docx_data = docx_bytes(doc)

BODY = """Dear Mr Lathbury,

Please find attached the response to your recent Freedom of Information request, reference FOI 001482/24.

Regards,

Information Management Department
Northamptonshire Police

OFFICIAL
-------------------------------------------------------------------------
Any opinions expressed in this e-mail are those of the individual and not necessarily of Northamptonshire Police. This e-mail and any files transmitted with it are confidential and solely for the use of the intended recipient(s). If you are not the intended recipient, please notify the sender and delete it from your system.
"""
msg = email_base("Freedom of Information <foi@northants.police.example.uk>", "Owen Lathbury <owen.lathbury@example.org>",
                 "FOI 001482/24 - Response", dt(2024, 11, 14, 11, 3), "<FOI001482-24.resp@northants.police.example.uk>")
msg.set_content(BODY)
attach(msg, docx_data, "FOI 001482-24 Response.docx")
write_request(NN, REQ)
save_eml(f"{NN}-reply.eml", msg)
write_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="police",
            law="foia", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s24", "s31"],
            camera_count=412, note="Answer is in an attached .docx (e-mail body is only a covering note); count disclosed but makers NCND under s24(2)/s31(3).")
