from lib import *
from xlsxlib import *
NN = "17"
write_request(NN, """Under the Freedom of Information Act 2000 please tell me, for Hereford & Worcester Fire and Rescue Service:
1) the number of CCTV cameras at each fire station, and in total;
2) the make and model of the cameras;
3) whether any of the cameras are Hikvision or Dahua products;
4) whether any cameras are fitted to fire appliances (vehicle cameras).
Thank you. Ben Hadley
""")
wb = Workbook()
ws = wb.active
ws.title = "Response"
rows = [["Q", "Response"],
        ["1", "See 'Camera breakdown' tab."],
        ["2", "See 'Camera breakdown' tab."],
        ["3", "There are no Hikvision cameras in use at any HWFRS premises."],
        ["4", "Yes - all front line appliances are fitted with forward-facing and reversing cameras (Brigade Electronics). These are not part of the premises CCTV and are not included in the breakdown."]]
write_rows(ws, rows, widths=[5, 110], wrap_cols=(2,))
ws["A8"] = "HWFRS FOI 2025-061 | Information Governance, HWFRS Headquarters, Hindlip Park, Worcester WR3 8SP | foi@hwfire.org.uk"
ws["A9"] = "You have the right to request an internal review within 40 working days and thereafter to complain to the Information Commissioner."
ws2 = wb.create_sheet("Camera breakdown")
data = [["Station", "Internal", "External", "Make", "Model"],
        ["Worcester", 4, 6, "Honeywell", "HQA-BC4-2M / HQA-DC4-2M"],
        ["Hereford", 3, 5, "Honeywell", "HQA-BC4-2M"],
        ["Kidderminster", 2, 4, "Honeywell", "HQA-BC4-2M"],
        ["Redditch", 2, 5, "Vista", "VK2-1080VFDIR"],
        ["Bromsgrove", 1, 3, "Vista", "VK2-1080VFDIR"],
        ["Evesham", 2, 3, "Honeywell", "HQA-DC4-2M"],
        ["Malvern", 1, 3, "Honeywell", "HQA-BC4-2M"],
        ["Leominster", 0, 2, "Vista", "VK2-1080BIR"],
        ["Ross-on-Wye", 0, 2, "Vista", "VK2-1080BIR"],
        ["Droitwich", 1, 2, "Honeywell", "HQA-BC4-2M"],
        ["Headquarters, Hindlip", 8, 6, "Vista", "VK2-1080VFDIR / VK2-1080XVRDPTZ"]]
write_rows(ws2, data, widths=[24, 10, 10, 14, 34])
ws2["A14"] = "Retained (on-call) stations not listed have no CCTV."
wb.save(path(f"{NN}-reply.xlsx"))
tot = sum(r[1] + r[2] for r in data[1:])
print(tot)
append_label(NN, "xlsx", "fire", "foia", "no", "yes", "answered", [], tot,
             "The reply denies Hikvision only, while the breakdown lists Honeywell HQA models (a Dahua-made line) with internal/external columns and no total row, and appliance cameras are excluded.")
