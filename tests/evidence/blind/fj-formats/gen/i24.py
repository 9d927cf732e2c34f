from lib import *
import random
rnd = random.Random(24)
write_request("24", """
Dear Sir or Madam,

FOISA request - public space CCTV

a) How many public space CCTV cameras does Glenshiel Council operate, by town?
b) Where is each camera located?
c) Who manufactured the cameras?
d) Are any of the cameras made by Hikvision or Dahua, and if so how many?

Yours faithfully,
Niamh Donnachie
""")
towns = [("Invershiel town centre", "Axis"), ("Invershiel harbour", "Hikvison"), ("Kyleford", "Hikvison"),
         ("Dornie Bridge", "Axis"), ("Balmacara", "Hikvison"), ("Portnalong", "Axis"), ("Glenelg Road retail park", "Da Hua"),
         ("Achmore", "Axis"), ("Strathcarron station", "Hikvison"), ("Lochcarron", "Axis"), ("Shieldaig", "Hikvison"),
         ("Applecross Road depot", "Da Hua"), ("Torridon", "Axis"), ("Kinlochewe", "Axis")]
rows = [["Town / area", "Fixed", "PTZ", "Manufacturer"]]
tf = tp = 0
for t, m in towns:
    f = rnd.randint(2, 14); p = rnd.randint(0, 3)
    rows.append([t, str(f), str(p), m]); tf += f; tp += p
rows.append(["Redeployable units *", "12", "0", "Da Hua"]); tf += 12
rows.append(["Total", str(tf), str(tp), ""])
xs = [0, 600, 760, 920]
p1 = [
    ("b", "GLENSHIEL COUNCIL"),
    ("line", "Legal and Governance - Information Requests"),
    ("line", "Council Headquarters, Station Road, Invershiel IV40 8RD"),
    ("sp", 20),
    ("line", "Ms N Donnachie"),
    ("rline", "Your request received: 14 October 2024"),
    ("rline", "Our reference: GC-FOI-24-3307"),
    ("rline", "Date: 8 November 2024"),
    ("sp", 10),
    ("p", "Dear Ms Donnachie"),
    ("b", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
    ("p", "I refer to your request for information about the Council's public space CCTV. The Council's response to (a), (c) and (d) is given in the table below."),
    ("p", "The Council's public space CCTV system is monitored from the control room at Invershiel Police Office under a partnership agreement with Police Scotland. The cameras themselves are owned and maintained by the Council."),
    ("table", rows[:13], xs, False, [0], 29),
]
p2 = [
    ("table", rows[13:], xs, False, [len(rows) - 14], 29),
    ("p", "* Redeployable units are moved between locations in response to community safety priorities and anti-social behaviour patterns."),
    ("p", "(b) The Council holds this information. However, it is exempt from disclosure under section 35(1)(a) and (b) of FOISA (law enforcement), as disclosure of the precise location of each camera, including current and planned positions of redeployable units, would, or would be likely to, prejudice substantially the prevention or detection of crime and the apprehension or prosecution of offenders. This exemption is subject to the public interest test. Having considered it, the Council has concluded that the public interest is better served by withholding the information. Signage is displayed in all areas covered by CCTV."),
    ("p", "Your right to request a review: if you are unhappy with this response you may ask the Council to carry out a review by writing to the Head of Legal and Governance within 40 working days. If you remain dissatisfied you may apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal."),
    ("line", "Yours sincerely"),
    ("sp", 30),
    ("line", "Ewan Rattray"),
    ("line", "Information Requests Officer"),
]
save_scan("24-reply.pdf", render_pages([p1, p2], serif=True, sz=31, seed=24))
print(tf, tp, tf + tp)
label("24", "pdf", "council", "foisa", "yes", "yes", "partially_answered", ["s35"], tf + tp,
      "Image-only 2-page PDF with a borderless table split across the page break; Total row gives fixed and PTZ separately (count = sum); makers spelled 'Hikvison' and 'Da Hua'; locations withheld under FOISA s35.")
