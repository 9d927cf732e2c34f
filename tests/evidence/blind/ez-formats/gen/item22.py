"""22: Scottish university (FOISA), .ods: response sheet + campus x make grid; Honeywell HQA (Dahua OEM); costs withheld s33."""
from common import *
from odf_helpers import *

NN = "22"
write_request(NN, """
Dear University of Strathkelvin

Request under the Freedom of Information (Scotland) Act 2002:

1. Total number of CCTV cameras operated by the University
2. Numbers by campus and by manufacturer
3. Are any of the cameras manufactured by Hikvision or Dahua (including white-labelled products)?
4. The annual value of the CCTV maintenance contract and the name of the contractor

Thank you
Ewan Sutherland
""")

makes = ["Axis", "Honeywell HQA", "Vivotek"]
grid = [
    ("Gilmorehill Campus", [48, 22, 0]),
    ("King's Park Campus", [0, 37, 11]),
    ("Riverside Innovation Centre", [19, 0, 0]),
    ("Dalmeny Halls of Residence", [0, 44, 0]),
    ("Scotstoun Sports Village", [6, 0, 15]),
]
total = sum(sum(v) for _, v in grid)
rows = [["Campus"] + makes + ["Total"]]
for site, v in grid:
    rows.append([site] + [x for x in v] + [sum(v)])
rows.append(["Total"] + [sum(v[i] for _, v in grid) for i in range(3)] + [total])

resp = [
    ["University of Strathkelvin - FOI response FOI/2024/0419 (issued 02/10/2024)"],
    [""],
    ["Q1", "See sheet 'By campus'."],
    ["Q2", "See sheet 'By campus'."],
    ["Q3", "The University does not use Hikvision or Dahua branded cameras."],
    ["Q4", "The contractor is Clyde Integrated Security Ltd. The contract value is withheld under section 33(1)(b) of FOISA (commercial interests) as the contract is due for re-tender in 2025 and disclosure would be likely to prejudice substantially the commercial interests of the University and the contractor. The public interest favours withholding."],
    [""],
    ["Review: if you are dissatisfied you may ask the University to review its decision within 40 working days (foi@strathkelvin.ac.uk). You may then apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, KY16 9DS."],
]
doc = new_ods()
sheet(doc, "Response", resp, widths=["mid", "wide"], head_rows=())
sheet(doc, "By campus", rows, widths=["wide", "mid", "mid", "mid", "mid"], bold_rows="last")
doc.save(str(ROOT / f"{NN}-reply.ods"))

add_label(path=f"{NN}-reply.ods", request_file=f"{NN}-request.txt", format="ods",
          body_type="university", law="foisa", hikvision="no", dahua="yes", outcome="partially_answered",
          exemptions=["s33"], camera_count=total,
          note="Says no 'Hikvision or Dahua branded' cameras but the make grid shows Honeywell HQA (Dahua-made) in use; Hikvision no from the complete make grid; contract value withheld FOISA s33.")
print(total)
