from common import *
import csv

req = """
Dear Ribbledale Borough Council,

Freedom of Information request - fly-tipping cameras

1) How many cameras does the council use to detect fly-tipping?
2) What make and model are they?
3) Are any of them made by Hikvision or Dahua?
4) Where have they been deployed in the last 12 months?
5) How many fixed penalty notices were issued in 2023/24 using evidence from these cameras?

Regards,
Shauna McAteer
"""
write_request("22", req)

rows = [
 ["Ribbledale Borough Council", "Environmental Information Regulations 2004 - Response", "Ref: EIR/2024/0331", "Date: 04/06/2024"],
 ["Your request concerns measures to prevent the unlawful deposit of waste and has therefore been handled under the EIR rather than FOIA (reg. 2(1)(c))."],
 [],
 ["Camera ID", "Make", "Model", "Type", "Power / comms", "Deployment location (Q4)"],
]
for i in range(1, 13):
    if i <= 9:
        mk, mdl, typ, pw = "Hikvision", "DS-2XS6A25G0-I/CH20S40", "Solar 4G bullet", "Solar + 4G"
    else:
        mk, mdl, typ, pw = "Enforcer Cameras Ltd", "ECL-Covert 4G (Mk3)", "Covert redeployable", "Battery + 4G"
    rows.append([f"RBC-FT-{i:02d}", mk, mdl, typ, pw, "Withheld - EIR 12(5)(a)"])
rows += [
 [],
 ["Q3", "Yes - see Make column. The Enforcer units use the manufacturer's own camera module."],
 ["Q4", "Locations withheld under regulation 12(5)(a) (public safety). Publishing where cameras have been placed would allow offenders to avoid those sites. Public interest test applied - the public interest in maintaining the exception outweighs disclosure. The presumption in favour of disclosure (reg 12(2)) has been taken into account."],
 ["Q5", "87 FPNs (£400 each, reduced to £250 if paid within 10 days) were issued in 2023/24 where camera footage formed part of the evidence."],
 ["Note", "Regulation 13 (personal data) was considered in relation to the FPN figures but does not apply as no individual can be identified."],
 ["Review", "You may ask for an internal review within 40 working days (reg. 11). If still dissatisfied, contact the ICO: www.ico.org.uk."],
 ["Officer", "Tariq Hussain, Information Governance, Ribbledale Borough Council, Town Hall, Clitheroe BB7 2RA"],
]
with open(p("22-reply.csv"), "w", encoding="cp1252", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)

add_label(path="22-reply.csv", request_file="22-request.txt", format="csv", body_type="council",
          law="eir", hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["EIR 12(5)(a)"], camera_count=12,
          note="cp1252 CSV under EIR about fly-tipping cameras: count is 12 camera rows (9 Hikvision + 3 Enforcer) with no total; locations withheld 12(5)(a); reg 13 considered but not applied; 87 is FPNs.")
note("22: dahua='no' assumes the 12-row list is the whole fly-tipping camera estate (it is presented as the answer to Q1/Q2); Enforcer units said to use 'the manufacturer's own camera module'.")
