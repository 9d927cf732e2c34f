from common import write_request, add_label, out
from pdfletter import *
from email.message import EmailMessage
from email.utils import make_msgid
import io

NN = "11"
write_request(NN, """
Dear Headteacher,

Please treat this as a request under the Freedom of Information Act 2000.

1. How many CCTV cameras are there at Ashgrove Community Primary School?
2. What make are the cameras?
3. Are any cameras in toilets or changing areas?
4. Who has access to the recorded footage?

Kind regards,
Naveed Qureshi
""")

buf = io.BytesIO()
story = [
    P("<b>Ashgrove Community Primary School</b>", HEAD),
    P("Ashgrove Road, Kennetbury, Berkshire RG19 4LB &nbsp;|&nbsp; Tel 01635 870112 &nbsp;|&nbsp; office@ashgrove.kennetbury.sch.uk"),
    P("Headteacher: Mrs H. Delamere"),
    Spacer(1, 10),
    P("25 April 2024"),
    P("Dear Mr Qureshi"),
    P("<b>Freedom of Information Request</b>"),
    P("Thank you for your request received on 28 March 2024. The school's response to each of your questions is below."),
    P("<b>1. How many CCTV cameras are there at the school?</b><br/>16 (12 external and 4 internal)."),
    P("<b>2. What make are the cameras?</b><br/>All of the school's cameras are HikVision. They were supplied and "
      "installed in 2020 by SecureSight (Midlands) Ltd, who also maintain the system."),
    P("<b>3. Are any cameras in toilets or changing areas?</b><br/>No. The internal cameras cover the main "
      "entrance, reception and the corridor outside the school office."),
    P("<b>4. Who has access to the recorded footage?</b><br/>The Headteacher, the Deputy Headteacher and the "
      "School Business Manager. Footage is kept for 30 days unless it is needed for an investigation. Our CCTV "
      "policy is available on the school website under Policies."),
    P("If you are not satisfied with this response you may ask the Chair of Governors to review it by writing "
      "to the school within 40 working days. You also have the right to complain to the Information "
      "Commissioner's Office."),
    P("Yours sincerely"),
    Spacer(1, 10),
    P("Mrs J. Pennington<br/>School Business Manager<br/>on behalf of the Governing Body"),
]
import pdfletter
from reportlab.platypus import SimpleDocTemplate
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm).build(story)

m = EmailMessage()
m["From"] = "Ashgrove Primary Office <office@ashgrove.kennetbury.sch.uk>"
m["To"] = "Naveed Qureshi <naveed.q.foi@fastmail.example>"
m["Date"] = "Thu, 25 Apr 2024 15:47:09 +0100"
m["Subject"] = "RE: Freedom of Information request - CCTV"
m["Message-ID"] = "<a7c2e91f04b34d1e9a0c@ashgrove.kennetbury.sch.uk>"
m["In-Reply-To"] = "<CAF4pq1Lx0@mail.fastmail.example>"
m.set_content("Dear Mr Qureshi,\n\nPlease find attached the school's response to your request.\n\n"
              "Kind regards\n\nJo Pennington\nSchool Business Manager\nAshgrove Community Primary School\n\n"
              "This email and any attachments are confidential and intended solely for the addressee. If you "
              "have received this email in error please notify the sender and delete it.\n")
m.add_attachment(buf.getvalue(), maintype="application", subtype="pdf", filename="FOI response - CCTV.pdf")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
add_label(NN, "eml", "school", "foia", "yes", "no", "answered", [], 16,
          "E-mail body only says 'please find attached'; the answers are in a PDF attachment, with the count "
          "given as '16 (12 external and 4 internal)' and 'All ... are HikVision'.")
