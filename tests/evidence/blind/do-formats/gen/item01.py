from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NN = "01"
write_request(NN, """
From: Priya Ramanathan
To: foi@calderbrook.gov.uk
Subject: Freedom of Information request - CCTV cameras

Dear Calderbrook Metropolitan Borough Council,

Under the Freedom of Information Act 2000 please provide the following information:

1. The total number of CCTV cameras currently operated by the council (public space, council buildings and car parks).
2. A breakdown of those cameras by manufacturer.
3. Are any of the cameras manufactured by Hikvision?
4. Are any of the cameras manufactured by Dahua?
5. Does the council have any plans to replace cameras made by either company?

I would prefer to receive the information electronically.

Yours faithfully,

Priya Ramanathan
""")


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)


doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.top_margin = Cm(3.2); sec.left_margin = Cm(2.2); sec.right_margin = Cm(2.2)
sec.different_first_page_header_footer = False
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Calderbrook Metropolitan Borough Council\n"); r.bold = True; r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
r = hp.add_run("Information Governance Team\nTown Hall, Market Street, Calderbrook, CB4 1TH\n"
               "Tel: 01632 960 448   foi@calderbrook.gov.uk")
r.font.size = Pt(9)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("OFFICIAL   |   Page "); r.font.size = Pt(8)
add_field(fp, "PAGE")
r = fp.add_run(" of "); r.font.size = Pt(8)
add_field(fp, "NUMPAGES")
fp2 = sec.footer.add_paragraph("Calderbrook MBC is a data controller registered with the ICO (Z5561903). "
                               "www.calderbrook.gov.uk")
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp2.runs[0].font.size = Pt(7)

doc.add_paragraph("Ms P Ramanathan\nBy email")
p = doc.add_paragraph()
p.add_run("Our ref: FOI 2024/3318\nDate: 19 November 2024")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Dear Ms Ramanathan,")
p = doc.add_paragraph(); p.add_run("Freedom of Information Act 2000 – Request for Information").bold = True
doc.add_paragraph("Thank you for your request for information received on 24 October 2024. "
                  "Your request has been dealt with under the Freedom of Information Act 2000 and our "
                  "response is set out below.")
doc.add_paragraph("Q1. The total number of CCTV cameras currently operated by the council", style="Heading 3")
doc.add_paragraph("The Council currently operates 212 CCTV cameras. This includes the town centre public "
                  "space system monitored from the Control Room at Albion House, cameras at council "
                  "buildings and cameras in council-run car parks. It does not include cameras in schools, "
                  "which are the responsibility of the individual governing bodies.")
doc.add_paragraph("Q2. Breakdown by manufacturer", style="Heading 3")
rows = [("Manufacturer", "Number of cameras"), ("Axis Communications", "96"), ("Bosch", "41"),
        ("Hikvision", "38"), ("Hanwha Vision (formerly Samsung Techwin)", "29"), ("Avigilon", "8"),
        ("Total", "212")]
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate(rows):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
    if i in (0, len(rows) - 1):
        for c in (0, 1):
            for run in t.cell(i, c).paragraphs[0].runs:
                run.bold = True
doc.add_paragraph()
doc.add_paragraph("Q3. Are any of the cameras manufactured by Hikvision?", style="Heading 3")
doc.add_paragraph("Yes – please see the table above.")
doc.add_paragraph("Q4. Are any of the cameras manufactured by Dahua?", style="Heading 3")
doc.add_paragraph("No.")
doc.add_paragraph("Q5. Plans to replace", style="Heading 3")
doc.add_paragraph("The Hikvision cameras are located at the Bridge Street and Canal Wharf multi-storey car "
                  "parks. Their replacement has been included in the draft 2025/26 capital programme, "
                  "subject to approval by Cabinet in February 2025. No decision has yet been taken.")
doc.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for "
                  "an internal review. Internal review requests should be submitted within 40 working days "
                  "of the date of this letter and should be addressed to: Information Governance Manager, "
                  "Town Hall, Market Street, Calderbrook, CB4 1TH or foi@calderbrook.gov.uk.")
doc.add_paragraph("If you are not content with the outcome of the internal review, you have the right to "
                  "apply directly to the Information Commissioner for a decision. The Information "
                  "Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, "
                  "Water Lane, Wilmslow, Cheshire, SK9 5AF.")
doc.add_paragraph("Please note that the information supplied is subject to the Council's copyright and may "
                  "be used for personal, non-commercial research. Any other re-use requires the permission "
                  "of the Council.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("\nDeborah Kitchener\nInformation Governance Officer")
doc.save(out(f"{NN}-reply.docx"))

add_label(dict(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx",
               body_type="council", law="foia", hikvision="yes", dahua="no", outcome="answered",
               exemptions=[], camera_count=212,
               note="Letterhead and page numbers sit in the header/footer; Hikvision replacement is only proposed, so still in use."))
