from lib import *
import random
rnd = random.Random(21)
write_request("21", """
FAO Freedom of Information Officer, Mercia Vale Police

1. Please state the total number of CCTV cameras installed at Mercia Vale Police buildings.
2. Does the force use any CCTV equipment made by Hikvision?
3. Does the force use any CCTV equipment made by Dahua?
4. If so, does the force have plans to replace it, and when?

Kind regards,
Harriet Osei
""")
places = ["Headquarters, Kingsford", "Kingsford Central (custody)", "Kingsford North", "Allerton", "Bexwell", "Bradmoor (custody)",
          "Chesterby", "Dunnock Green", "Eastholme", "Fellbridge", "Gorton Vale", "Harwood (custody)", "Ironbridge Lane",
          "Joblingham", "Kirkstall Row", "Longmere", "Marston Hythe", "Netherby", "Ollerton Cross", "Pelham Market",
          "Quarry Bank", "Redwick", "Stoneleigh Way", "Tarnside", "Upper Wendle", "Vicarage Fields", "Wendlebury (custody)",
          "Yarrowby", "Force Control Room", "Vehicle Recovery Compound", "Firearms Training Centre", "Roads Policing Unit, M54 J3",
          "Marine Unit, Quayside"]
rows = [["Location", "Cameras", "Recorders", "Camera make", "Recorder make"]]
tc = tr = 0
for p in places:
    cust = "custody" in p
    n = rnd.randint(28, 60) if cust else (rnd.randint(20, 45) if "Headquarters" in p else rnd.randint(3, 16))
    r = 2 if cust else 1
    if cust or "Headquarters" in p or "Control" in p:
        cm, rm = "Avigilon", "Avigilon"
    else:
        cm = rnd.choice(["Avigilon", "Hikvision\u00b9", "Hikvision\u00b9", "Axis"])
        rm = "Hikvision\u00b9" if cm.startswith("Hikvision") else ("Avigilon" if cm == "Avigilon" else "Axis")
    rows.append([p, str(n), str(r), cm, rm])
    tc += n; tr += r
rows.insert(12, ["Cranford Road (closed Dec 2023)", "0", "0", "Dahua\u00b2", "Dahua\u00b2"])
rows.append(["Total", str(tc), str(tr), "", ""])
blocks = [
    ("b", "MERCIA VALE POLICE"),
    ("p", "Information Rights Unit, PO Box 778, Kingsford KF1 9ZZ"),
    ("p", "FOI Ref: IRU/1121/25<br/>Date: 12 March 2025"),
    ("p", "Dear Ms Osei"),
    ("b", "Freedom of Information Act 2000 (FOIA) - Decision"),
    ("p", "Your request for information has now been considered. In accordance with the Freedom of Information Act 2000 this letter represents a Refusal Notice for those elements of the request where an exemption is cited. In this case, no exemption has been applied and the information is provided in full."),
    ("p", "<b>Q1 to Q3</b> - please see the table below, which sets out the building CCTV at each location. The table does not include body worn video, in-vehicle video or ANPR."),
    ("p", "<b>Q4</b> - please see note 1 below the table."),
    ("table", rows, [64, 18, 20, 30, 30], "ruled", {"bold_rows": [0, len(rows) - 1], "right_cols": [1, 2]}),
    ("small", "\u00b9 Hikvision equipment at these stations is being replaced with Avigilon under the Estates Security Programme (Phase 2). Replacement is expected to be complete by March 2027.<br/>"
              "\u00b2 The Dahua DVR and cameras at Cranford Road were removed when the station closed in December 2023. No Dahua equipment remains in use."),
    ("p", "<b>Complaint Rights</b><br/>Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this response you may request an internal review within 40 working days, and thereafter complain to the Information Commissioner."),
    ("p", "Yours sincerely<br/>Marcus Hollis<br/>Information Rights Officer"),
]
pdf("21-reply.pdf", blocks, header="OFFICIAL", footer="Mercia Vale Police - IRU/1121/25")
print(tc, tr)
label("21", "pdf", "police", "foia", "yes", "no", "answered", [], tc,
      "Ruled table across pages with cameras and recorders side by side and footnote markers: note 1 says Hikvision is being replaced by 2027 (still in use), note 2 that the only Dahua kit was removed.")
