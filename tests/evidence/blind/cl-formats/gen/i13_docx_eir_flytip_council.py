from docx import Document
from common import *

NN = "13"
write_request(NN, """
To South Fenwold District Council

I understand the council uses cameras to catch fly-tippers. Please could you tell me:
Q1 How many fly-tipping / environmental enforcement cameras the council has deployed at present, and in which wards?
Q2 The exact locations (street names) of each camera.
Q3 What make the cameras are.
Q4 How many fixed penalty notices resulted in 2023/24.

Thanks,
Denise Whorlow
""")
d = Document()
d.add_paragraph("South Fenwold District Council\nEnvironmental Services\nCouncil Offices, Priory Walk, Fenwold PE19 4AD")
d.add_paragraph("Your ref: email 12/02/2024\nOur ref: EIR/2024/0143\n8 March 2024")
d.add_paragraph("Dear Ms Whorlow,")
d.add_paragraph("Environmental Information Regulations 2004", style=None).runs[0].bold = True
d.add_paragraph("Your request concerns measures to prevent the unlawful deposit of waste and has therefore been "
                "handled under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of "
                "Information Act.")
d.add_paragraph("The deployable cameras currently in place, by ward, are as follows:")
rows = [("Ward", "Cameras", "Status"),
        ("Fenwold Central", "3", "Deployed"),
        ("Holbeach Marsh", "4", "Deployed"),
        ("Sutton Drove", "2", "Deployed"),
        ("Gedney Fen", "2", "Deployed"),
        ("Long Sutton East", "3", "To be deployed April 2024"),
        ("Crowland", "1", "Deployed")]
t = d.add_table(rows=0, cols=3)
t.style = "Table Grid"
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v
d.add_paragraph("")
d.add_paragraph("The cameras are EZVIZ 4G battery units purchased in 2022, together with two older Mobotix units.")
d.add_paragraph("We are withholding the street-level locations requested at Q2 under Regulation 12(5)(b) of the EIR "
                "(the course of justice and the ability of a public authority to conduct an inquiry of a criminal "
                "nature). Publishing these would allow offenders to avoid the cameras and would undermine ongoing "
                "investigations. We have considered the public interest and the presumption in favour of disclosure "
                "at Regulation 12(2), and concluded that the public interest in maintaining the exception outweighs "
                "that in disclosure.")
d.add_paragraph("Fixed penalty notices issued for fly-tipping in 2023/24 following camera evidence: 27.")
d.add_paragraph("If you are dissatisfied with this response you may make representations under Regulation 11 of the "
                "EIR within 40 working days. " + ICO.split(". ", 2)[2])
d.add_paragraph("Yours sincerely,\n\nKeith Mabey\nEnvironmental Enforcement Team Leader\n01632 944 670")
d.save(out(f"{NN}-reply.docx"))
label(NN, f"{NN}-reply.docx", "docx", "council", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(b)"], 12,
      "Hard: EIR reply; ward table has no total and one row 'to be deployed' (3) to exclude, 3+4+2+2+1=12; "
      "Hikvision only via EZVIZ sub-brand; makers listed completely; reg 11/12(2) are not exceptions.")
