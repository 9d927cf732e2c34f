from common import *
from odf.opendocument import OpenDocumentSpreadsheet

NN = "09"
req = """To: NHS Fife Freedom of Information

Under FOISA please provide:

Question 1: How many CCTV cameras does NHS Fife operate across its hospitals and health centres?
Question 2: How many of these are manufactured by Hikvision?
Question 3: How many are manufactured by Dahua?
Question 4: What did NHS Fife spend on CCTV installation in each of the last three financial years?

Regards
Morag Lindsay-Petrie
"""
write_request(NN, req)

doc = OpenDocumentSpreadsheet()
resp = [
 ["NHS Fife", "Freedom of Information (Scotland) Act 2002"],
 ["Our reference", "FOI 2024-517"],
 ["Date", "19 November 2024"],
 [],
 ["Question", "Answer"],
 ["Question 1", "See tab 'By site'."],
 ["Question 2", 0],
 ["Question 3", "41 - these are at Queen Margaret Hospital and are due to be replaced under the Board's security "
                "upgrade programme by 31/03/2026."],
 ["Question 4", "NHS Fife does not hold this information in the form requested. CCTV installation costs are not "
                "separately identified within Estates expenditure codes and cannot be extracted. In terms of section "
                "17 of FOISA, we are giving you notice that this information is not held."],
 [],
 ["If you are unhappy with our response, you may ask NHS Fife to carry out an internal review within 40 working days "
  "by contacting fife.foi@nhs.scot. If you remain dissatisfied you can apply to the Scottish Information Commissioner "
  "for a decision: www.foi.scot/appeal."],
 ["Ewan Strachan, Information Governance & Security"],
]
ods_sheet(doc, "FOI 2024-517", resp, bold_rows=(0, 4), colwidths=["3.5cm", "18cm"])
sites = [
 ("Victoria Hospital, Kirkcaldy", 96, 38, ""),
 ("Queen Margaret Hospital, Dunfermline", 44, 19, ""),
 ("Stratheden Hospital, Cupar", 12, 8, ""),
 ("Whyteman's Brae Hospital", 6, 5, ""),
 ("St Andrews Community Hospital", 9, 4, ""),
 ("Randolph Wemyss Memorial Hospital", 3, 2, ""),
 ("Health centres (various)", 22, 0, "Internal reception cameras only"),
 ("Kirkcaldy Health & Wellbeing Centre", 10, 4, "Planned - building due to open 2025"),
]
rows = [["Site", "Internal", "External", "Total", "Notes"]] + [[s, i, e, i + e, n] for s, i, e, n in sites]
ods_sheet(doc, "By site", rows, bold_rows=(0,), colwidths=["8cm", "2.5cm", "2.5cm", "2.5cm", "7cm"])
out = ROOT / f"{NN}-reply.ods"; doc.save(str(out))
total = sum(i + e for s, i, e, n in sites if not n.startswith("Planned"))
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="ods", body_type="nhs", law="foisa",
    hikvision="no", dahua="yes", outcome="partially_answered", exemptions=["s17"], camera_count=total,
    note=f"Bare numeric '0' for Hikvision; Dahua units due for replacement by a future date are in use; per-site totals with no grand total and a planned site row that must be excluded (sum {total}); FOISA s17 not-held notice for costs.")
