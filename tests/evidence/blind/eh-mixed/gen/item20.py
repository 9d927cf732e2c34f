from email.message import EmailMessage
from email.utils import format_datetime
import datetime, os, io
from docx import Document
from docx.shared import Pt
here = os.path.dirname(os.path.abspath(__file__)) + "/.."

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
doc.add_paragraph("LINDSWORTH COUNTY COUNCIL").runs[0].bold = True
doc.add_paragraph("Freedom of Information Act 2000 - Response\nReference: LCC-FOI-10384\nDate: 21 March 2025")
doc.add_paragraph("Request: CCTV in County Council buildings (received 24 February 2025)")
doc.add_heading("Questions 1 to 3", level=2)
doc.add_paragraph("Please see Table 1. Costs shown are the capital cost of the installation (excluding VAT) as recorded "
                  "in the Council's asset management system.")
rows = [
 ("County Hall, Lindsworth", "34", "Axis", "2020", "£48,200"),
 ("Registry Office, Minster Yard", "6", "Hik Vision", "2017", "£4,950"),
 ("Highways Depot, Sleaford Road", "18", "HIKVISION", "2019", "£11,760"),
 ("Lindsworth Archives Centre", "12", "Hanwha", "2022", "£15,300"),
 ("Northgate Library", "4", "Hanwha", "2021", "£3,100"),
 ("Brackley Household Waste Recycling Centre", "9", "Axis", "2023", "£12,480"),
 ("Brackley HWRC (previous system) - removed Sept 2023", "7", "Dahua", "2016", "£5,200"),
 ("Coroner's Court, Castle Lane", "5", "Axis", "2024", "£7,015"),
 ("Eastgate Youth Centre", "3", "Bosch", "2016", "not known"),
]
doc.add_paragraph("Table 1").runs[0].bold = True
t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Building", "No. of cameras", "Manufacturer", "Year installed", "Cost"]):
    c.text = h; c.paragraphs[0].runs[0].bold = True
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r): c.text = v
doc.add_paragraph("")
doc.add_paragraph("The installation cost of the Eastgate Youth Centre system is not held. The system was installed by "
                  "the former Youth Service before the building transferred to Property Services and no record of the "
                  "cost was kept.")
doc.add_heading("Question 4", level=2)
doc.add_paragraph("Yes - see Table 1. The Council's Security Working Group has agreed that the Registry Office and "
                  "Highways Depot systems will be replaced as part of the 2025/26 programme of works.")
doc.add_heading("Question 5", level=2)
doc.add_paragraph("Yes. The previous system at Brackley HWRC was removed in September 2023 and replaced with the current "
                  "system. See Table 1.")
doc.add_paragraph("")
doc.add_paragraph("If you are unhappy with this response you may ask for an internal review by emailing foi@lindsworth.gov.uk "
                  "within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner's "
                  "Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (www.ico.org.uk).")
doc.add_paragraph("Information Governance Team\nLindsworth County Council\nCounty Offices, Newland, Lindsworth LN1 1YL")
doc.core_properties.author = "Kerry Ashworth"
doc.core_properties.title = "FOI response LCC-FOI-10384"
doc.core_properties.created = datetime.datetime(2025, 3, 21, 10, 0, 0)
buf = io.BytesIO(); doc.save(buf)

text = """Dear Mr Oyelaran

Please find attached the Council's response to your Freedom of Information request reference LCC-FOI-10384.

Kind regards

Kerry Ashworth
Information Governance Officer
Lindsworth County Council
Tel: 01522 781 406

Lindsworth County Council - working for a better future
This email is confidential and may be privileged. If you are not the intended recipient please tell the sender
and delete it. Views expressed are those of the sender unless stated otherwise.
"""
m = EmailMessage()
m["From"] = "FOI <foi@lindsworth.gov.uk>"
m["To"] = "Martin Oyelaran <m.oyelaran@protonmail.com>"
m["Subject"] = "LCC-FOI-10384 Response"
m["Date"] = format_datetime(datetime.datetime(2025, 3, 21, 14, 12, 40, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<LO2P265MB4410E7C2A@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>"
m.set_content(text)
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="LCC-FOI-10384 Response.docx")
open(os.path.join(here, "20-reply.eml"), "wb").write(bytes(m))
