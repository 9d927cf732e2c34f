from common import write_request, add_label, out
import csv, io

NN = "10"
write_request(NN, """
Dear NHS Fallowvale,

I am requesting the following under the Freedom of Information (Scotland) Act 2002:

1. The number of CCTV cameras NHS Fallowvale operates at each of its hospitals and health centres.
2. The manufacturer(s) of those cameras.
3. Whether any are made by Hikvision or Dahua (including OEM/rebadged products).

Many thanks,
Catriona Mowat
""")

rows = [
    ["NHS Fallowvale - FOI response FV-FOI-2024-0551 - CCTV", "", "", "", ""],
    ["Site", "No. of cameras", "Manufacturer", "Recording system", "Notes"],
    ["Fallowmuir Royal Infirmary", "212", "Axis; Bosch", "Genetec Security Center", "Includes A&E, car parks and helipad"],
    ["St Brennan's Hospital, Kilcarran", "64", "Bosch", "Bosch DIVAR IP 7000", ""],
    ["Loch Carran Community Hospital", "18", "Honeywell HQA", "Honeywell HQA NVR",
     "Installed 2019 under minor works.\nNot connected to the central Genetec system"],
    ["Ardlaw Health Centre", "6", "Honeywell HQA", "Honeywell HQA DVR", "Shared building - Board cameras only"],
    ["Balquhidder Road Clinic", "4", "Axis", "Axis Companion", ""],
    ["Glenisla House (Board HQ)", "11", "Axis", "Genetec Security Center", ""],
    ["TOTAL", "315", "", "", ""],
    ["", "", "", "", ""],
    ["Q3: the Board's cameras are manufactured by the companies listed above.", "", "", "", ""],
    ["If you are unhappy with this response you may ask for a review within 40 working days (fv.foi@nhs.scot). "
     "If still dissatisfied you may apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS.", "", "", "", ""],
]
assert sum(int(r[1]) for r in rows[2:8]) == 315
buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(rows)
with open(out(f"{NN}-reply.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write(buf.getvalue())
add_label(NN, "csv", "nhs", "foisa", "no", "yes", "answered", [], 315,
          "Comma CSV with BOM, a title row and a quoted notes cell containing a line break; Dahua appears only "
          "as its Honeywell HQA OEM brand and Q3 is answered only by pointing at the list.")
