"""01: council PDF, long per-site table over 3 pages with repeated header, no total row."""
import random
from common import *

rnd = random.Random(101)
places = ["High Street (North)", "High Street (South)", "Market Square", "Bus Station concourse",
          "Church Lane underpass", "Victoria Park - main gate", "Victoria Park - skate area",
          "Station Road / Mill Street junction", "Civic Centre - reception", "Civic Centre - rear yard",
          "Civic Centre - basement car park", "Riverside Walk", "Harrowfield Leisure Centre (council owned, run by Active Vale)",
          "Brook Street multi-storey car park levels 1-4", "Tanners Yard surface car park",
          "Orchard Way car park", "Cemetery Road depot - vehicle workshop", "Cemetery Road depot - salt barn and fuel bay",
          "Household Waste Recycling Centre, Gorse Lane", "Town Hall", "Market Hall (indoor market)",
          "Queen's Parade shops", "Kingsway retail park access road", "Harrowfield Museum",
          "Central Library", "Oakfield Community Centre", "Eastgate Community Hub",
          "Westfield housing office", "Meadow Court sheltered housing scheme", "Larch House sheltered housing scheme",
          "Ashby Road allotments gate", "Old Mill car park", "Canal towpath (Lock 7 to Lock 9)",
          "Pavilion, Hollins Recreation Ground", "Crematorium - entrance and chapel car park",
          "Cattle Market car park", "Gorse Lane travellers' transit site", "Public toilets, Albert Street",
          "CCTV Control Room, Civic Centre", "Nightsafe taxi rank, Bridge Street",
          "Redeployable cameras (fly-tipping hotspots)", "Pound Lane fly-tip hotspot (fixed)",
          "Northgate shopping precinct", "Southgate precinct", "Castle Mound (heritage site)"]
makers_pool = ["Hanwha Techwin", "Axis Communications", "Hikvision", "Bosch", "Hanwha", "Axis",
               "Vivotek", "Hikvision", "Avigilon", "Axis", "Hanwha (Wisenet)"]
types = ["PTZ", "Fixed dome", "Fixed bullet", "PTZ / fixed", "Multi-sensor", "Fixed", "ANPR-capable fixed"]
rows = [["Ref", "Site / location", "Ward", "Camera type(s)", "No. of\ncameras", "Manufacturer", "Monitored"]]
wards = ["Abbey", "Brookside", "Central", "Eastgate", "Hollins", "Northgate", "Westfield"]
total = 0
hik = 0
for i, pl in enumerate(places, 1):
    n = rnd.choice([1, 1, 2, 2, 3, 4, 4, 5, 6, 8, 11])
    if "multi-storey" in pl:
        n = 26
    if "Redeployable" in pl:
        n = 6
    m = rnd.choice(makers_pool)
    if "Redeployable" in pl:
        m = "Hikvision (DS-2CD range) in\nre-deployable housings\nsupplied by Wireless CCTV Ltd"
    if "Leisure" in pl:
        m = "Hanwha Techwin / Axis"
    if m.startswith("Hikvision"):
        hik += n
    total += n
    mon = rnd.choice(["24/7 (Control Room)", "Recorded only", "Control Room, 18:00-06:00", "Recorded only - reviewed on request"])
    rows.append(["HBC-%03d" % (i * 3), pl, rnd.choice(wards), rnd.choice(types), str(n), m, mon])
print("total", total, "hik", hik)

story = paras("""<b>Harrowfield Borough Council</b>
Information Governance Team, Civic Centre, Bridge Street, Harrowfield HF1 2AA
Tel: 01632 960 441  |  foi@harrowfield.gov.uk""", SMALL)
story += [Spacer(1, 6)]
story += paras("""Mr D Whitcombe
By email

Our reference: FOI/24/00718
Date: 14 May 2024

Dear Mr Whitcombe

<b>Freedom of Information Act 2000 - Request for information</b>

Thank you for your request received on 16 April 2024. Your request and our response are set out below.

<b>1) The total number of CCTV cameras operated by the council.
2) A breakdown of those cameras by location/site.
3) The manufacturer of the cameras at each site.
4) Whether any of the cameras are manufactured by Hikvision or Dahua.</b>

The Council holds this information. Our CCTV asset register is reproduced in the table below and
covers all cameras operated by or on behalf of the Council, including public space, car parks,
operational depots, housing schemes and civic buildings. Each row is a site; the number of cameras and
the manufacturer of the cameras at that site are shown. This answers parts 1 to 4 of your request.

Cameras in schools are the responsibility of the individual schools and are not included.""")
story.append(grid(rows, [18*mm, 41*mm, 17*mm, 22*mm, 19*mm, 30*mm, 23*mm], header_rows=1))
story.append(Spacer(1, 8))
story += paras("""Source: CCTV asset register extract, 2 May 2024.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal
review. Internal review requests should be submitted within 40 working days of the date of receipt of this
response and should be addressed to: Information Governance Manager, Civic Centre, Bridge Street,
Harrowfield HF1 2AA, or foi@harrowfield.gov.uk.

If you are not content with the outcome of the internal review, you have the right to apply directly to the
Information Commissioner for a decision. The Information Commissioner can be contacted at: Information
Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Most of the information that we provide in response to Freedom of Information Act 2000 requests will be
subject to copyright protection. You are free to use it for your own purposes, including any non-commercial
research you are doing and for the purposes of news reporting. Any other re-use will require the permission
of the copyright holder.

Yours sincerely

Kerry Ansell
Information Governance Officer""")
build_pdf(out("01-reply.pdf"), story, title="FOI/24/00718",
          footer="FOI/24/00718  -  OFFICIAL")
