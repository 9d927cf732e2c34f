import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

N = 3
write_text(f"{N:02d}-request.txt", """
Dear Wessex Vale Police,

I am writing under the Freedom of Information Act to ask about CCTV on the force's own estate (stations, custody suites, HQ, other premises - not public space CCTV run by councils).

(a) How many CCTV cameras are installed across the force estate? A breakdown by site would be helpful.
(b) Who are the manufacturers of these cameras?
(c) Specifically, are any manufactured by Hikvision or Dahua, or by brands they own?
(d) If yes to (c), are there any plans to replace them?

Thanks
Gethin Marlow
""")

wb = Workbook()
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 120
lines = [
    ("WESSEX VALE POLICE - FREEDOM OF INFORMATION RESPONSE", True),
    ("Reference No: 000931/24", True),
    ("Date: 19/06/2024", False),
    ("", False),
    ("Request", True),
    ("You asked for information regarding CCTV cameras installed across the force estate (see request wording on the 'Request' tab).", False),
    ("", False),
    ("Response", True),
    ("Wessex Vale Police has now completed its searches for the information you requested. The force holds information relevant to your request.", False),
    ("(a) The number of CCTV cameras on the force estate is provided by site on the tab 'Q(a) Sites'. Cameras are shown as fixed or PTZ.", False),
    ("(b), (c) and (d) Wessex Vale Police can neither confirm nor deny that it holds any other information relevant to these parts of your request by virtue of the following exemptions:", False),
    ("        Section 24(2) National Security", False),
    ("        Section 31(3) Law Enforcement", False),
    ("Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to evidence the harm and carry out a public interest test.", False),
    ("Overall harm: To confirm or deny the manufacturers of security equipment deployed on the police estate would allow individuals intent on criminal or terrorist activity to identify vulnerabilities in the protective security of police premises. This would be to the detriment of the force's ability to prevent and detect crime and to protect the public.", False),
    ("Public interest considerations favouring confirmation or denial: there is a public interest in transparency about how public money is spent and in assurance that the force is taking account of government guidance on surveillance equipment from certain suppliers.", False),
    ("Public interest considerations favouring neither confirming nor denying: the security of the police estate; the mosaic effect of disclosures made by other forces in response to similar requests; the force's ability to carry out its core functions.", False),
    ("Balance test: having weighed the above, the force considers that the balance lies in favour of neither confirming nor denying whether any further information is held. This should not be taken as an indication that the information you have requested is or is not held.", False),
    ("", False),
    ("Section 17 of the Freedom of Information Act 2000 requires the force, when refusing to provide information, to provide you with a notice which: (a) states that fact, (b) specifies the exemption(s) in question and (c) states why the exemption applies. This letter acts as that Refusal Notice.", False),
    ("", False),
    ("Complaint Rights: If you are dissatisfied with this response you can request an internal review by writing to the Information Rights Unit, Wessex Vale Police Headquarters, Quarry Lane, Castleford Magna, WV4 8TT, within 40 working days. If you remain dissatisfied following the internal review you may apply to the Information Commissioner.", False),
    ("", False),
    ("Yours sincerely, Priya Landsdowne, Information Rights Unit", False),
]
for i, (txt, b) in enumerate(lines, 1):
    c = ws.cell(row=i, column=1, value=txt)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if b:
        c.font = Font(bold=True)

wr = wb.create_sheet("Request")
wr.column_dimensions["A"].width = 110
req = ["(a) How many CCTV cameras are installed across the force estate? A breakdown by site would be helpful.",
       "(b) Who are the manufacturers of these cameras?",
       "(c) Specifically, are any manufactured by Hikvision or Dahua, or by brands they own?",
       "(d) If yes to (c), are there any plans to replace them?"]
for i, r in enumerate(req, 1):
    wr.cell(row=i, column=1, value=r).alignment = Alignment(wrap_text=True)

wd = wb.create_sheet("Q(a) Sites")
thin = Side(style="thin", color="999999")
hdr = ["Site", "Site type", "Fixed", "PTZ", "Comments"]
fill = PatternFill("solid", fgColor="1F3864")
for j, h in enumerate(hdr, 1):
    c = wd.cell(row=1, column=j, value=h)
    c.font = Font(bold=True, color="FFFFFF"); c.fill = fill
sites = [
    ("Force HQ Quarry Lane", "HQ", 64, 6, ""),
    ("Castleford Magna", "Station + custody", 58, 4, "incl. 22 cell cameras"),
    ("Wellbury", "Station + custody", 47, 3, "incl. 18 cell cameras"),
    ("Pennock Street, Sarum", "Station", 19, 2, ""),
    ("Tidworth Cross", "Station", 12, 0, ""),
    ("Ambermere", "Station", 9, 1, ""),
    ("Little Odstock", "Police office", 4, 0, "shared with parish council"),
    ("Hartfield", "Station", 11, 0, ""),
    ("Netherby Vehicle Workshop", "Support", 16, 2, ""),
    ("Firearms Training Centre", "Support", 21, 1, ""),
    ("Property Store, Kingsbridge Estate", "Support", 14, 0, ""),
    ("Coombe Norton", "Station", 8, 0, "refurb 2024 - new cameras Q3"),
    ("Sarum Custody Centre", "Custody", 71, 3, "incl. 40 cell cameras"),
    ("Dog Section Kennels", "Support", 6, 0, ""),
]
for i, row in enumerate(sites, 2):
    for j, v in enumerate(row, 1):
        c = wd.cell(row=i, column=j, value=v)
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
wd.cell(row=len(sites) + 3, column=1, value="Note: figures exclude ANPR cameras, in-vehicle cameras and body worn video. Figures as at 31/05/2024.")
wd.cell(row=len(sites) + 4, column=1, value="Coombe Norton: 6 additional fixed cameras are planned as part of the refurbishment and are not included above.")
for col, w in zip("ABCDE", [36, 20, 8, 8, 34]):
    wd.column_dimensions[col].width = w
wb.save(out(f"{N:02d}-reply.xlsx"))

total = sum(s[2] + s[3] for s in sites)
print("total", total)
label(N, "xlsx", "xlsx", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], total,
      "workbook: refusal text on first tab, per-site fixed/PTZ counts on a third tab with no total row; planned cameras noted outside the table")
