from common import *
from docx import Document
from docx.shared import Pt

NN = "05"
write_request(NN, """
Dear Sir/Madam

I am writing to make a request under the Freedom of Information Act. For each school in the Trust please tell me

- how many CCTV cameras there are (internal and external)
- what make the cameras are
- whether any are supplied by Hikvision or Dahua
- whether the footage is monitored off-site, and by whom

Many thanks
Tom Berridge
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = doc.add_paragraph(); r = p.add_run("Severn Vale Learning Trust"); r.bold = True; r.font.size = Pt(15)
doc.add_paragraph("Central Team, Unit 4 Kingfisher Court, Tewkesbury GL20 8DN  ·  governance@severnvale.org.uk")
doc.add_paragraph("FOI ref SVLT/FOI/24/019          11 June 2024")
doc.add_paragraph("Dear Mr Berridge,")
doc.add_paragraph("Thank you for your Freedom of Information request dated 13 May 2024. Please find the Trust's response below.")
doc.add_paragraph("Table 1 – CCTV cameras by academy").runs[0].bold = True
data = [("Academy", "Internal", "External", "Total"),
        ("Cotswold Edge Academy (11–18)", "22", "14", "36"),
        ("Riverside Academy (11–16)", "19", "12", "31"),
        ("Ashchurch Primary", "6", "5", "11"),
        ("Bredon View Primary", "4", "6", "10"),
        ("St Kenelm's CE Primary", "3", "4", "7"),
        ("Northway Infant School", "2", "3", "5"),
        ("Trust total", "56", "44", "100")]
t = doc.add_table(rows=0, cols=4); t.style = "Light Grid Accent 1"
for row in data:
    cells = t.add_row().cells
    for c, v in zip(cells, row): c.text = v
for c in t.rows[-1].cells: c.paragraphs[0].runs[0].bold = True
doc.add_paragraph()
doc.add_paragraph("Table 2 – camera make").runs[0].bold = True
data2 = [("Academy", "Make", "Recording", "Installed / maintained by"),
         ("Cotswold Edge Academy", "Avigilon H5A", "Avigilon NVR", "Westgate Fire & Security"),
         ("Riverside Academy", "Avigilon H5A / H4", "Avigilon NVR", "Westgate Fire & Security"),
         ("Ashchurch Primary", "Imou Bullet 2", "Cloud / SD card", "School site team"),
         ("Bredon View Primary", "Imou", "Cloud / SD card", "School site team"),
         ("St Kenelm's CE Primary", "Avigilon", "Avigilon NVR", "Westgate Fire & Security"),
         ("Northway Infant School", "Imou", "Cloud / SD card", "School site team")]
t = doc.add_table(rows=0, cols=4); t.style = "Light Grid Accent 1"
for row in data2:
    cells = t.add_row().cells
    for c, v in zip(cells, row): c.text = v
doc.add_paragraph()
doc.add_paragraph("Hikvision / Dahua – please see Table 2 above, which lists every make of camera in use across the Trust.")
doc.add_paragraph("Monitoring – footage is not monitored off-site at any academy. Recordings are reviewed on site by "
                  "authorised staff only when an incident is reported.")
doc.add_paragraph("If you are not satisfied with this response you may ask for an internal review by contacting the "
                  "Governance Lead at the address above. You also have the right to complain to the Information "
                  "Commissioner's Office.")
doc.add_paragraph("Yours sincerely\n\nRachel Ainsworth\nTrust Governance Lead")
doc.save(out(f"{NN}-reply.docx"))
add_label(NN, "docx", "academy", "foia", "no", "yes", "answered", [], 100,
          "Dahua only via sub-brand Imou at three primaries; the Hik/Dahua question is answered by pointing to a make table; per-site table with a total row (100).")
