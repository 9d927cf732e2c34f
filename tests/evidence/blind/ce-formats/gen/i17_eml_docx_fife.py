from common import *
import io, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from docx import Document
from docx.shared import Pt

NN = "17"
write_request(NN, """
Dear Fife Council

Under FOISA, please tell me:
1. How many public space CCTV cameras Fife Council operates
2. How many of these are made by Hikvision
3. How many are made by Dahua
4. The annual maintenance cost for each camera

Thanks
Kirsty Lamont
""")

doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
doc.add_paragraph().add_run("FIFE COUNCIL").bold = True
doc.add_paragraph("Freedom of Information (Scotland) Act 2002\nResponse to request FOI/2024/4471")
doc.add_paragraph("Fife House, North Street, Glenrothes KY7 5LT")
doc.add_paragraph("Date: 12 February 2024")
doc.add_paragraph("Request 1 – How many public space CCTV cameras Fife Council operates").runs[0].bold = True
doc.add_paragraph("One hundred and eighty-six (186). This comprises town centre systems in Kirkcaldy, Dunfermline, "
                  "Glenrothes, Cowdenbeath, Methil and St Andrews.")
doc.add_paragraph("Request 2 – How many of these are made by Hikvision").runs[0].bold = True
doc.add_paragraph("31")
doc.add_paragraph("Request 3 – How many are made by Dahua").runs[0].bold = True
doc.add_paragraph("0")
doc.add_paragraph("Request 4 – The annual maintenance cost for each camera").runs[0].bold = True
doc.add_paragraph("The Council's maintenance contract is a single annual sum for the whole public space system and is not "
                  "broken down by camera. In terms of section 17 of FOISA the Council gives notice that it does not hold "
                  "this information. The total annual contract cost for 2023/24 was £96,400.")
doc.add_paragraph("Your right to request a review: If you are unhappy with this response you may ask the Council to carry "
                  "out an internal review within 40 working days. If you remain dissatisfied you may apply to the Scottish "
                  "Information Commissioner (www.itspublicknowledge.info).")
buf = io.BytesIO(); doc.save(buf)

m = EmailMessage()
m["From"] = "FOI Team <foi.requests@fife.example.gov.uk>"
m["To"] = "kirsty.lamont@example.co.uk"
m["Subject"] = "Your FOI request FOI/2024/4471"
m["Date"] = format_datetime(datetime.datetime(2024, 2, 12, 16, 20, tzinfo=datetime.timezone.utc))
m.set_content("""Good afternoon

Please find attached Fife Council's response to your recent request for information.

Kind regards

Ross McAllister
FOI Officer | Legal & Democratic Services | Fife Council
Tel 03451 55 00 00 ext 441827

Fife Council - working for a stronger, fairer Fife
""")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="FOI 2024-4471 Response.docx")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
label(NN, "eml", "council", "foisa", "yes", "no", "partially_answered", ["s17"], 186,
      "answers only in the attached .docx; Hikvision/Dahua given as bare counts '31' and '0'; per-camera cost not held (FOISA s17)")
