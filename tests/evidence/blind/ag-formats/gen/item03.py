from lib import *
from xlsxlib import *
NN = "03"
write_request(NN, """To the Data Protection / FOI lead, Greenwood Academies Trust

I am researching the use of surveillance equipment in schools. Under FOIA please tell me:

Q1 How many CCTV cameras are installed across the Trust's academies?
Q2 Please provide for each academy the make and model of cameras used.
Q3 Are any of the cameras supplied by Hikvision or Dahua, or any of their subsidiary brands?
Q4 Are cameras installed in toilets or changing areas?

An asset list in spreadsheet format would be fine.

Thanks
Tom Ashworth
""")
wb = Workbook()
ws = wb.active
ws.title = "CCTV asset list"
rows = [["Academy", "Location", "Camera type", "Make", "Model", "Qty", "Recorder", "Installed"],
        ["Bulwell Academy", "Main entrance / reception", "Dome", "HiWatch", "HWI-D121H", 4, "HiWatch HWN-4108MH", "2019"],
        ["Bulwell Academy", "Perimeter / car park", "Bullet", "HiWatch", "HWI-B140H", 9, "HiWatch HWN-4108MH", "2019"],
        ["Bulwell Academy", "Corridors (ground + 1st)", "Dome", "HiWatch", "HWI-D121H", 8, "HiWatch HWN-4108MH", "2019"],
        ["Kettering Park Academy", "External", "Bullet", "Uniview", "IPC2124LB-SF40KM-G", 12, "Uniview NVR302", "2021"],
        ["Kettering Park Academy", "Dining hall", "Turret", "Uniview", "IPC3614SB-ADF28KM-I0", 2, "Uniview NVR302", "2021"],
        ["Kettering Park Academy", "Corridors", "Dome", "Uniview", "IPC322LB-SF28-A", 6, "Uniview NVR302", "2021"],
        ["Weavers Academy", "External", "PTZ", "Hanwha", "XNP-6320H", 1, "Hanwha XRN-820S", "2022"],
        ["Weavers Academy", "External", "Bullet", "Hanwha", "XNO-6080R", 10, "Hanwha XRN-820S", "2022"],
        ["Weavers Academy", "Internal - corridors, stairs", "Dome", "Hanwha", "XND-6080RV", 15, "Hanwha XRN-820S", "2022"],
        ["Weavers Academy", "Toilet block (communal handwash area only)", "Dome", "Hanwha", "XND-6080RV", 2, "Hanwha XRN-820S", "2022"],
        ["Nottingham Greenwood Primary", "Entrance / gates", "Bullet", "HiWatch", "HWI-B140H", 3, "HiWatch HWN-2104H", "2018"],
        ["Nottingham Greenwood Primary", "Playground", "Turret", "HiWatch", "HWI-T240H", 2, "HiWatch HWN-2104H", "2018"],
        ["Skegness Academy", "External", "Bullet", "Uniview", "IPC2124LB-SF40KM-G", 14, "Uniview NVR304", "2020"],
        ["Skegness Academy", "Internal", "Dome", "Uniview", "IPC322LB-SF28-A", 11, "Uniview NVR304", "2020"],
        ]
end = write_rows(ws, rows, widths=[28, 38, 12, 10, 22, 6, 22, 10])
ws.cell(row=end + 1, column=1, value="Source: Trust estates register, exported 05/02/2025. No cameras are sited within toilet cubicles or changing rooms.")
ws.freeze_panes = "A2"
ws2 = wb.create_sheet("Notes")
ws2["A1"] = "FOI ref GAT-FOI-0219"
ws2["A1"].font = BOLD
ws2["A3"] = "Q1 - see asset list tab (quantities by location)."
ws2["A4"] = "Q2 - see asset list tab."
ws2["A5"] = "Q3 - see asset list tab (Make column)."
ws2["A6"] = "Q4 - No cameras in toilets cubicles or changing rooms. Weavers Academy has 2 cameras covering the communal handwash area outside the toilets."
ws2["A8"] = "Prepared by: J. Whitlock, Trust Data Protection Officer, 06/02/2025"
ws2.column_dimensions["A"].width = 120
wb.save(path(f"{NN}-reply.xlsx"))
append_label(NN, "xlsx", "academy", "foia", "yes", "no", "answered", [], 99,
             "Hikvision appears only as its HiWatch sub-brand in a Make column with no total row, so the reader must know the brand and sum the Qty column.")
