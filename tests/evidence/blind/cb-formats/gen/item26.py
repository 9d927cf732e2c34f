from common import *
import random

NN = "26"
write_request(NN, """
Dear University of Aberdeen,

Freedom of Information (Scotland) Act 2002 request:

(1) Number of CCTV cameras per building, split internal / external.
(2) Manufacturer of cameras in each building.
(3) Are any Hikvision or Dahua cameras used?

Please reply in a machine readable format (CSV).

Many thanks
Calum Gillies
""")
rnd = random.Random(2626)
bl = [("Old Aberdeen", "Sir Duncan Rice Library"), ("Old Aberdeen", "MacRobert Building"), ("Old Aberdeen", "Fraser Noble Building"),
      ("Old Aberdeen", "Meston Building"), ("Old Aberdeen", "Edward Wright Building"), ("Old Aberdeen", "King's College"),
      ("Old Aberdeen", "Students' Union (Hub)"), ("Old Aberdeen", "Aberdeen Sports Village (Univ. areas)"),
      ("Foresterhill", "Suttie Centre"), ("Foresterhill", "Institute of Medical Sciences"), ("Foresterhill", "Polwarth Building"),
      ("Hillhead", "Hillhead Student Village"), ("Hillhead", "Crombie Johnston Halls"),
      ("Other", "Marischal College (Univ. areas)"), ("Other", "Newburgh field station"), ("Other", "Rowett Institute")]
lines = ["Campus;Building;Internal;External;Manufacturer"]
ti = te = 0
for c, b in bl:
    if b == "Newburgh field station":
        i, e, m = 1, 3, "Amcrest"
    else:
        i, e = rnd.randint(4, 45), rnd.randint(2, 14)
        m = rnd.choice(["Axis", "Axis", "Avigilon", "Axis/Avigilon", "Hanwha"])
    lines.append(f"{c};{b};{i};{e};{m}")
    ti += i; te += e
lines.append(f"TOTAL;;{ti};{te};")
lines.append("")
lines.append("# University of Aberdeen FOISA response ref FOI-2025-0417 (Estates Security) 21/02/2025")
lines.append("# Q3: No Hikvision. See manufacturer column.")
lines.append("# Right of review: write to foi@abdn.example.ac.uk within 40 working days; thereafter appeal to the Scottish Information Commissioner.")
(OUT / f"{NN}-reply.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(ti, te, ti + te)
label(NN, "csv", "university", "foisa", "no", "yes", "answered", [], ti + te,
      "Semicolon CSV whose total row splits internal/external (sum both); Dahua only via the Amcrest brand at one site; Q3 comment answers Hikvision only.")
