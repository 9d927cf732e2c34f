from odsutil import Ods
from common import out, write_request, add_label

NN = "22"
write_request(NN, """
Dear University of Ardmhor,

Under FOISA I request:
1. The number of CCTV cameras on each of your campuses.
2. The precise location (building and room/area) of each camera.
3. The manufacturers of your cameras, and the number from each.
4. Whether any are produced by Hikvision or Dahua.

Many thanks,
Callum Baird
""")

o = Ods()
o.sheet("Response", [
    ["University of Ardmhor – Freedom of Information (Scotland) Act 2002"],
    ["Request reference: UA-FOI-2024-214     Date of response: 12 December 2024"],
    [""],
    ["Q1 – see 'Campus totals' tab."],
    ["Q2 – Withheld. Section 35(1)(a) FOISA (prevention or detection of crime) and section 39(1) (health, safety and the environment)."],
    ["     The exact positions of cameras would identify blind spots on campuses which are open to the public, including residences."],
    ["     In each case the University has considered the public interest and concluded that it lies in maintaining the exemption."],
    ["Q3 and Q4 – see 'Manufacturers' tab."],
    [""],
    ["Review: you may request a review within 40 working days by emailing foi@ardmhor.ac.uk. If still dissatisfied, you may apply to the Scottish Information Commissioner (www.foi.scot)."],
    ["Fiona Lennox, Records & Information Compliance Manager"],
], bold_rows=(0,))
campuses = [("Kelvinside Campus", 146), ("Dalmore Campus", 58), ("Ardmhor Medical School (Royal Infirmary site)", 31),
            ("Craigend Residences", 77), ("Ardmhor Sports Village", 19)]
tot = sum(n for _, n in campuses)
rows = [["CCTV cameras by campus", ""], ["Campus", "Cameras"]] + [[c, n] for c, n in campuses] + [["Total", tot]]
o.sheet("Campus totals", rows, bold_rows=(0, 1, len(rows) - 1), merges={(0, 0): 2}, ncols_wide=2)
mk = [("HikVision", 162), ("Axis", 104), ("Vivotek", 65)]
assert sum(n for _, n in mk) == tot
o.sheet("Manufacturers", [["Manufacturer", "Number of cameras"]] + [[m, n] for m, n in mk],
        bold_rows=(0,), ncols_wide=2)
o.save(out(f"{NN}-reply.ods"))
print(tot)

add_label({"path": f"{NN}-reply.ods", "request_file": f"{NN}-request.txt", "format": "ods",
           "body_type": "university", "law": "foisa", "hikvision": "yes", "dahua": "no",
           "outcome": "partially_answered", "exemptions": ["s35", "s39"], "camera_count": tot,
           "note": "FOISA spreadsheet: locations withheld s35(1)(a)/s39(1); count on a merged-title totals tab; 'HikVision' in a complete maker table that omits Dahua"})
