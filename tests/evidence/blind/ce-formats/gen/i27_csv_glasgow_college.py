from common import *
import csv

NN = "27"
write_request(NN, """
City of Glasgow College

FOISA request:
1. Total number of CCTV cameras at the City and Riverside campuses
2. Number made by Hikvision
3. Number made by Dahua
4. A floor-by-floor list of camera positions
5. Retention period for footage

Please reply in a machine-readable format (CSV).

Ewan Baird
""")
rows = [
    ["Reference", "CGC-FOI-2024-077", ""],
    ["Date of response", "2024-03-05", ""],
    ["Legislation", "Freedom of Information (Scotland) Act 2002", ""],
    ["Question no.", "Question", "Response"],
    ["1", "Total number of CCTV cameras at the City and Riverside campuses", "City campus 97; Riverside campus 45"],
    ["2", "Number made by Hikvision", "20 (Riverside campus only)"],
    ["3", "Number made by Dahua", "Nil"],
    ["4", "A floor-by-floor list of camera positions",
     "Withheld - section 35(1)(a) FOISA (prevention or detection of crime). The public interest favours withholding."],
    ["5", "Retention period for footage", "31 days unless retained for an investigation"],
    ["", "Review rights", "You may request a review within 40 working days (foi@cityofglasgowcollege.example.ac.uk) and "
     "then apply to the Scottish Information Commissioner."],
]
with open(out(f"{NN}-reply.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)
label(NN, "csv", "other", "foisa", "yes", "no", "partially_answered", ["s35"], 142,
      "Q/A in CSV cells; count split by campus with no total; Dahua 'Nil'; positions withheld FOISA s35")
