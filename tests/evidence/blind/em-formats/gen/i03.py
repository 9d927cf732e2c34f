from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, io
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

write_request("03", """
To: North Pennine Police - Freedom of Information Unit

Hello,

Please treat this as a request under FOIA.

Question 1: How many CCTV cameras are installed at police stations, custody suites and other buildings owned or leased by the force?
Question 2: Are any of these cameras, or the recorders they connect to, manufactured by Hikvision or Dahua Technology?
Question 3: Please list all manufacturers of the force's CCTV cameras.
Question 4: Please list the location of each camera (building and whether internal/external).

Regards
Daniel Okafor
""")

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
for s in d.sections:
    s.left_margin = s.right_margin = Cm(2.2)
hdr = d.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL"; hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = d.add_paragraph(); r = p.add_run("NORTH PENNINE POLICE"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
d.add_paragraph("Information Access Team\nForce Headquarters, Ridgeway Lane, Keldholme, KH3 9PP\nfoi@northpennine.police.example")
d.add_paragraph("Our Ref: FOI 002417/24\nDate: 19 August 2024")
d.add_paragraph("Dear Mr Okafor,")
p = d.add_paragraph(); p.add_run("FREEDOM OF INFORMATION REQUEST – CCTV CAMERAS ON THE POLICE ESTATE").bold = True
d.add_paragraph("I write in connection with your request for information which was received by North Pennine Police on 22/07/2024. I note you seek access to the following information:")
for q in ["1. How many CCTV cameras are installed at police stations, custody suites and other buildings owned or leased by the force?",
          "2. Are any of these cameras, or the recorders they connect to, manufactured by Hikvision or Dahua Technology?",
          "3. Please list all manufacturers of the force's CCTV cameras.",
          "4. Please list the location of each camera (building and whether internal/external)."]:
    p = d.add_paragraph(q); p.paragraph_format.left_indent = Cm(1); p.runs[0].italic = True
p = d.add_paragraph(); p.add_run("Response").bold = True
d.add_paragraph("Following receipt of your request, searches were conducted within North Pennine Police to locate information relevant to your request. I can confirm that the information you have requested is held in part by North Pennine Police.")
d.add_paragraph("I have today decided to disclose some of the requested information. Section 17 of the Freedom of Information Act 2000 requires North Pennine Police, when refusing to provide such information (because the information is exempt), to provide you with a notice which: (a) states that fact, (b) specifies the exemption in question and (c) states (if that would not otherwise be apparent) why the exemption applies.")
p = d.add_paragraph(); p.add_run("Question 1").bold = True
d.add_paragraph("There are approximately 1,140 CCTV cameras across the North Pennine Police estate. This figure includes custody suites, front counters, vehicle yards and perimeter cameras. It does not include body worn video, in-vehicle cameras or the public space CCTV systems operated by local authorities.")
p = d.add_paragraph(); p.add_run("Questions 2 and 3").bold = True
d.add_paragraph("North Pennine Police can neither confirm nor deny that it holds any further information relevant to these questions by virtue of the following exemptions:")
for e in ["Section 24(2) – National Security", "Section 31(3) – Law Enforcement"]:
    p = d.add_paragraph(e, style="List Bullet")
d.add_paragraph("Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to articulate the harm that would be caused in confirming or denying whether information is held, as well as carrying out a public interest test.")
p = d.add_paragraph(); p.add_run("Harm in confirming or denying").bold = True
d.add_paragraph("To confirm or deny the make of security equipment deployed at specific types of police premises would allow those intent on criminal activity to build a picture of the vulnerabilities of the police estate. When considered alongside disclosures made by other forces (the so-called mosaic effect), such information could be used to identify forces whose systems may be susceptible to particular exploits. Any disclosure under FOI is a disclosure to the world at large.")
p = d.add_paragraph(); p.add_run("Public interest considerations").bold = True
d.add_paragraph("Factors favouring confirmation or denial: Confirming or denying would show openness regarding the procurement of equipment using public funds and would inform the public debate about the use of equipment from particular suppliers.")
d.add_paragraph("Factors against confirmation or denial: The security of the police estate is paramount. Confirmation or denial would undermine the security measures the force has in place and could compromise law enforcement activity and the safety of officers, staff and detained persons.")
d.add_paragraph("Balance test: Whilst there is a public interest in the transparency of policing, there is a very strong public interest in safeguarding the integrity of police premises. The balance therefore lies in favour of neither confirming nor denying that any further information is held.")
p = d.add_paragraph(); p.add_run("Question 4").bold = True
d.add_paragraph("The information requested is exempt by virtue of sections 24(1) National Security and 31(1)(a)(b) Law Enforcement. The harm and public interest considerations set out above apply equally to the disclosure of the locations of individual cameras, which would reveal areas of police buildings that are not covered.")
d.add_paragraph("No inference can be taken from this refusal that information does or does not exist.")
p = d.add_paragraph(); p.add_run("Complaint Rights").bold = True
d.add_paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this response you may request an internal review within 40 working days. Should you remain dissatisfied you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
d.add_paragraph("Yours sincerely,")
d.add_paragraph("\nK. Whitlock\nInformation Access Officer\nNorth Pennine Police")
buf = io.BytesIO(); d.save(buf)

m = EmailMessage()
m["From"] = "FOI Unit <foi@northpennine.police.example>"
m["To"] = "Daniel Okafor <dokafor.foi@gmail.example>"
m["Subject"] = "FOI 002417/24 Response"
m["Date"] = format_datetime(datetime.datetime(2024, 8, 19, 16, 3, 50, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<0d8b22f0a45c4e@npp-exch02.northpennine.police.example>"
m.set_content("""OFFICIAL

Dear Mr Okafor,

Please find attached the response to your recent Freedom of Information request.

Regards,

Information Access Team
North Pennine Police

*****************************************************************
This e-mail and any files transmitted with it are private and intended solely for the use of the individual or entity to whom they are addressed. If you are not the intended recipient, the use of this information is strictly prohibited. Any views or opinions expressed are solely those of the author and do not necessarily represent those of North Pennine Police.
All communications on the North Pennine Police network may be subject to recording and/or monitoring in accordance with relevant legislation.
*****************************************************************
""")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="FOI 002417-24 Response.docx")
open(out("03-reply.eml"), "wb").write(bytes(m))

label("03", "eml", "eml", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 1140,
      "answers only in the attached .docx; approximate count with a comma; NCND on makers and s24/s31 on locations")
