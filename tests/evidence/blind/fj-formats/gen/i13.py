from lib import *
write_request("13", """
Annwyl Syr/Madam / Dear Sir/Madam,

Under the Freedom of Information Act 2000, please tell me:

1. How many CCTV cameras are installed at your fire stations and other buildings?
2. Who manufactured them?
3. Are any of them made by Hikvision or Dahua?

Diolch,
Elin Rowlands
""")
data = [("Aberteifi / Cardigan", 6, "Hikvision", 8), ("Llandysul", 4, "Hikvision", 4), ("Castellnewydd Emlyn / Newcastle Emlyn", 4, "Hikvision", 4),
        ("Llanbedr Pont Steffan / Lampeter", 5, "Axis", 8), ("Tregaron", 0, "-", 4), ("Aberaeron", 3, "Hikvision", 4),
        ("Ceinewydd / New Quay", 0, "-", 4), ("Aberystwyth", 12, "Axis", 12), ("Borth", 2, "Hikvision", 4),
        ("Pencadlys / Headquarters, Llanarth", 18, "Axis", 0), ("Canolfan Hyfforddi / Training Centre", 9, "Axis", 6),
        ("Gweithdy / Workshops, Felinfach", 7, "Hikvision", 0)]
rows = [["Safle / Site", "CCTV cameras", "CCTV make", "Vehicle cameras*"]]
for s, c, m, v in data:
    rows.append([s, str(c) if c else "-", m, str(v) if v else "-"])
tc = sum(d[1] for d in data); tv = sum(d[3] for d in data)
rows.append(["Cyfanswm / Total", str(tc), "", str(tv)])
blocks = [
    ("b", "Gwasanaeth Tân ac Achub Dyffryn Teifi<br/>Teifi Valley Fire and Rescue Service"),
    ("p", "Pencadlys, Llanarth, Ceredigion SA47 0NQ<br/>Rhyddid Gwybodaeth / Freedom of Information: foi@tvfrs.example.wales"),
    ("p", "Cyf / Ref: TVF/FOI/25/014<br/>16 Ionawr / January 2025"),
    ("p", "Dear Ms Rowlands,"),
    ("p", "Thank you for your request for information which we received on 18 December 2024. Please find our response below."),
    ("p", "<b>Q1 and Q2.</b>"),
    ("table", rows, [70, 26, 28, 30], "plain", {"bold_rows": [0, len(rows) - 1], "right_cols": [1, 3]}),
    ("small", "* Vehicle cameras are the 360-degree manoeuvring camera systems fitted to fire appliances and specialist vehicles, shown against the station where the vehicle is based. They are supplied with the vehicle by Brigade Electronics and do not form part of the building CCTV.<br/>"
              "Tregaron and New Quay are on-call stations without building CCTV."),
    ("p", "<b>Q3.</b> See the table above."),
    ("p", "This response is provided in English as your request was submitted in English. A Welsh language version is available on request. / Mae'r ymateb hwn ar gael yn Gymraeg ar gais."),
    ("p", "If you are unhappy with the way your request has been handled you may ask for an internal review by writing to the Head of Corporate Services at the above address within 40 working days. You may then contact the Information Commissioner's Office, Wales, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
    ("p", "Yn gywir / Yours sincerely,<br/><br/>Huw Jenkins<br/>Swyddog Llywodraethu Gwybodaeth / Information Governance Officer"),
]
pdf("13-reply.pdf", blocks, font="Times-Roman", size=11)
print(tc, tv)
label("13", "pdf", "fire", "foia", "yes", "no", "answered", [], tc,
      "Bilingual borderless PDF table with building CCTV and vehicle cameras side by side and a total row for each; Q3 is only 'See the table above'.")
