import io, os, sys
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import new_letter, para, table
from minipdf import text_pdf

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "15-reply.eml")

# --- the Word letter carried as an attachment ---
doc = new_letter(["Riverbend Academies Trust", "Trust Central Team", "Sandholme Lane, Goole DN14 6RT",
                  "governance@riverbendacademies.org.uk"], font="Calibri")
para(doc, "Freedom of Information Request - RAT/FOI/2024/09")
para(doc, "Requester: Ms S Whitlock\nDate received: 8 October 2024\nDate of response: 22 October 2024")
para(doc, "Dear Ms Whitlock,")
para(doc, "Thank you for your request. Our response to each part is set out below.")
para(doc, "a) and b)", bold=True)
table(doc, [
    ["Academy", "No. of cameras", "Make"],
    ["Riverbend Academy (secondary)", 58, "Hik Vision"],
    ["Ashgrove Primary Academy", 9, "Dahau"],
    ["Millbrook Primary Academy", 12, "Hik Vision"],
    ["Sandholme Academy", 41, "Axis"],
    ["Westcroft Primary Academy", 7, "Dahau"],
])
para(doc, "c)", bold=True)
para(doc, "Yes - see table above.")
para(doc, "d)", bold=True)
para(doc, "No.")
para(doc, "e)", bold=True)
para(doc, "The Trust has a single DPIA covering CCTV at all of its academies. A copy is provided with this response.")
para(doc, "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Please write to the Trust Governance Lead at the address above within 40 working days. If you are not content with the outcome of the internal review, you may apply to the Information Commissioner's Office.")
para(doc, "Yours sincerely,")
para(doc, "Mark Ellerby\nTrust Governance Lead")
buf = io.BytesIO()
doc.save(buf)

# --- the e-mail ---
msg = EmailMessage(policy=policy.default.clone(max_line_length=120))
msg["From"] = "Governance - Riverbend Academies Trust <governance@riverbendacademies.org.uk>"
msg["To"] = "Sarah Whitlock <s.whitlock.foi@gmail.com>"
msg["Date"] = format_datetime(datetime(2024, 10, 22, 14, 5, 12, tzinfo=timezone(timedelta(hours=1))))
msg["Subject"] = "RE: FOI request - CCTV in Trust academies [RAT/FOI/2024/09]"
msg["Message-ID"] = "<rat-foi-2024-09.22102024@riverbendacademies.org.uk>"
msg.set_content(
    "Dear Ms Whitlock,\n\n"
    "Please find attached the Trust's response to your Freedom of Information request, together with a copy of the CCTV DPIA.\n\n"
    "Kind regards,\n\n"
    "Mark Ellerby\n"
    "Trust Governance Lead\n"
    "Riverbend Academies Trust\n"
    "Registered in England and Wales, company no. 08461327\n"
)
msg.add_attachment(buf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                   filename="RAT-FOI-2024-09 response.docx")
dpia = text_pdf([
    "Riverbend Academies Trust - Data Protection Impact Assessment: CCTV (v2, June 2023)",
    "",
    "1. Purpose of processing: safety and security of pupils, staff and visitors; prevention of crime.",
    "2. Scope: CCTV systems at all five academies in the Trust.",
    "3. Retention: recordings overwritten after 30 days unless required for an investigation.",
    "4. Access: Headteacher, Business Manager and Site Manager at each academy.",
    "5. Audio recording: not enabled. Cameras are not sited in toilets or changing areas.",
    "6. Residual risk: low. Approved by Trust DPO 14/06/2023.",
])
msg.add_attachment(dpia, maintype="application",
                   subtype="pdf", filename="RAT CCTV DPIA v2 2023.pdf")
with open(OUT, "wb") as f:
    f.write(bytes(msg))
print("wrote", OUT)
