from common import out, add_label

rows = [("Cathedral", "Cathedral Quarter / Market Sq", 18, 4, "Hanwha Vision"),
        ("Castle", "Castle St / bus station", 14, 3, "Hanwha Vision"),
        ("Riverside", "Riverside Walk / Quayside", 11, 2, "Samsung"),
        ("Northgate", "Northgate shopping parade", 9, 2, "Hikvision"),
        ("St Peter's", "St Peter's Rd / Park", 7, 1, "Hikvision"),
        ("Eastfield", "Eastfield district centre", 6, 1, "Samsung"),
        ("Westbury", "Westbury Lane", 5, 1, "HIK VISION"),
        ("Various", "Re-deployable units", 0, 6, "HIK VISION")]
lines = ["Crandale City Council - Community Safety CCTV,,,,",
         "FOI ref CCC/FOI/23/0654 - public space CCTV cameras by ward - as at 01/09/2023,,,,",
         ",,,,",
         "Ward,Area covered,Fixed cameras,PTZ cameras,Manufacturer"]
for r in rows:
    lines.append('%s,%s,%d,%d,%s' % (r[0] if "'" not in r[0] else '"%s"' % r[0], r[1] if "/" not in r[1] else '"%s"' % r[1], r[2], r[3], r[4]))
fx = sum(r[2] for r in rows); pt = sum(r[3] for r in rows)
lines.append("TOTAL,,%d,%d," % (fx, pt))
with open(out("20-reply.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("\r\n".join(lines) + "\r\n")
assert fx + pt == 90
add_label(path="20-reply.csv", request_file="20-request.txt", format="csv", body_type="council", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=90,
          note="Bare CSV by ward with separate Fixed and PTZ columns and a TOTAL row giving 70 and 20 but no grand total; makes include 'HIK VISION' and Samsung/Hanwha; Dahua only excluded by the complete make list.")
