"""13: district council Word reply - table with vertically merged category and manufacturer cells, wrapped cells."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import out


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


d = Document()
d.styles["Normal"].font.name = "Calibri"
d.styles["Normal"].font.size = Pt(11)
hp = d.sections[0].header.paragraphs[0]
hp.text = "Wendover Vale District Council  -  Information Request Response"
d.add_paragraph("Request ref: 7741/FOI\nDate: 9 January 2024")
d.add_paragraph("Dear Mr Sorensen,")
d.add_paragraph("Thank you for your request for information dated 11 December 2023, which has been handled under the "
                "Freedom of Information Act 2000. Questions 1 and 2 are answered in the table below.")

data = [
    # category, location, cameras, manufacturer
    ("Public space (town centres)", "Wendover Market Place and High Street", "18",
     "Hanwha XNP-series PTZ; 4 x Hik Vision DarkFighter units at the Market Place / Bridge Street junctions"),
    ("Public space (town centres)", "Aylbury Road shopping parade", "7", None),
    ("Public space (town centres)", "Station Approach and bus interchange", "9", None),
    ("Council car parks", "Cattle Market multi-storey", "16", "Axis"),
    ("Council car parks", "Tring Street surface car park", "5", None),
    ("Council car parks", "Leisure centre car park", "4", None),
    ("Council buildings and depots", "Council Offices, The Rye", "12", "Axis (internal)\nHanwha (external)"),
    ("Council buildings and depots", "Hughenden Road depot and vehicle workshop", "10", None),
    ("Council buildings and depots", "Waste transfer station", "6", None),
]
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, h in zip(t.rows[0].cells, ["Category", "Location", "No. of cameras", "Manufacturer"]):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade(c, "BFBFBF")
for cat, loc, n, man in data:
    r = t.add_row().cells
    r[0].text = cat
    r[1].text = loc
    r[2].text = n
    r[3].text = man or ""
# merge category cells and manufacturer cells within each group
groups = [(1, 3), (4, 6), (7, 9)]
for a, b in groups:
    top = t.cell(a, 0); top.merge(t.cell(b, 0)); top.text = data[a - 1][0]
    mtop = t.cell(a, 3); mtop.merge(t.cell(b, 3)); mtop.text = data[a - 1][3]
tot = t.add_row().cells
tot[0].merge(tot[1]).text = "Total"
tot[2].text = str(sum(int(x[2]) for x in data))
for c in (tot[0], tot[2]):
    c.paragraphs[0].runs[0].bold = True
widths = [Mm(35), Mm(55), Mm(22), Mm(55)]
for row in t.rows:
    for c, w in zip(row.cells, widths):
        c.width = w
print("total", sum(int(x[2]) for x in data))

d.add_paragraph()
d.add_paragraph("Question 3: Yes, see table above.")
d.add_paragraph("Question 4: None.")
d.add_paragraph("Question 5: None of the Council's CCTV cameras use facial recognition. The Council does not operate "
                "ANPR cameras. Entry and exit barriers at the Cattle Market multi-storey use number plate recognition "
                "supplied and operated by the car park management contractor; these are not part of the Council's CCTV system.")
d.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
                "review. Internal review requests should be submitted within two months of the date of receipt of the "
                "response to your original letter and should be addressed to: Legal and Democratic Services, Wendover Vale "
                "District Council, Council Offices, The Rye, Wendover WV1 1ER, foi@wendovervale.example.gov.uk.")
d.add_paragraph("If you are not content with the outcome of the internal review, you have the right to apply directly to "
                "the Information Commissioner for a decision.")
d.add_paragraph("Yours sincerely\n\nSandra Okoye\nInformation Governance Support Officer")
d.save(out("13-reply.docx"))
