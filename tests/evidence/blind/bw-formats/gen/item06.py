from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

N = 6
write_request(N, """
Dear University of Leicester,

I would like to make a request under the FOI Act for the following:

(a) the number of CCTV cameras operated by the University, broken down by campus if possible;
(b) the manufacturers of the cameras and of the recording equipment;
(c) whether any of the University's CCTV equipment (cameras or recorders) is made by Hikvision or Dahua;
(d) the annual cost of maintaining the system.

Please provide the information in a spreadsheet.

Regards,
Callum Threlfall
""")

wb = Workbook()
bold = Font(bold=True); fill = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)

campuses = {
    "Main Campus": [("Fielding Johnson Building", 22, "Axis", 2), ("David Wilson Library", 31, "Axis", 2),
                    ("Percy Gee Building (SU)", 27, "Axis / Hanwha", 2), ("Attenborough Tower", 14, "Hanwha", 1),
                    ("Engineering Building", 18, "Axis", 1), ("Charles Wilson Building", 12, "Hanwha", 1),
                    ("Centre for Medicine", 24, "Axis", 2), ("Campus external / car parks", 39, "Axis", 3)],
    "Brookfield": [("Brookfield House", 9, "Hanwha", 1), ("Brookfield grounds", 6, "Hanwha", 1)],
    "Oadby Student Village": [("Villiers Park", 21, "Axis", 1), ("Beaumont Hall", 11, "Hanwha", 1),
                              ("Gilbert Murray Hall", 13, "Hanwha", 1), ("Oadby external", 17, "Axis", 1)],
    "Freemen's Common": [("Freemen's Common residences", 28, "Axis", 2), ("Nixon Court", 8, "Hanwha", 1)],
}
ws = wb.active; ws.title = "Summary"
ws.merge_cells("A1:E1"); ws["A1"] = "University of Leicester – Estates & Campus Services – CCTV summary"; ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A2:E2"); ws["A2"] = "Response to FOI request ref. FOI/2023/442"
ws.merge_cells("A4:A5"); ws["A4"] = "Campus"
ws.merge_cells("B4:C4"); ws["B4"] = "Equipment"
ws["B5"] = "Cameras"; ws["C5"] = "NVRs"
ws.merge_cells("D4:D5"); ws["D4"] = "Camera manufacturer(s)"
ws.merge_cells("E4:E5"); ws["E4"] = "Recorder manufacturer"
for row in ws["A4:E5"]:
    for c in row: c.font = bold; c.fill = fill; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = box
r = 6; tc = tn = 0
for camp, sites in campuses.items():
    cams = sum(s[1] for s in sites); nv = sum(s[3] for s in sites)
    mk = sorted({m.strip() for s in sites for m in s[2].split("/")})
    for j, v in enumerate([camp, cams, nv, ", ".join(mk), "Hikvision"], 1):
        ws.cell(r, j, v).border = box
    tc += cams; tn += nv; r += 1
for j, v in enumerate(["Total", tc, tn, "", ""], 1):
    c = ws.cell(r, j, v); c.font = bold; c.border = box
ws.column_dimensions["A"].width = 26; ws.column_dimensions["D"].width = 26; ws.column_dimensions["E"].width = 22
for camp, sites in campuses.items():
    w = wb.create_sheet(camp[:28])
    w.merge_cells("A1:D1"); w["A1"] = camp; w["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Building / zone", "No. of cameras", "Camera make", "NVRs (HIKVISION DS-9600 series)"], 1):
        c = w.cell(3, j, h); c.font = bold; c.fill = fill; c.border = box
    rr = 4
    for s in sites:
        for j, v in enumerate([s[0], s[1], s[2], s[3]], 1):
            w.cell(rr, j, v).border = box
        rr += 1
    for j, v in enumerate(["Sub-total", sum(s[1] for s in sites), "", sum(s[3] for s in sites)], 1):
        c = w.cell(rr, j, v); c.font = bold; c.border = box
    w.column_dimensions["A"].width = 32; w.column_dimensions["C"].width = 16; w.column_dimensions["D"].width = 30
n = wb.create_sheet("Notes")
for k, t in enumerate([
    "Notes",
    "(a) Camera figures are as recorded on the Estates CCTV maintenance schedule on 1 November 2023.",
    "(b)/(c) Cameras are manufactured by Axis Communications and Hanwha Vision. Network video recorders are manufactured by Hikvision. No other manufacturers' equipment is in use.",
    "(c) The University is reviewing its recording infrastructure in light of the Cabinet Office guidance of November 2022. No decision has been taken.",
    "(d) Annual maintenance cost 2022/23: £48,210 (ex VAT), contractor: Reliance High-Tech Ltd.",
    "",
    "You have the right to request an internal review by writing to foi@le.ac.uk within 40 working days, and thereafter to complain to the ICO.",
], 1):
    n.cell(k, 1, t).alignment = Alignment(wrap_text=True)
n["A1"].font = bold; n.column_dimensions["A"].width = 120
wb.save(out(N, "xlsx"))
print(tc, tn)
add_label(N, "xlsx", "university", "foia", "yes", "no", "answered", [], tc,
          "cameras Axis/Hanwha but NVRs Hikvision (recorders count as maker use); NVR column sits next to camera totals; complete maker list omits Dahua")
