from common import *
import io, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from openpyxl import Workbook
from openpyxl.styles import Font

NN = "25"
write_request(NN, """
Dear Kent County Council,

Please provide:
1. The number of CCTV cameras at each KCC-operated building (offices, libraries, gateways, HWRCs, highways depots).
2. The make of the cameras at each building.
3. The exact location of every camera, and the date each was installed.
4. Whether any of the cameras are made by Hikvision.

Regards,
Tobias Green
""")
rows = [("Sessions House, Maidstone", 34, "Avigilon"), ("Invicta House, Maidstone", 21, "Avigilon"),
        ("Kroner House, Ashford", 12, "Hanwha"), ("Brook House, Hythe", 4, "Hanwha"),
        ("Ashford Gateway Plus", 9, "Axis"), ("Kent History & Library Centre", 16, "Axis"),
        ("Canterbury Library (Beaney)", 14, "Axis"), ("Margate Library", 6, "Hanwha"),
        ("HWRC - Allington", 8, "Hikvision"), ("HWRC - Dartford", 6, "Hikvision"), ("HWRC - Faversham", 5, "Hikvision"),
        ("HWRC - Folkestone", 6, "Hikvision"), ("HWRC - Herne Bay", 5, "Hikvision"), ("HWRC - Swanley", 4, "Hikvision"),
        ("Highways depot - Aylesford", 7, "Hanwha"), ("Highways depot - Ashford (Henwood)", 5, "Hanwha")]
wb = Workbook(); ws = wb.active; ws.title = "Q1-2"
ws.append(["Building", "Cameras", "Make"])
for c in ws[1]: c.font = Font(bold=True)
for r in rows: ws.append(list(r))
tot = sum(r[1] for r in rows)
ws.column_dimensions["A"].width = 38
buf = io.BytesIO(); wb.save(buf)

msg = EmailMessage()
msg["From"] = "KCC Information Requests <informationrequests@kent.example.gov.uk>"
msg["To"] = "Tobias Green <tgreen.foi@example.net>"
msg["Subject"] = "Information request - ref EIR/FOI 24/08830 - CCTV"
msg["Date"] = format_datetime(datetime.datetime(2024, 9, 30, 10, 2, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = make_msgid(domain="kent.example.gov.uk")
msg.set_content("""Dear Mr Green

Thank you for your request for information received on 2 September 2024.

The attached spreadsheet answers questions 1 and 2. Question 4: yes, see the HWRC rows.

Question 3: to identify the position and installation date of each of the cameras we would need to retrieve and review installation records held separately by each building's facilities team and by three different maintenance contractors. We estimate this would take in excess of 24 hours, which exceeds the appropriate limit of £450 set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. We are therefore applying section 12 of the Act to this part of your request. If you would like to narrow this part (for example to one building), we would be happy to consider a refined request.

Your right to complain
If you are unhappy with the way we have dealt with your request you can ask for a review by writing to the Information Resilience & Transparency Team, Room 2.71, Sessions House, Maidstone ME14 1XQ. If you remain dissatisfied you may contact the Information Commissioner's Office.

Yours sincerely

Lauren Ashby-Cole
Information Access Officer
Kent County Council
""")
msg.add_attachment(buf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="24-08830 CCTV by building.xlsx")
(OUT / f"{NN}-reply.eml").write_bytes(bytes(msg))
print(tot)
label(NN, "eml", "council", "foia", "yes", "no", "partially_answered", ["s12"], tot,
      "Covering e-mail refuses one part under s12 and answers the rest via an attached xlsx with no total row; Hikvision answer points to rows in the attachment.")
