"""Items 13-18."""
import random
from lib import (write_text, write_bytes, scan_pdf, odt_bytes, eml_bytes, csv_text, dt, label)

ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


# ------------------------------------------------------------------ 13 scan, primary school
@item
def i13():
    req = """Dear Headteacher,

This is a request under the Freedom of Information Act 2000.

Question 1: How many CCTV cameras does the school have?
Question 2: Who manufactured the cameras?
Question 3: Is any of the equipment made by Hikvision?
Question 4: Is any of the equipment made by Dahua?

Thank you for your time.
Ben Whitlock
"""
    write_text("13-request.txt", req)
    page = [
        ("C", "Holy Trinity C of E Primary School"),
        ("C", "Vicarage Lane, Great Addington, Northants NN14 3BQ"),
        ("C", "Headteacher: Mrs C. Oyelaran BEd NPQH"),
        "",
        ("R", "Date: 04/03/2025"),
        "",
        "Dear Mr Whitlock",
        "",
        "Re: FOI request received 10 February 2025",
        "",
        "Thank you for your letter. The governors have asked me to respond as follows.",
        "",
        "The school has eight CCTV cameras in total, six on the outside of the",
        "building (playground, gates and bike shed) and two in the entrance lobby.",
        "",
        "The system was installed in 2017 by Nene Valley Alarms. The cameras and the",
        "recorder in the school office are both made by Hik Vision.",
        "",
        "We do not have any equipment made by Dahua.",
        "",
        "Images are kept for 30 days and then overwritten. Our CCTV policy is on the",
        "school website under Policies.",
        "",
        "If you are not satisfied with this reply please write to the Chair of Governors",
        "at the school address. You can also contact the Information Commissioner.",
        "",
        "Yours sincerely",
        "",
        "",
        "Mrs D. Pryce",
        "School Business Manager",
        "on behalf of the Governing Body",
    ]
    write_bytes("13-reply.pdf", scan_pdf([page], dpi=200, seed=13, pt=12, skew=1.1))
    return label("13-reply.pdf", "13-request.txt", "scan", "school", "foia", "yes", "no", "answered", [], 8,
                 "scanned image-only letter; count written as a word and split inside/outside; 'Hik Vision' spacing")


# ------------------------------------------------------------------ 14 scan, fire service drones, 2 pages
@item
def i14():
    req = """To: Cambrian Coast Fire and Rescue Service

FOI request - drones

a) Does the Service own or operate any unmanned aerial vehicles (drones)?
b) If so, how many, and what make and model are they?
c) Are any of the drones or their cameras made by DJI, Hikvision or Dahua?
d) How much has the Service spent on drones since 2020?

Regards
Gethin Morgan
"""
    write_text("14-request.txt", req)
    p1 = [
        ("C", "CAMBRIAN COAST FIRE AND RESCUE SERVICE"),
        ("C", "GWASANAETH TÂN AC ACHUB ARFORDIR CAMBRIA"),
        ("C", "Headquarters, Ffordd y Porth, Aberaeron SA46 0JH"),
        "",
        "Our ref: FOI/CCFRS/2025/047                                Date: 19 May 2025",
        "",
        "Mr G Morgan",
        "",
        "Dear Mr Morgan",
        "",
        ("B", "Freedom of Information Act 2000 - Unmanned Aerial Vehicles"),
        "",
        "I refer to your request for information received by the Service on 22 April",
        "2025. I have reproduced each part of your request below followed by our response.",
        "",
        ("B", "a) Does the Service own or operate any unmanned aerial vehicles (drones)?"),
        "",
        "No. Cambrian Coast Fire and Rescue Service does not own, lease or operate any",
        "drones. Where aerial imagery is required at an incident, for example a large",
        "wildfire or a building collapse, the Service requests support from Dyfed Coast",
        "Police under a memorandum of understanding between the two organisations. Any",
        "drones deployed in those circumstances are owned and flown by the police.",
        "",
        ("B", "b) If so, how many, and what make and model are they?"),
        "",
        "Not applicable - please see our answer to part (a).",
        "",
        ("R", "Page 1 of 2"),
    ]
    p2 = [
        ("R", "FOI/CCFRS/2025/047"),
        "",
        ("B", "c) Are any of the drones or their cameras made by DJI, Hikvision or Dahua?"),
        "",
        "Not applicable - please see our answer to part (a).",
        "",
        ("B", "d) How much has the Service spent on drones since 2020?"),
        "",
        "The Service has not incurred any expenditure on drones since 2020. The",
        "Service therefore holds no information falling within this part of your request.",
        "",
        "If you are dissatisfied with the way the Service has handled your request you may",
        "ask for an internal review within 40 working days of the date of this letter by",
        "writing to the Information Governance Manager at the address above. If you remain",
        "dissatisfied you may complain to the Information Commissioner's Office, 2nd Floor,",
        "Churchill House, Churchill Way, Cardiff CF10 2HH.",
        "",
        "Mae'r llythyr hwn ar gael yn Gymraeg. This letter is available in Welsh.",
        "",
        "Yours sincerely",
        "",
        "",
        "Carys Bowen-Jenkins",
        "Information Governance Manager",
        "",
        "",
        "",
        ("R", "Page 2 of 2"),
    ]
    write_bytes("14-reply.pdf", scan_pdf([p1, p2], dpi=200, seed=14, pt=11))
    return label("14-reply.pdf", "14-request.txt", "scan", "fire", "foia", "no", "no", "answered", [], 0,
                 "two-page scan; request only about drones and the service has none (police drones used instead)")


# ------------------------------------------------------------------ 15 odt, Scottish council FOISA
@item
def i15():
    req = """Dear Glenbervie Council,

Freedom of Information (Scotland) Act 2002 request

1. How many CCTV cameras does the Council operate (public space and Council buildings)?
2. Who manufactures these cameras?
3. Are any of the cameras made by Hikvision?
4. Are any made by Dahua?
5. What is the annual value of the Council's CCTV maintenance contract?

Yours,
Fraser Lindsay
"""
    write_text("15-request.txt", req)
    blocks = [
        ("r", "Glenbervie Council\nCorporate Governance\nCouncil Headquarters, Auchinleck Road\nStonehaven Bay AB39 8ZY"),
        ("p", "Mr F Lindsay"),
        ("p", "Our Ref: FOI-GC-25-00731"),
        ("p", "Date: 11 June 2025"),
        ("p", "Dear Mr Lindsay"),
        ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - RESPONSE"),
        ("p", "Thank you for your request of 15 May 2025. Having carried out searches, the Council's response is "
              "as follows."),
        ("qa", "1. How many CCTV cameras does the Council operate?",
         "The Council operates approximately 420 CCTV cameras in total. 146 of these form the public space "
         "system monitored from the Stonehaven Bay control room; the remainder are installed at Council "
         "buildings."),
        ("qa", "2. Who manufactures these cameras?",
         "The public space cameras are manufactured by Hanwha Vision and Axis. The building cameras have been "
         "procured locally by individual services over many years and the Council does not hold a central "
         "record of their make. In terms of section 17(1) of FOISA, the Council gives notice that it does not "
         "hold this information."),
        ("qa", "3. Are any of the cameras made by Hikvision?", "Please see our response to question 2."),
        ("qa", "4. Are any made by Dahua?", "Please see our response to question 2."),
        ("qa", "5. What is the annual value of the Council's CCTV maintenance contract?",
         "The contract is currently being retendered. The Council considers that disclosing its current value "
         "would, or would be likely to, prejudice substantially the commercial interests of the Council and of "
         "the incumbent contractor. This information is therefore withheld under section 33(1)(b) of FOISA. "
         "The Council has considered the public interest and concluded that, while there is a public interest "
         "in openness about the use of public funds, this is outweighed by the public interest in the Council "
         "obtaining best value in the procurement exercise."),
        ("b", "Your right to seek a review"),
        ("p", "If you are unhappy with this response, you may ask the Council to carry out a review by writing to "
              "the Corporate Governance Manager at the address above within 40 working days. If you remain "
              "dissatisfied following the review, you have the right to apply to the Scottish Information "
              "Commissioner within six months for a decision. You can apply online at "
              "www.foi.scot/appeal or write to the Scottish Information Commissioner, Kinburn Castle, Doubledykes "
              "Road, St Andrews, Fife KY16 9DS."),
        ("p", "Should you then wish to appeal against the Commissioner's decision, there is an appeal to the Court "
              "of Session on a point of law only."),
        ("p", "Yours sincerely"),
        ("p", "Morag Cairncross"),
        ("p", "Information Governance Officer"),
    ]
    write_bytes("15-reply.odt", odt_bytes(blocks))
    return label("15-reply.odt", "15-request.txt", "odt", "council", "foisa", "unknown", "unknown",
                 "partially_answered", ["s17", "s33"], 420,
                 "maker questions point back to an answer that lists makers for only part of the estate and "
                 "gives a FOISA s17 not-held notice for the rest; approximate total")


# ------------------------------------------------------------------ 16 csv asset export, university
@item
def i16():
    req = """Dear Kingsbridge Metropolitan University,

Please provide, under the Freedom of Information Act 2000, a copy of your CCTV asset list showing for each
camera: the building, location, manufacturer, model and whether it is currently in service.

A CSV or Excel export from your asset system would be fine.

Thanks
Imran Qureshi
"""
    write_text("16-request.txt", req)
    rnd = random.Random(16)
    buildings = {
        "Harcourt Building": ("Axis", ["P3245-V", "M3106-L Mk II", "P1455-LE"]),
        "Library & Learning Centre": ("Axis", ["P3245-V", "M4216-LV"]),
        "Students' Union": ("Hanwha", ["XND-6080RV", "XNO-6083R"]),
        "Halls - Weaver Court": ("Hanwha", ["XNV-6012M", "XNO-6083R"]),
        "Halls - Quarry Bank": ("Hanwha", ["XNV-6012M"]),
        "Sports Centre": ("Axis", ["P3265-LVE", "Q6075-E"]),
        "Multi-storey car park": ("Hanwha", ["XNO-8082R", "PNM-9084RQZ"]),
        "Estates yard": ("Axis", ["P1455-LE"]),
        "Little Acorns Day Nursery": ("EZVIZ", ["C6N", "H8c"]),
    }
    floors = ["G", "1", "2", "3", "Ext"]
    desc = ["Entrance", "Corridor", "Stairwell", "Lift lobby", "Reception", "Car park", "Bin store",
            "Cycle store", "Foyer", "Service yard", "Plant room door", "Atrium"]
    counts = {"Harcourt Building": 22, "Library & Learning Centre": 17, "Students' Union": 12,
              "Halls - Weaver Court": 19, "Halls - Quarry Bank": 11, "Sports Centre": 10,
              "Multi-storey car park": 14, "Estates yard": 5, "Little Acorns Day Nursery": 4}
    rows = [["AssetRef", "Building", "Floor", "Location", "Manufacturer", "Model", "InstallDate", "Status"]]
    k = 1000
    for b, n in counts.items():
        mk, models = buildings[b]
        for _ in range(n):
            k += rnd.randint(1, 7)
            y = rnd.randint(2015, 2024)
            rows.append([f"KMU-CCTV-{k}", b, rnd.choice(floors), rnd.choice(desc), mk, rnd.choice(models),
                         f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{y}", "In Service"])
    # removed cameras kept in export
    removed = [("Harcourt Building", "Hikvision", "DS-2CD2143G0-I", "2016"),
               ("Harcourt Building", "Hikvision", "DS-2CD2143G0-I", "2016"),
               ("Students' Union", "HIKVISION", "DS-2CD1023G0E-I", "2017"),
               ("Sports Centre", "Hikvision", "DS-2DE4425IW-DE", "2018"),
               ("Estates yard", "Samsung", "SNO-6084R", "2014")]
    for b, mk, m, y in removed:
        k += rnd.randint(1, 7)
        rows.append([f"KMU-CCTV-{k}", b, rnd.choice(floors), rnd.choice(desc), mk, m,
                     f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{y}", "Removed"])
    hdr, body = rows[0], rows[1:]
    body.sort(key=lambda r: r[0])
    write_bytes("16-reply.csv", csv_text([hdr] + body).encode("utf-8"))
    live = sum(1 for r in body if r[7] == "In Service")
    return label("16-reply.csv", "16-request.txt", "csv", "university", "foia", "yes", "no", "answered", [], live,
                 f"bare CSV export of {len(body)} rows with {len(removed)} 'Removed'; the only Hikvision-group "
                 "cameras still in service are EZVIZ at the nursery")


# ------------------------------------------------------------------ 17 html disclosure log entry, Scottish NHS board
@item
def i17():
    req = """Dear NHS Clyde Valley,

I am requesting the following under FOISA:

1. The number of CCTV cameras at each of the Board's hospitals.
2. Whether any of these cameras are manufactured by Hikvision or Dahua.
3. Whether the Board uses facial recognition technology with its CCTV.

Thank you,
Eilidh Rankin
"""
    write_text("17-request.txt", req)
    hosp = [("Royal Clyde Infirmary", 286), ("Vale of Leven General", 118), ("Dumbarton Community Hospital", 37),
            ("Kilbowie Maternity Unit", 44), ("Gartmore Mental Health Centre", 92)]
    tot = sum(h[1] for h in hosp)
    rows = "\n".join(f"<tr><td>{h}</td><td>{n}</td></tr>" for h, n in hosp)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>FOI 2024-001873 CCTV cameras | Disclosure log | NHS Clyde Valley</title>
<link rel="stylesheet" href="/assets/css/site.css">
</head><body>
<header class="site-header"><a href="/">NHS Clyde Valley</a>
<nav><a href="/about">About us</a> | <a href="/services">Services</a> | <a href="/foi">Freedom of Information</a></nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">FOI</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a> &gt; FOI 2024-001873</nav>
<main>
<h1>CCTV cameras</h1>
<dl class="meta">
<dt>Reference</dt><dd>FOI 2024-001873</dd>
<dt>Date received</dt><dd>7 August 2024</dd>
<dt>Date responded</dt><dd>3 September 2024</dd>
<dt>Category</dt><dd>Estates and Facilities</dd>
</dl>
<h2>Request</h2>
<blockquote>
<p>1. The number of CCTV cameras at each of the Board's hospitals.</p>
<p>2. Whether any of these cameras are manufactured by Hikvision or Dahua.</p>
<p>3. Whether the Board uses facial recognition technology with its CCTV.</p>
</blockquote>
<h2>Response</h2>
<p>1. Please see below.</p>
<table class="govuk-table">
<thead><tr><th>Hospital</th><th>CCTV cameras</th></tr></thead>
<tbody>
{rows}
<tr class="total"><td><strong>Total</strong></td><td><strong>{tot}</strong></td></tr>
</tbody></table>
<p>2. A survey carried out by Estates in early 2024 identified 12 Da Hua cameras in the car parks at Vale
of Leven General. These were removed in March 2024 and replaced with Axis cameras. There is no Hikvision or
Dahua equipment now in use at any of the Board's hospitals.</p>
<p>3. No.</p>
<p>If you are unhappy with this response you may request a review within 40 working days, and thereafter
apply to the Scottish Information Commissioner.</p>
<p class="small">Published under the Board's FOISA publication scheme. Personal data has been removed.</p>
</main>
<footer><p>&copy; NHS Clyde Valley 2024 | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
    write_text("17-reply.html", html)
    return label("17-reply.html", "17-request.txt", "html", "nhs", "foisa", "no", "no", "answered", [], tot,
                 "web disclosure log with request and reply on one page; Dahua ('Da Hua') cameras all removed")


# ------------------------------------------------------------------ 18 eml, terse answers with "> " quoted request
@item
def i18():
    req = """Hello,

FOI request for St Edmund's Catholic High School:

1. How many CCTV cameras are there on the school site?
2. Are any made by Hikvision?
3. Are any made by Dahua?
4. When was the system installed?
5. Does the system use facial recognition?

Many thanks
Lorna Beattie
"""
    write_text("18-request.txt", req)
    body = """Dear Ms Beattie

1. 46
2. Yes
3. No
4. Unknown - installed before current staff
5. No

Regards

Anthony Kwarteng
Business Manager
St Edmund's Catholic High School
Tel 0161 496 0733

On Tue, 14 Jan 2025 at 09:17, Lorna Beattie <lbeattie.research@gmail.com> wrote:
> Hello,
>
> FOI request for St Edmund's Catholic High School:
>
> 1. How many CCTV cameras are there on the school site?
> 2. Are any made by Hikvision?
> 3. Are any made by Dahua?
> 4. When was the system installed?
> 5. Does the system use facial recognition?
>
> Many thanks
> Lorna Beattie
"""
    write_bytes("18-reply.eml", eml_bytes(
        "Anthony Kwarteng <a.kwarteng@stedmunds-rc.sch.uk>", "Lorna Beattie <lbeattie.research@gmail.com>",
        "Re: FOI request", dt(2025, 1, 31, 15, 48), text=body))
    return label("18-reply.eml", "18-request.txt", "eml", "school", "foia", "yes", "no", "answered", [], 46,
                 "bare numbered answers that only make sense against the quoted request")
