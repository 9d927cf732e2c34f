from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "03"
write_request(NN, """
Hello,

Please provide, under FOIA:

(a) a list of police buildings (stations, custody suites, HQ) that have CCTV, with the number of cameras at each;
(b) the manufacturer of the cameras at each of those buildings;
(c) whether the force has carried out any review of the security risks of cameras made by Chinese state-linked companies.

Thanks
Adam Reilly
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]; hp.text = "OFFICIAL"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]; fp.text = "OFFICIAL"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph(); r = p.add_run("Cambridgeshire Constabulary"); r.bold = True; r.font.size = Pt(14)
doc.add_paragraph("Freedom of Information Unit\nPolice Headquarters, Hinchingbrooke Park\nHuntingdon PE29 6NP")
doc.add_paragraph("Request reference: 0844/2024\nDate: 19 July 2024")
doc.add_paragraph("Dear Mr Reilly")
docx_paras(doc, """
I write in connection with your request for information received by Cambridgeshire Constabulary on
21 June 2024. I note you seek access to the following information: a list of police buildings with CCTV
and the number of cameras, the manufacturer of the cameras at each building, and whether a review of
security risks has been carried out.

Searches were conducted within the Estates department and Digital, Data and Technology (DDaT).
I am required by the Freedom of Information Act 2000 (the Act) to handle all requests in a manner that
is blind to the identity of the requestor.

Response

(a) and (b) – please see the table below.
""")
rows = [("Building", "No. of cameras", "Make"),
        ("Police HQ, Hinchingbrooke", "46", "Axis"),
        ("Parkside Police Station, Cambridge", "38", "Various"),
        ("Thorpe Wood Police Station & Custody, Peterborough", "52", "Avigilon"),
        ("Huntingdon Police Station", "14", "Hikvision"),
        ("Ely Police Station", "9", "Various"),
        ("Wisbech Police Station", "11", "Hanwha Vision")]
t = doc.add_table(rows=0, cols=3); t.style = "Light Grid Accent 1"
for i, row in enumerate(rows):
    c = t.add_row().cells
    for j, v in enumerate(row):
        c[j].text = v
        if j == 1: c[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph()
doc.add_paragraph("Where 'Various' is shown the building has a mix of older equipment from more than one "
                  "manufacturer that has been added to over time.").runs[0].italic = True
docx_paras(doc, """
(c) The force's Information Security team has not carried out a specific review of this kind. The
force follows national guidance issued by the Home Office and the National Police Chiefs' Council and
any future replacement of equipment will take account of that guidance.

Complaint Rights

Your attention is drawn to the attached sheet which details your right of complaint. If you are
dissatisfied with this response you may request an internal review within 40 working days. If you
remain dissatisfied after the review you may complain to the Information Commissioner.

Yours sincerely

Gemma Thorley
Freedom of Information Officer
""")
doc.save(OUT / f"{NN}-reply.docx")
add_label(NN, "docx", "police", "foia", "yes", "unknown", "answered", [], 170,
          "Per-site camera table with no total row (sum 170); two sites' make is 'Various', so the maker list is not complete and Dahua stays unknown.")
