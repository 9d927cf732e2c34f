from docx import Document
from docx.shared import Pt
from common import out, add_label

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = doc.add_paragraph(); r = p.add_run("North Aldersey Hospitals\nNHS Foundation Trust"); r.bold = True; r.font.size = Pt(14)
doc.add_paragraph("Freedom of Information Office\nAldersey General Hospital\nPennington Lane, Aldersey AL7 2RB\nTel: 01632 960 771\nEmail: nah-tr.foi@nhs.net")
doc.add_paragraph("8 February 2024")
doc.add_paragraph("Ms P Ramanathan\nVia email")
doc.add_paragraph("Dear Ms Ramanathan")
p = doc.add_paragraph(); p.add_run("Re: Freedom of Information Request – Ref FOI-2324-1502").bold = True
doc.add_paragraph("I am writing in response to your request for information, received by the Trust on 11 January 2024. "
                  "Your questions are repeated below with the Trust's responses.")
p = doc.add_paragraph(); p.add_run("1) How many CCTV cameras are installed across Trust sites? Please break this down by site.\n"
                                   "2) What make (manufacturer) are the cameras at each site?").italic = True
doc.add_paragraph("Please see the table below, provided by the Trust's Estates and Facilities Security team.")
rows = [("Site", "Manufacturer", "No. of cameras"),
        ("Aldersey General Hospital", "Axis", "64"),
        ("Aldersey General Hospital", "HiWatch", "27"),
        ("St Brannoc's Community Hospital", "Hanwha (Samsung Wisenet)", "18"),
        ("Kelham Road Health Centre", "HiWatch", "9"),
        ("Trust HQ, Mercer House", "Axis", "12"),
        ("Aldersey Maternity Unit", "Axis", "21")]
t = doc.add_table(rows=0, cols=3); t.style = "Light Grid Accent 1"
for i, rw in enumerate(rows):
    cells = t.add_row().cells
    for c, v in zip(cells, rw):
        c.text = v
        if i == 0:
            for r in c.paragraphs[0].runs: r.bold = True
doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("3) Are any of the Trust's cameras produced by Hikvision or Dahua, or by companies owned by them?").italic = True
doc.add_paragraph("The Trust does not record the corporate ownership of equipment manufacturers. The manufacturers of the "
                  "Trust's cameras are as shown in the table above.")
p = doc.add_paragraph(); p.add_run("4) Has the Trust carried out a Data Protection Impact Assessment for its CCTV? If so please provide a copy.").italic = True
doc.add_paragraph("Yes. A copy of the Trust's CCTV DPIA (version 3, approved September 2023) is attached."
)
doc.add_paragraph("The information provided in this response is accurate as at the date of this letter and may be subject to change.")
doc.add_paragraph("If you are unhappy with the way in which your request has been handled, you may request an internal review "
                  "by writing to the Head of Information Governance at the address above within 40 working days. If you remain "
                  "dissatisfied you may complain to the Information Commissioner's Office (www.ico.org.uk).")
doc.add_paragraph("Yours sincerely")
doc.add_paragraph("FOI Team\nOn behalf of North Aldersey Hospitals NHS Foundation Trust")
doc.save(out("02-reply.docx"))

add_label(path="02-reply.docx", request_file="02-request.txt", format="docx", body_type="nhs", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=151,
          note="Per-site make/count table with no total row (sum 151); Hikvision only as its sub-brand HiWatch, and the maker question answered by pointing to the table.")
