"""03: e-mail from a police force with the answer in an attached DOCX; request is about body-worn video only."""
import io
from email.message import EmailMessage
from email.policy import SMTP
from docx import Document
from docx.shared import Pt
from common import out, write_request, write_label

write_request("03", """
FOI request – body worn video

Q1 How many body worn video (BWV) cameras does the force currently have issued or available for issue?
Q2 What make and model are they?
Q3 Are any of the force's BWV cameras, docking stations or associated software manufactured or supplied by Hikvision or Dahua?
Q4 What was the total cost of the BWV contract and when does it end?

Regards
Tom Haldane
""")

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
d.add_paragraph("FREEDOM OF INFORMATION REQUEST\nReference No: 004217/25").runs[0].bold = True
d.add_paragraph("Date: 21/03/2025")
d.add_paragraph("Thank you for your request for information regarding body worn video which has now been considered.")
d.add_paragraph("In accordance with the Freedom of Information Act 2000 (the Act), this letter represents a Refusal Notice for part of "
                "your request. Please see below.")
d.add_paragraph("Applicant Question 1: How many body worn video (BWV) cameras does the force currently have issued or available for issue?").runs[0].bold = True
d.add_paragraph("Response: 1,180 devices are in the BWV pool. All frontline officers and PCSOs are issued a device at the start of each tour of duty.")
d.add_paragraph("Applicant Question 2: What make and model are they?").runs[0].bold = True
d.add_paragraph("Response: Motorola Solutions VB400.")
d.add_paragraph("Applicant Question 3: Are any of the force's BWV cameras, docking stations or associated software manufactured or supplied by Hikvision or Dahua?").runs[0].bold = True
d.add_paragraph("Response: No.")
d.add_paragraph("Applicant Question 4: What was the total cost of the BWV contract and when does it end?").runs[0].bold = True
d.add_paragraph("Response: The current contract was awarded via the Home Office framework in April 2021 and runs until 31 March 2026, "
                "with an option to extend by 12 months. Contract award details, including the value, were published on Contracts "
                "Finder and are therefore reasonably accessible to you by other means. Section 21 of the Act applies and this "
                "letter serves as a Refusal Notice for that element. The notice can be found by searching the reference "
                "tender_287713/9913 at https://www.contractsfinder.service.gov.uk.")
d.add_paragraph("Please note that this response covers body worn video only. Fixed CCTV at police buildings and custody suites is "
                "managed by Estates and was the subject of an earlier request (004006/24) published on our disclosure log.")
d.add_paragraph("In accordance with the Act, this letter represents a Refusal Notice for the particular information described above.")
d.add_paragraph("Complaint Rights").runs[0].bold = True
d.add_paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with "
                "this response please contact the Freedom of Information Unit within 40 working days of this letter. You may also "
                "contact the Information Commissioner's Office, but they will usually expect the internal review procedure to have "
                "been exhausted first.")
d.add_paragraph("Yours sincerely\n\nK. Oyelaran\nDisclosure Officer\nInformation Rights Unit\nSt Albans Road, Hatfield")
buf = io.BytesIO(); d.save(buf)

msg = EmailMessage(policy=SMTP)
msg["From"] = "FOI Unit <foi.unit@hertsvale.police.uk>"
msg["To"] = "Tom Haldane <tomhaldane77@gmail.com>"
msg["Subject"] = "FOI 004217/25 - Final Response"
msg["Date"] = "Fri, 21 Mar 2025 09:14:51 +0000"
msg["Message-ID"] = "<d1e6f2c8a90b4f7e@hertsvale.police.uk>"
msg.set_content("""OFFICIAL

Dear Mr Haldane

Please find attached our response to your recent Freedom of Information request.

Regards

Information Rights Unit
Hertsvale Constabulary

*********************************************************************
Any opinions expressed in this email are those of the individual and not necessarily the Constabulary.
This email and any files transmitted with it are confidential and intended solely for the use of the
individual or entity to whom they are addressed. Communications may be monitored and recorded.
*********************************************************************
""")
msg.add_attachment(buf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                   filename="004217-25 Response.docx")
with open(out("03-reply.eml"), "wb") as f:
    f.write(msg.as_bytes())

write_label(path="03-reply.eml", request_file="03-request.txt", format="eml", body_type="police", law="foia",
            hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s21"], camera_count=1180,
            note="Request is about body-worn video only, so the BWV count (1,180) is the camera count and the bare 'No' to the both-makers BWV question is 'no' for both; answers are in an attached DOCX; contract value refused under s21 (published elsewhere) makes it partial.")
