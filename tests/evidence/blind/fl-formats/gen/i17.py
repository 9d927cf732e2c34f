from lib import *
NN = "17"
write_request(NN, """
Dear University of Inverallan,

Under FOISA I request:
1. The number of CCTV cameras on the University's estate, by building if possible.
2. The number of those cameras by manufacturer.
3. In particular, how many are made by (a) Hikvision (b) Dahua.
4. Any plans to add cameras.

Thanks, Kirsty Baird
""")
build = [
    [("Building / area",), ("Internal",), ("External",), ("Total",)],
    ["Main Building (Old Quad)", 22, 14, 36],
    ["Library & Learning Centre", 31, 6, 37],
    ["Sports Centre", 18, 9, 27],
    ["Students' Union", 24, 5, 29],
    ["Science & Engineering (Fleming Building)", 41, 12, 53],
    ["Business School", 12, 4, 16],
    ["Residences - Craiglea", 20, 18, 38],
    ["Residences - Mossbank", 16, 14, 30],
    ["Car parks & perimeter", 0, 30, 30],
    ["Estates yard / energy centre", 6, 14, 20],
    [("Total",), ("190",), ("126",), ("316",)],
]
assert sum(r[3] for r in build[1:-1]) == 316
manu = [
    [("Manufacturer",), ("No. of cameras",), ("Comment",)],
    ["Axis", 212, ""],
    ["Hanwha", 58, "Residences"],
    ["Hikvision", 46, "Sports Centre, Estates yard; scheduled for replacement"],
    ["Dahua", 0, ""],
    [("Total in use",), ("316",), ("",)],
    [],
    ["Planned - new Health Sciences building (2025)", 40, "Axis; not yet installed, not included above"],
]
notes = [
    [("University of Inverallan - FOISA request IA-FOI-24-0190",)],
    ["Response date: 21 March 2024"],
    [],
    ["Q1 - see sheet 'By building'."],
    ["Q2 and Q3 - see sheet 'By manufacturer'."],
    ["Q4 - approximately 40 cameras are planned for the new Health Sciences building due to open in 2025."],
    [],
    ["If you are dissatisfied with this response you may request a review within 40 working days by emailing foi@inverallan.ac.uk. "
     "If you remain dissatisfied you may appeal to the Scottish Information Commissioner (www.foi.scot)."],
]
ods_write(out(f"{NN}-reply.ods"), [("Notes", notes), ("By building", build), ("By manufacturer", manu)])
label(NN, "ods", "university", "foisa", "yes", "no", "answered", [], 316,
      "three-sheet ODS; Dahua answer is a 0 in a manufacturer table; total rows are text cells; a planned 40-camera row sits below the in-use total")
