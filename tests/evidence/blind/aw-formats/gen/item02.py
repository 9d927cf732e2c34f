from lib import *
import io
from docx import Document
from docx.shared import Pt
write_request("02", """
To: Freedom of Information Office, Northmoor Hospitals NHS Foundation Trust

Dear FOI team,

I am researching surveillance equipment in the NHS. Please could you provide:

Q1 The total number of CCTV cameras operated by the Trust across all of its sites.
Q2 Are any of the Trust's CCTV cameras manufactured by Hikvision or Dahua?
Q3 A list of the manufacturers of the Trust's CCTV cameras, with the number from each.
Q4 Whether the Trust has carried out a Data Protection Impact Assessment for its CCTV system, and if so the date.

Many thanks,
Dr Alys Pemberton
""")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
P = doc.add_paragraph
P("Northmoor Hospitals NHS Foundation Trust").runs[0].bold = True
P("Information Governance Department\nTrust Headquarters, Ravensworth Road\nNorthmoor NM4 2HX")
P("Date: 18 June 2024\nOur Ref: FOI 2024/0912")
P("Dr A Pemberton\nBy email")
P("Dear Dr Pemberton,")
P("Re: Freedom of Information Act 2000 request").runs[0].bold = True
P("I write in response to your request for information, which we received on 21 May 2024. The Trust's response to each part of your request is set out below.")
P("Q1 The total number of CCTV cameras operated by the Trust across all of its sites.").runs[0].italic = True
P("The Trust operates approximately 640 CCTV cameras across Northmoor General Hospital, St Bede's Hospital and Westfield Community Hospital.")
P("Q2 Are any of the Trust's CCTV cameras manufactured by Hikvision or Dahua?").runs[0].italic = True
P("Yes. The system at Westfield Community Hospital, which was inherited from the former community services provider in 2019, is made up of Dahua cameras and recorders.")
P("Q3 A list of the manufacturers of the Trust's CCTV cameras, with the number from each.").runs[0].italic = True
P("The Trust considers that a full breakdown of manufacturers and quantities by site is exempt under section 31(1)(a) of the Act (law enforcement – prevention or detection of crime). Disclosure of the makes and models in use at each hospital would allow known vulnerabilities to be matched to particular sites, increasing the risk to patients, staff and property. The Trust has weighed the public interest in transparency about spending and supply chains against the public interest in maintaining the security of its premises and has concluded that, in all the circumstances, the public interest favours withholding this information.")
P("Q4 Whether the Trust has carried out a Data Protection Impact Assessment for its CCTV system, and if so the date.").runs[0].italic = True
P("Yes. The Trust's CCTV DPIA was last reviewed and approved by the Information Governance Steering Group on 9 November 2023.")
P("If you are unhappy with the way your request has been handled you may ask for an internal review. Please write, within 40 working days of the date of this letter, to the Head of Information Governance at the address above or to nhft.foi@nhs.net.")
P("If you are still dissatisfied following the internal review you have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
P("Most of the information that we provide in response to Freedom of Information Act 2000 requests will be subject to copyright protection. You are free to use it for your own purposes, including for private study and non-commercial research. Any other re-use, for example commercial publication, would require our permission.")
P("Yours sincerely,")
P("\n\nGareth Oduya\nFreedom of Information Lead\nNorthmoor Hospitals NHS Foundation Trust")
buf = io.BytesIO(); doc.save(buf)
text = """Dear Dr Pemberton,

Please find attached the Trust's response to your Freedom of Information request, reference FOI 2024/0912.

Kind regards,

Information Governance Team
Northmoor Hospitals NHS Foundation Trust
nhft.foi@nhs.net

******************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents: to do so is strictly prohibited and may be unlawful.
NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.
******************************************************************
"""
eml("02", frm="NHFT FOI <nhft.foi@nhs.net>", to="Alys Pemberton <a.pemberton@researchmail.co.uk>",
    subject="FOI 2024/0912 - Response", date="Tue, 18 Jun 2024 10:47:33 +0100", text=text,
    html=html_from_text(text), cte="base64",
    attachments=[("FOI 2024-0912 Response letter.docx", buf.getvalue(),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
label(path="02-reply.eml", request_file="02-request.txt", format="eml", body_type="nhs", law="foia",
      hikvision="unknown", dahua="yes", outcome="partially_answered", exemptions=["s31"], camera_count=640,
      note="Answers are only in an attached .docx inside a base64 e-mail; joint Hikvision/Dahua question answered 'Yes' naming only Dahua, manufacturer list withheld under s31.")
