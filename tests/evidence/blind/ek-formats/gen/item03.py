from email.message import EmailMessage
from email.utils import format_datetime
import datetime, io
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *
NN = "03"
REQ = """1. How many CCTV cameras does the force operate across its estate (police stations, custody suites, HQ etc)?
2. Who manufactures these cameras?
3. Are any of them made by Hikvision or Dahua?
4. Where are the cameras located?
5. How much has the force spent on CCTV in each of the last three financial years?"""
write_request(NN, """
Dear Wessex Downs Police,

Please provide the following under the Freedom of Information Act 2000:

""" + REQ + """

Thank you,
Tom Ashworth
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "WESSEX DOWNS POLICE  |  Information Rights Unit  |  OFFICIAL"
sec.footer.paragraphs[0].text = "Wessex Downs Police, Police Headquarters, Upavon Road, Devizes SN10 9XQ"
p = doc.add_paragraph("Freedom of Information Request Reference No: 2024-01583"); p.runs[0].bold = True
doc.add_paragraph("Date: 19 April 2024")
doc.add_paragraph("Dear Mr Ashworth")
doc.add_paragraph("I write in connection with your request for information received by Wessex Downs Police on 21 March 2024. "
    "Following receipt of your request, searches were conducted within the force to locate information relevant to your request. "
    "I can confirm that the information you have requested is held by Wessex Downs Police.")
doc.add_paragraph("Decision").runs[0].bold = True
doc.add_paragraph("I have today decided to disclose some of the requested information. Some of the information has been withheld, "
    "and the exemptions relied upon are shown below together with the reasons.")
doc.add_paragraph("Section 24(1) – National Security\nSection 31(1)(a)(b) – Law Enforcement")
doc.add_paragraph("Please find below the response to each part of your request.")
qa = [
 ("1. How many CCTV cameras does the force operate across its estate?",
  "Wessex Downs Police currently has 1,184 fixed CCTV cameras across the police estate. This figure does not include body worn video, ANPR or in-vehicle cameras."),
 ("2. Who manufactures these cameras?", "Exempt – see below."),
 ("3. Are any of them made by Hikvision or Dahua?", "Exempt – see below."),
 ("4. Where are the cameras located?", "Exempt – see below. Cameras are installed at police stations, custody suites and other operational premises; the specific locations are withheld."),
 ("5. Spend on CCTV in each of the last three financial years.", None),
]
for q, a in qa:
    pq = doc.add_paragraph(q); pq.runs[0].bold = True
    if a: doc.add_paragraph(a)
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Financial year"; t.rows[0].cells[1].text = "Expenditure (capital and maintenance)"
for y, v in [("2020/21", "£214,870"), ("2021/22", "£187,402"), ("2022/23", "£302,115")]:
    r = t.add_row().cells; r[0].text = y; r[1].text = v
doc.add_paragraph()
doc.add_paragraph("Reasons for decision").runs[0].bold = True
for para in [
 "Questions 2, 3 and 4 – Sections 24(1) and 31(1)(a)(b) are both prejudice based, qualified exemptions. This means that the force must evidence the harm in disclosure and carry out a public interest test.",
 "Harm: To disclose the manufacturer of the equipment protecting police premises, or the precise location of cameras, would allow individuals intent on criminal or terrorist activity to research known vulnerabilities of particular products and to identify areas that are not covered. Any information that undermines the physical security of the police estate would hinder the prevention and detection of crime and could be exploited by those who wish to harm national security.",
 "Public interest considerations favouring disclosure: Disclosure would promote openness and accountability and would inform the public debate about the use of equipment manufactured by particular companies in the public sector.",
 "Public interest considerations favouring non-disclosure: The security of the police estate, the safety of officers, staff and detained persons, and the effective delivery of operational law enforcement.",
 "Balance test: Whilst there is a public interest in the transparency of policing and in how public money is spent, the force will not disclose information which could compromise the security of its premises. It is our opinion that for these issues the balancing test favours non-disclosure.",
 "Section 38 (Health and Safety) was also considered in relation to question 4; however, it was not deemed necessary to rely on this exemption given the above.",
 "No inference can be taken from this refusal that the force does or does not hold equipment from any particular manufacturer.",
]:
    doc.add_paragraph(para)
doc.add_paragraph("Complaint Rights").runs[0].bold = True
doc.add_paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Information Rights Unit. If, following internal review, you remain dissatisfied you may apply to the Information Commissioner.")
doc.add_paragraph("Yours sincerely\n\n\nK. Mbeki\nDisclosure Officer\nInformation Rights Unit")
buf = io.BytesIO(); doc.save(buf)

body = """Dear Mr Ashworth,

Please find attached the response to your Freedom of Information request, reference 2024-01583.

Regards

Information Rights Unit
Wessex Downs Police
Tel: 01380 555 127

OFFICIAL
This e-mail and any attachments are intended only for the named recipient. Opinions expressed are not necessarily those of Wessex Downs Police. All communications may be subject to recording and/or monitoring in accordance with relevant legislation.

-----Original Message-----
From: Tom Ashworth
Sent: 21 March 2024 18:22
To: FOI
Subject: Freedom of Information request - CCTV

""" + REQ + "\n"
m = EmailMessage()
m["From"] = "Freedom of Information <foi@wessexdowns.police.uk>"
m["To"] = "Tom Ashworth <tashworth@fastmail.co.uk>"
m["Subject"] = "FOI 2024-01583 Response"
m["Date"] = format_datetime(datetime.datetime(2024, 4, 19, 15, 47, 2, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<7f3a9b21c0d84e2aa6f1@wessexdowns.police.uk>"
m.set_content(body)
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="2024-01583 Response.docx")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))
label(NN, "eml", "eml", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 1184,
      "Answers only in the attached .docx; makers withheld under s24/s31 while the quoted request in the mail names both makers; s38 only considered.")
