from common import *
import io
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone
from docx import Document
from docx.shared import Pt, RGBColor

NN = "19"
REQ = """Dear NHS Kintyre and Isles,

Under the Freedom of Information (Scotland) Act 2002 I would like to know:

1. How many CCTV cameras does the Health Board operate?
2. Which manufacturers make these cameras?
3. Are any of the cameras made by Hikvision or Dahua?
4. Where are the cameras located (site and position)?
5. What was the original purchase cost of the cameras?

Regards,
Alasdair Munro"""
write_request(NN, REQ)

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
hp = doc.sections[0].header.paragraphs[0]
r = hp.add_run("NHS Kintyre and Isles"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
doc.sections[0].header.add_paragraph("Corporate Records Department · Lorne House · Campbeltown Road · Lochgilphead PA31 8ZZ")
doc.add_paragraph("Date: 18 March 2025\nOur Ref: KI-FOI-2025-0197\nEnquiries to: Catriona Bell\nEmail: ki.foi@nhs.scot")
doc.add_paragraph("Dear Mr Munro")
p = doc.add_paragraph(); p.add_run("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION").bold = True
doc.add_paragraph("I refer to your request for information received on 19 February 2025. Our response is set out below.")
qa = [("1. How many CCTV cameras does the Health Board operate?", "NHS Kintyre and Isles operates 287 CCTV cameras across 19 sites."),
      ("2. Which manufacturers make these cameras?", "Hikvision, Avigilon and Vista."),
      ("3. Are any of the cameras made by Hikvision or Dahua?", "Yes, please see response to question 2."),
      ("4. Where are the cameras located (site and position)?",
       "NHS Kintyre and Isles holds this information. However, it is withheld under sections 35(1)(a) (Law enforcement) and 39(1) (Health, safety and the environment) of FOISA. Disclosing the position of cameras would reveal where there is no coverage, which would be likely to prejudice substantially the prevention of crime at our hospitals and could endanger the safety of patients and staff. We have considered the public interest and concluded that it lies in withholding the information."),
      ("5. What was the original purchase cost of the cameras?",
       "The cameras were purchased at different times over more than ten years, in many cases as part of wider capital building projects, and the cost of the cameras was not recorded separately. In accordance with section 17 of FOISA, this letter serves as notice that NHS Kintyre and Isles does not hold this information.")]
for q, a in qa:
    p = doc.add_paragraph(); p.add_run(q).bold = True
    doc.add_paragraph(a)
doc.add_paragraph("If you are dissatisfied with the way we have dealt with your request, you can ask us to review our actions and decisions by writing to the Head of Corporate Records at the above address or ki.foi@nhs.scot within 40 working days of receiving this response.")
doc.add_paragraph("If you are dissatisfied with our review outcome, you can ask the Scottish Information Commissioner to review our decision. You must submit a review request to us first. The Commissioner's office can be contacted at: Kinburn Castle, Doubledykes Road, St Andrews, Fife, KY16 9DS, or online at www.foi.scot/appeal.")
doc.add_paragraph("Yours sincerely\n\n\nCatriona Bell\nFreedom of Information Officer")
bio = io.BytesIO(); doc.save(bio)

msg = EmailMessage()
msg["From"] = "KI FOI (NHS KINTYRE AND ISLES) <ki.foi@nhs.scot>"
msg["To"] = "alasdair.munro.foi@example.co.uk"
msg["Subject"] = "FOI response KI-FOI-2025-0197"
msg["Date"] = format_datetime(datetime(2025, 3, 18, 15, 3, 57, tzinfo=timezone.utc))
msg["Message-ID"] = make_msgid(domain="nhs.scot")
msg.set_content("""Dear Mr Munro

Please find attached our response to your recent Freedom of Information request.

Kind regards

Catriona Bell
Freedom of Information Officer
Corporate Records Department
NHS Kintyre and Isles

********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
********************************************************************
""")
msg.add_alternative("""<html><body style="font-family:Arial;font-size:11pt">
<p>Dear Mr Munro</p>
<p>Please find attached our response to your recent Freedom of Information request.</p>
<p>Kind regards</p>
<p><b>Catriona Bell</b><br>Freedom of Information Officer<br>Corporate Records Department<br>NHS Kintyre and Isles</p>
<p style="font-size:8pt;color:#777">This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.</p>
</body></html>""", subtype="html")
msg.add_attachment(bio.getvalue(), maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                   filename="KI-FOI-2025-0197 Response.docx")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(msg))
add_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="nhs", law="foisa",
          hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s35", "s39", "s17"], camera_count=287,
          note="Covering e-mail says only 'please find attached'; the FOISA letter is in an attached docx; 'Yes, see Q2' to a joint question resolved by a complete maker list; locations withheld s35/s39 and cost not held (s17 notice).")
