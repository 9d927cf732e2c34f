"""07: council Word letter with a table of sites, cameras and makes, including a total row."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import out, write_request, write_label

write_request("07", """
Request under the Freedom of Information Act:

Q1. For each building or site operated by the Council, please state how many CCTV cameras are installed.
Q2. Please state the manufacturer and model of the cameras at each site.
Q3. Does the Council use any Hikvision cameras?
Q4. Does the Council use any Dahua cameras?

Kind regards,
Joanna Feltham
""")

sites = [
    ("Civic Centre, Harlow Road", 18, "Axis", "P3265-LVE / M3106-L Mk II"),
    ("Queensway Multi-Storey Car Park", 34, "Dahua", "IPC-HFW5442E-ZE / SD49225XA-HNR (PTZ)"),
    ("Water Gardens Car Park", 12, "Dahua", "IPC-HDBW2431E-S-S2"),
    ("Town Centre public space scheme (lamp-column cameras)", 41, "Bosch", "AUTODOME IP 5000i / 7100i"),
    ("Latton Bush Leisure Centre", 16, "Axis", "P3265-LVE"),
    ("Parndon Mill Depot", 9, "Axis", "M2036-LE"),
    ("Riverside Enterprise Units", 0, "n/a", "System decommissioned March 2024"),
]
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run("Harlow Vale District Council"); r.bold = True; r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x00, 0x5A, 0x3C)
d.add_paragraph("Legal & Governance Services\nCivic Centre, The Water Gardens, Harlow Vale CM20 1WG")
d.add_paragraph("Our ref: FOI/9931\nDate: 17 April 2025")
d.add_paragraph("Dear Ms Feltham,")
d.add_paragraph("Freedom of Information Act 2000 – Request for information").runs[0].bold = True
d.add_paragraph("I refer to your request received on 20 March 2025. I can confirm that the Council holds the information you "
                "have requested and it is provided below.")
d.add_paragraph("Q1 and Q2").runs[0].bold = True
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Site", "Cameras", "Manufacturer", "Model(s)"]):
    c.text = h; c.paragraphs[0].runs[0].bold = True
for s in sites:
    cells = t.add_row().cells
    for c, v in zip(cells, s):
        c.text = str(v)
total = sum(s[1] for s in sites)
cells = t.add_row().cells
cells[0].text = "Total"; cells[1].text = str(total)
for c in (cells[0], cells[1]):
    c.paragraphs[0].runs[0].bold = True
d.add_paragraph("")
d.add_paragraph("Q3").runs[0].bold = True
d.add_paragraph("No.")
d.add_paragraph("Q4").runs[0].bold = True
d.add_paragraph("Yes – please see the table above. The Dahua cameras at both car parks were installed by our parking "
                "contractor in 2020 and are scheduled for review when the parking contract is retendered.")
d.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. "
                "Internal review requests should be submitted within 40 working days of the date of this response and "
                "should be addressed to the Information Governance Manager at the address above or foi@harlowvale.gov.uk. "
                "If you are not content with the outcome of the internal review, you have the right to apply directly to "
                "the Information Commissioner for a decision.")
d.add_paragraph("Yours sincerely,\n\nD. Achterberg\nInformation Governance Officer")
d.save(out("07-reply.docx"))

write_label(path="07-reply.docx", request_file="07-request.txt", format="docx", body_type="council", law="foia",
            hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=total,
            note=f"Per-site table with a Total row ({total}) and a decommissioned zero row; Q3/Q4 answered tersely ('No.', 'Yes - see table').")
print(total)
