from common import *
import csv

NN = "22"
write_request(NN, """
Dear London Borough of Southmere,

FOI request: please could you send me a breakdown, by site, of the CCTV cameras operated by the council (including housing estates and car parks) and the manufacturer of the cameras at each site.

A spreadsheet would be ideal.

Thanks
Yusuf Demir
""")

rows = [["Site", "No. of cameras", "Manufacturer(s)"],
        ["Town Centre - High Street", "24", "Hikvison"],
        ["Town Centre - Broadway", "16", "Hikvison (10), Axis (6)"],
        ["Northgate Estate", "18", "Dahau"],
        ["Southmere Estate", "12", "Dahau"],
        ["Civic Centre", "21", "Axis"],
        ["Central Depot", "9", "Hikvison"],
        ["Northgate Library", "4", "Hikvison"],
        ["Southmere Library", "3", "Hikvison"],
        ["Leisure Centre", "14", "Hanwha"],
        ["Southmere Cemetery", "5", "Hikvison"],
        ["Car parks (x4)", "32", "Axis, Hanwha"],
        ["TOTAL", "158", ""],
        [],
        ["Source: Community Safety CCTV Team - data as at 01/10/2024 - FOI ref LBS/FOI/24/05512", "", ""]]
assert sum(int(r[1]) for r in rows[1:12]) == 158
with open(out(f"{NN}-reply.csv"), "w", newline="", encoding="cp1252") as f:
    csv.writer(f, lineterminator="\r\n").writerows(rows)
add_label(path=f"{NN}-reply.csv", request_file=f"{NN}-request.txt", format="csv", body_type="council", law="foia",
          hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=158,
          note="Per-site CSV with a TOTAL row; makers misspelt 'Hikvison' and 'Dahau'; one cell gives counts in parentheses.")
