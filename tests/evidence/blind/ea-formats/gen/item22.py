from common import *
import csv, io

NN = "22"
req = """Dear Sheffield Hallam University,

Under the Freedom of Information Act 2000, please provide:

a) Total number of CCTV cameras on campus
b) Is any of the CCTV equipment manufactured by Hikvision?
c) Is any manufactured by Dahua?
d) Do any cameras record audio?
e) Name of the CCTV maintenance contractor
f) Annual CCTV maintenance cost

Thank you
Owen Treharne
"""
write_request(NN, req)

rows = [
 ["Sheffield Hallam University - FOI response ref FOI-2025-0042 - 28/01/2025", ""],
 ["Question", "Response"],
 ["a) Total number of CCTV cameras on campus", "approx. 720 (City Campus and Collegiate Crescent)"],
 ["b) Is any of the CCTV equipment manufactured by Hikvision?", "Yes (recorders only - see note 1)"],
 ["c) Is any manufactured by Dahua?", "No"],
 ["d) Do any cameras record audio?", "No"],
 ["e) Name of the CCTV maintenance contractor", "Sentinel Integrated Security Ltd"],
 ["f) Annual CCTV maintenance cost",
  "Withheld - section 43(2) FOIA (commercial interests). The contract is due for re-tender in 2025 and disclosure "
  "of the annual cost would be likely to prejudice the University's position. Public interest test: see covering letter."],
 ["Note 1", "The 6 Hikvision NVRs at Collegiate Crescent are scheduled for replacement in summer 2025. No Hikvision "
            "cameras are in use."],
 ["Review rights", "If you are dissatisfied with this response you can request an internal review within 40 working "
                   "days (foi@shu.ac.uk) and then complain to the ICO."],
]
buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
for r in rows: w.writerow(r)
out = ROOT / f"{NN}-reply.csv"; out.write_text(buf.getvalue(), encoding="utf-8")
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="csv", body_type="university", law="foia",
    hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s43"], camera_count=720,
    note="Hikvision is 'yes' only through in-use NVRs due for future replacement, despite 'No Hikvision cameras are in use'; approximate count 'approx. 720'; the 6 NVRs are not cameras; cost withheld s43.")
