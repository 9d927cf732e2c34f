from lib import *
import random
rnd = random.Random(12)
write_request("12", """
Dear NHS Glenmore and Isles,

I am requesting the following under the Freedom of Information (Scotland) Act 2002:

1. The number of CCTV cameras at each hospital and health centre operated by the Board (internal and external).
2. The manufacturer of the cameras at each site.
3. Are any of the Board's cameras made by Hikvision or Dahua?
4. Do any cameras on wards record audio?

Yours faithfully,
Calum MacInnes
""")
sites = [("Glenmore Royal Infirmary", "Honeywell HQA / Axis"), ("Belford Community Hospital", "Honeywell HQA"),
         ("Isles Hospital, Stornhaven", "Axis"), ("Lochside Mental Health Unit", "Avigilon"),
         ("Fort Ardnish Health Centre", "Honeywell HQA"), ("Kilbrae Health Centre", "Honeywell HQA"),
         ("Portmore Dental Centre", "Axis"), ("Glenmore Central Stores", "Axis"),
         ("Board HQ, Assynt House", "Avigilon"), ("Strathbeg Community Hospital", "Honeywell HQA"),
         ("Aird Health Centre", "Honeywell HQA"), ("Invercarron Clinic", "Axis")]
rows = [["Site", "Internal", "External", "Manufacturer"]]
ti = te = 0
for s, m in sites:
    i = rnd.randint(2, 30) if "Royal" not in s else 96
    e = rnd.randint(1, 12) if "Royal" not in s else 41
    rows.append([s, str(i), str(e), m])
    ti += i; te += e
rows.append(["TOTAL", str(ti), str(te), f"{ti + te} cameras"])
xs = [0, 640, 830, 1020]
p1 = [
    ("b", "NHS Glenmore and Isles"),
    ("line", "Information Governance, Assynt House, Harbour Road, Glenmore PA34 5XR"),
    ("line", "Email: glenmore.foi@nhs.example.scot"),
    ("sp", 20),
    ("line", "Mr C MacInnes"),
    ("rline", "Date: 17 January 2025"),
    ("rline", "Our Ref: FOI/2024/00873"),
    ("sp", 10),
    ("p", "Dear Mr MacInnes"),
    ("b", "Freedom of Information (Scotland) Act 2002 - Request for Information"),
    ("p", "Thank you for your request dated 9 December 2024. I am pleased to provide the information below."),
    ("p", "Questions 1 and 2: the Board's CCTV by site is shown in the table below, which continues overleaf."),
    ("table", rows[:9], xs, True, [0], 27),
]
p2 = [
    ("table", [rows[0]] + rows[9:], xs, True, [0, len(rows) - 9], 27),
    ("p", "Note: internal figures include cameras in car park pay stations. Cameras operated by the Board's PFI partner at the Glenmore Royal Infirmary multi-storey car park are not included."),
    ("p", "Question 3: NHS Glenmore and Isles does not have any cameras manufactured by Hikvision. Please see the table above for the manufacturers in use."),
    ("p", "Question 4: No. None of the Board's CCTV cameras record audio."),
    ("p", "If you are unhappy with our response to your request, you do have the right to request us to review it. Your request should be made within 40 working days of receipt of this letter, and we will reply within 20 working days of receipt. If our decision is unchanged following a review and you remain dissatisfied with this, you then have the right to make a formal complaint to the Scottish Information Commissioner within 6 months of receipt of our review response. You can do this by using the Commissioner's online appeal service at www.foi.scot/appeal."),
    ("p", "Yours sincerely"),
    ("line", "Fiona Strachan"),
    ("line", "Freedom of Information Officer"),
]
save_scan("12-reply.pdf", render_pages([p1, p2], serif=False, sz=28, seed=12))
print(ti, te, ti + te)
label("12", "pdf", "nhs", "foisa", "no", "yes", "answered", [], ti + te,
      "Image-only PDF (no text layer), ruled table running onto page 2 with a TOTAL row carrying internal/external subtotals; Dahua only as the OEM brand Honeywell HQA.")
