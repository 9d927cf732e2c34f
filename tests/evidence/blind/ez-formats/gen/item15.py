"""15: police, body-worn video only, .csv with docking stations beside cameras and costs withheld s43."""
import csv
from common import *

NN = "15"
write_request(NN, """
Dear Wessex Vale Police,

This is a request under the Freedom of Information Act about body worn video (BWV) only.

1. How many body worn video cameras does the force currently have?
2. What is the make and model of each type?
3. Are any of them made by Hikvision or Dahua?
4. What was the unit cost of each type?

Please provide the information in a machine-readable format (CSV) if possible.

Kind regards,
Laura Fenwick
""")

rows = [
    ["Item", "Manufacturer", "Model", "Equipment type", "Quantity", "Unit cost (ex VAT)", "Year first procured"],
    ["1", "Axon", "Body 3", "Body worn camera", "1874", "Withheld - s43(2)", "2020"],
    ["2", "Axon", "Body 4", "Body worn camera", "412", "Withheld - s43(2)", "2024"],
    ["3", "Motorola Solutions", "VB400", "Body worn camera", "65", "Withheld - s43(2)", "2021"],
    ["4", "Axon", "Dock 8-Bay (Body 3)", "Docking station", "236", "Withheld - s43(2)", "2020"],
    ["5", "Axon", "Dock 8-Bay (Body 4)", "Docking station", "52", "Withheld - s43(2)", "2024"],
    ["6", "Motorola Solutions", "VT-series 14-port dock", "Docking station", "6", "Withheld - s43(2)", "2021"],
    [],
    ["Notes"],
    ["FOI ref 2025-0391. Data as at 31/03/2025 from Digital Evidence Management team."],
    ["Quantities include devices held as pool/spare devices at stations."],
    ["Unit costs are exempt under section 43(2) FOIA (commercial interests) - see covering letter for public interest test."],
]
cams = sum(int(r[4]) for r in rows[1:7] if r[3] == "Body worn camera")
with open(ROOT / f"{NN}-reply.csv", "w", newline="", encoding="utf-8-sig") as f:
    csv.writer(f).writerows(rows)

add_label(path=f"{NN}-reply.csv", request_file=f"{NN}-request.txt", format="csv",
          body_type="police", law="foia", hikvision="no", dahua="no", outcome="partially_answered",
          exemptions=["s43"], camera_count=cams,
          note="BWV-only request answered by a CSV: count sums camera rows only (docking stations listed beside them); makers complete list (Axon, Motorola) so both 'no'; unit costs withheld s43 in cells.")
print(cams)
