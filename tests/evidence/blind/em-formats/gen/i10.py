from common import *
from pdfkit import *
import random
random.seed(1010)

write_request("10", """
Dear Brackenshire Council,

FOI request: public space CCTV

1. Please list every location where the council operates public space CCTV, with the number of cameras at each.
2. Please state the manufacturer of the cameras at each location.
3. Is the CCTV control room staffed 24/7?

Thanks,
Lydia Chen
""")

N, B, H, I = styles("Times", 11)
doc = SimpleDocTemplate(out("10-reply.pdf"), pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm, topMargin=2.2*cm, bottomMargin=2.2*cm,
                        title="FOI 10293 response", author="Brackenshire Council Information Governance")
def footer(c, d):
    c.saveState(); c.setFont("Times-Roman", 8)
    c.drawString(2.5*cm, 1.2*cm, "Brackenshire Council | Information Governance | FOI 10293")
    c.drawRightString(A4[0]-2.5*cm, 1.2*cm, f"Page {d.page}")
    c.restoreState()
st = [Paragraph("BRACKENSHIRE COUNCIL", H),
      Paragraph("Information Governance Team, The Guildhall, Abbey Street, Brackford BK1 1AA<br/>foi@brackenshire.example", N),
      Spacer(1, 8),
      Paragraph("Ms L. Chen<br/>By email only", N),
      Paragraph("Our reference: FOI 10293<br/>Date: 16 October 2024", N), Spacer(1, 6),
      Paragraph("Dear Ms Chen,", N),
      Paragraph("<b>Request for information – public space CCTV</b>", N),
      Paragraph("Thank you for your request for information, received on 19 September 2024, which has been dealt with under the Freedom of Information Act 2000.", N),
      Paragraph("The Council's public space CCTV system is managed by the Community Safety Partnership and monitored from the CCTV Control Room at Brackford Police Station. The table below lists each location, the number of cameras and the manufacturer (your questions 1 and 2). Locations are grouped by town. Cameras at Council offices, depots and leisure facilities are not public space CCTV and are outside the scope of your request.", N),
      Paragraph("In response to question 3, the Control Room is staffed 24 hours a day, 365 days a year.", N),
      Spacer(1, 6)]

towns = {
 "Brackford": ["Abbey Street", "Market Square", "Guildhall Approach", "Northgate", "Southgate / Bus Station", "Castle Walk", "Tanners Lane", "Railway Station forecourt", "Riverside Gardens", "St Mary's Car Park", "Union Street", "Cornhill"],
 "Hollins Cross": ["High Street (north)", "High Street (south)", "Library Square", "Mill Road car park", "Chapel Brow"],
 "Kettlebridge": ["The Parade", "Fore Street", "Kettlebridge Quay", "Queens Road shops", "Leisure Centre approach"],
 "Ormsby": ["Market Place", "Church Lane", "Station Road", "Ormsby Park gates"],
 "Saltmoor": ["Promenade (east)", "Promenade (west)", "Harbour Road", "Pier Approach", "Saltmoor Square", "Coach Park"],
}
data = [["Ref", "Town", "Location", "Cameras", "Manufacturer"]]
i = 1; total = 0
for town, locs in towns.items():
    for loc in locs:
        n = random.choice([1, 1, 2, 2, 2, 3, 4])
        if town == "Saltmoor" and loc in ("Harbour Road", "Pier Approach", "Coach Park"):
            mfr = "Hikvison"
        elif town == "Kettlebridge":
            mfr = "Bosch"
        elif town == "Hollins Cross" and loc == "Mill Road car park":
            mfr = "Hanwha Vision"
        else:
            mfr = random.choice(["Axis", "Axis", "Axis", "Bosch"])
        data.append([f"PS{i:03d}", town, loc, str(n), mfr]); i += 1; total += n
tbl = Table(data, colWidths=[1.6*cm, 3*cm, 6.2*cm, 2*cm, 3.2*cm], repeatRows=1)
tbl.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10), ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
                         ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                         ("ALIGN", (3, 0), (3, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
st.append(tbl)
st += [Spacer(1, 10),
       Paragraph("Please note that several of the cameras in Saltmoor were inherited from the former Saltmoor Town Improvement Board system and are older than the rest of the network.", N),
       Paragraph("<b>Your right to complain</b>", N),
       Paragraph("If you are not satisfied with this response you may ask for an internal review. Please write to the Information Governance Manager at the address above within 40 working days. If you are still not satisfied after the internal review, you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", N),
       Paragraph("Yours sincerely,", N), Spacer(1, 14),
       Paragraph("Martin Greaves<br/>Information Governance Officer", N)]
doc.build(st, onFirstPage=footer, onLaterPages=footer)
print(total, len(data)-1)
label("10", "pdf", "pdf", "council", "foia", "yes", "no", "answered", [], total,
      "two-page PDF whose site table runs across the page break with no total row (count = sum of both pages); 'Hikvison' misspelt and only on page 2")
