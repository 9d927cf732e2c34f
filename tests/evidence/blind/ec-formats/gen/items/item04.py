import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "04"
REQ = """
Annwyl Syr/Madam / Dear Sir or Madam,

Freedom of Information request: CCTV equipment

1) How many CCTV cameras does Caerphilly County Borough Council operate (town centres, car parks, council buildings, depots)?
2) Please give a breakdown of these cameras by manufacturer.
3) Does the council use any equipment (cameras, recorders or software) made by Hikvision or Dahua?
4) Does the council's CCTV control room have the ability to use facial recognition?

Diolch / Thank you,
Rhodri Blethyn
"""

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
h = sec.header.paragraphs[0]
h.text = "Cyngor Bwrdeistref Sirol Caerffili\nCaerphilly County Borough Council"
h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in h.runs: r.bold = True
f = sec.footer.paragraphs[0]
f.text = ("Tŷ Penallta, Parc Tredomen, Ystrad Mynach, Hengoed CF82 7PG  •  www.caerphilly.example.gov.uk\n"
          "Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh")
for r in f.runs: r.font.size = Pt(8)

def p(text="", bold=False, align=None, size=None):
    para = doc.add_paragraph()
    r = para.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align is not None: para.alignment = align
    return para

p("Gofynnwch am / Please ask for: Sian Prosser\nFfôn / Tel: 01443 864 307\nEin Cyf / Our Ref: FOI-CCBC-24-1153\nDyddiad / Date: 3 December 2024", size=9)
p("Mr R Blethyn\nBy e-mail")
p("Dear Mr Blethyn,")
p("Request for Information – Freedom of Information Act 2000", bold=True)
p("I refer to your request for information received on 5 November 2024. The Council's response to each of your questions is provided below.")
p("1. How many CCTV cameras does the council operate?", bold=True)
p("The Council's CCTV cameras are broken down in the table below (question 2).")
p("2. Breakdown by manufacturer", bold=True)
docx_table(doc, [
    ["Manufacturer", "Cameras"],
    ["Axis Communications", "22"],
    ["Hikvision", "40"],
    ["Bosch", "8"],
    ["Total", "70"],
], widths=[8, 3])
p("")
p("Footage from the cameras listed above is recorded on the following equipment, which is located in the CCTV control room at Tredomen and in the depots:")
docx_table(doc, [
    ["Recording equipment", "Qty", "Location"],
    ["Dahua DHI-NVR5864-4KS2 network video recorder", "4", "Control room / Ty Dyffryn depot"],
    ["Genetec Security Center (VMS server)", "1", "Control room"],
], widths=[8, 1.5, 6])
p("")
p("3. Does the council use any equipment made by Hikvision or Dahua?", bold=True)
p("Please see the response to question 2.")
p("4. Facial recognition", bold=True)
p("No. The Council's CCTV system does not have facial recognition capability and there are no plans to introduce it.")
p("If you are dissatisfied with the way the Council has handled your request, you may ask for an internal review by contacting the Information Governance Unit at foi@caerphilly.example.gov.uk within 40 working days of the date of this letter. If you remain dissatisfied you have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH (Tel: 0330 414 6421).")
p("Yours sincerely,")
p("Sian Prosser\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer")

write_request(NN, REQ)
doc.save(out(f"{NN}-reply.docx"))
write_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx", body_type="welsh_council",
            law="foia", hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=70,
            note="Dahua appears only as the recorders (NVRs) in a second table, which count as Dahua equipment in use but not in the 70 cameras; Q3 answered by cross-reference.")
