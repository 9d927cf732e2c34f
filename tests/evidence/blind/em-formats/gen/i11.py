from common import *
from pdfkit import *
from reportlab.pdfgen import canvas

write_request("11", """
To the Headteacher / Chair of Governors, Thornbury Lane Primary School

Freedom of Information request

1. How many CCTV cameras does the school have?
2. What make are they?
3. Are any of them made by Hikvision or Dahua?
4. Is there a CCTV policy approved by the governing body?

Thank you,
A. Nowak
""")

N, B, H, I = styles("Helvetica", 11)
doc = SimpleDocTemplate(out("11-reply.pdf"), pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm, topMargin=2*cm, bottomMargin=2*cm,
                        title="FOI reply", author="School Office")
st = [Paragraph("<font size=15 color='#8B1A1A'><b>Thornbury Lane Primary School</b></font>", N),
      Paragraph("<font size=9>Thornbury Lane, Cressley, CR7 5JP &nbsp; Tel: 01632 960 129 &nbsp; office@thornburylane.sch.example<br/>Headteacher: Mrs J. Ashworth</font>", N),
      Spacer(1, 18),
      Paragraph("4th March 2025", N),
      Paragraph("Dear A. Nowak", N),
      Paragraph("Re: your Freedom of Information request dated 10th February 2025", N),
      Paragraph("The school has sixteen CCTV cameras (twelve outside and four inside covering the entrance lobby and corridors).", N),
      Paragraph("We do not hold any information about the make of the cameras. The system was put in by Shield Alarms (Midlands) Ltd when the new building was finished in 2018, and they look after it for us. You may want to contact them directly.", N),
      Paragraph("Yes, the Full Governing Body approved the school's CCTV Policy on 14th November 2023. It is on the Policies page of the school website.", N),
      Paragraph("If you are not happy with this reply you can ask the Chair of Governors to review it by writing to the school within 40 school days. You can also contact the Information Commissioner's Office.", N),
      Spacer(1, 10),
      Paragraph("Yours sincerely", N), Spacer(1, 16),
      Paragraph("Debbie Harland<br/>School Business Manager<br/>on behalf of the Governing Body", N)]
doc.build(st)
label("11", "pdf", "pdf", "school", "foia", "unknown", "unknown", "partially_answered", [], 16,
      "short school letter with answers unnumbered; count in words; maker questions answered 'not held'")
