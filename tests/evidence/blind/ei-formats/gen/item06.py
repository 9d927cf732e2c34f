from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

req = """
Dear Wealdshire Police,

Please treat this as a request under FOIA 2000.

Q1 How many CCTV cameras does the force have at its police stations and custody suites?
Q2 Are any of these cameras manufactured by Hikvision or Dahua?
Q3 If yes to Q2, does the force have a plan to replace them and by when?
Q4 Does the force use live facial recognition technology?
Q5 Please provide a copy of the force's policy on the use of CCTV at its premises.

Regards
Tom Akinyemi
"""
write_request("06", req)

wb = Workbook()
ws = wb.active; ws.title = "FOI 004512-24"
thin = Side(style="thin", color="999999")
bd = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "WEALDSHIRE POLICE – FREEDOM OF INFORMATION RESPONSE"; ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
ws["A1"].fill = PatternFill("solid", fgColor="1F3A68"); ws.merge_cells("A1:C1")
ws["A2"] = "Reference: FOI 004512/24"; ws["A3"] = "Date of response: 09/01/2025"; ws["A4"] = "Classification: OFFICIAL"
ws["A6"] = "Q No."; ws["B6"] = "Request"; ws["C6"] = "Response"
for c in ("A6", "B6", "C6"):
    ws[c].font = Font(bold=True); ws[c].fill = PatternFill("solid", fgColor="D6DCE4"); ws[c].border = bd
rows = [
 ("Q1", "How many CCTV cameras does the force have at its police stations and custody suites?",
  "Information held but exempt – s24(1) National Security and s31(1)(a)(b) Law Enforcement. See 'Exemptions' tab."),
 ("Q2", "Are any of these cameras manufactured by Hikvision or Dahua?",
  "Wealdshire Police can neither confirm nor deny that it holds the information requested, by virtue of s24(2) and s31(3). See 'Exemptions' tab."),
 ("Q3", "If yes to Q2, does the force have a plan to replace them and by when?",
  "NCND – as Q2."),
 ("Q4", "Does the force use live facial recognition technology?",
  "No. Wealdshire Police does not deploy Live Facial Recognition (LFR). Officers can carry out retrospective searches of custody images through the Police National Database, which is a national system."),
 ("Q5", "Please provide a copy of the force's policy on the use of CCTV at its premises.",
  "Exempt under s21 – information reasonably accessible by other means. The policy 'Surveillance Camera Systems – Estates (POL-ES-031)' is published in the force Publication Scheme: https://www.wealdshire.police.uk/foi-ai/wealdshire-police/policies-and-procedures/"),
]
for i, r in enumerate(rows, start=7):
    for j, v in enumerate(r, start=1):
        c = ws.cell(row=i, column=j, value=v); c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = bd
ws.column_dimensions["A"].width = 7; ws.column_dimensions["B"].width = 48; ws.column_dimensions["C"].width = 80
for i in range(7, 12):
    ws.row_dimensions[i].height = 60
ws["A13"] = ("Your attention is drawn to the below which details your rights regarding complaints and re-use of this "
             "information. If you are dissatisfied you may request an internal review within 40 working days by emailing "
             "foi@wealdshire.police.uk. You may then complain to the Information Commissioner (ico.org.uk).")
ws["A13"].alignment = Alignment(wrap_text=True); ws.merge_cells("A13:C13"); ws.row_dimensions[13].height = 45
ws["A14"] = "Dean Harcourt, Freedom of Information Decision Maker, Information Management Unit, Wealdshire Police"
ws.merge_cells("A14:C14")

ex = wb.create_sheet("Exemptions")
ex.column_dimensions["A"].width = 130
txt = [
 "Section 17 of the Freedom of Information Act 2000 requires Wealdshire Police, when refusing to provide information by way of an exemption, to provide you with a notice which: (a) states that fact, (b) specifies the exemption in question and (c) states why the exemption applies.",
 "",
 "Q1 – Section 24(1) National Security; Section 31(1)(a)(b) Law Enforcement",
 "Both are prejudice-based qualified exemptions and require a harm test and public interest test.",
 "Harm: Police premises, including custody suites, are potential targets for criminal and terrorist activity. Disclosing the number of cameras at stations and custody suites, when combined with other requests made to this and other forces, would allow a picture to be built of the level of surveillance coverage across the estate, and of where it is weaker.",
 "Factors favouring disclosure: transparency about the use of public funds and the extent of surveillance.",
 "Factors favouring non-disclosure: protecting the security of the police estate, officers, staff and detained persons; not undermining the prevention and detection of crime.",
 "Balance test: the public interest favours non-disclosure.",
 "",
 "Q2/Q3 – Section 24(2) National Security; Section 31(3) Law Enforcement",
 "Confirming or denying whether particular manufacturers' equipment is used within the police estate would in itself disclose information about the force's security infrastructure and possible vulnerabilities. This response should not be taken as an indication that the information requested is or is not held.",
 "",
 "Q5 – Section 21 Information reasonably accessible to the applicant by other means. Absolute exemption – no public interest test required.",
]
for i, t_ in enumerate(txt, start=1):
    c = ex.cell(row=i, column=1, value=t_); c.alignment = Alignment(wrap_text=True)
    if t_.startswith("Q"):
        c.font = Font(bold=True)
wb.save(p("06-reply.xlsx"))

add_label(path="06-reply.xlsx", request_file="06-request.txt", format="xlsx", body_type="police",
          law="foia", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s24", "s31", "s21"], camera_count=None,
          note="Q/A sheet plus exemptions tab: count withheld, makers NCND, but the facial recognition question is answered so it is partial, not a refusal; s17 is only the notice.")
