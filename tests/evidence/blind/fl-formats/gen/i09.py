from lib import *
import random
NN = "09"
write_request(NN, """
Dear South Marches Ambulance Service NHS Trust,

Under the Freedom of Information Act 2000 I would like to request:

1. A list of every site (ambulance stations, hubs, offices, control rooms) where the Trust has CCTV cameras, with the number of cameras at each site.
2. The make of the cameras at each site.
3. Whether any of the Trust's CCTV cameras are manufactured by Hikvision or Dahua.

Kind regards,
Benedict Osei
""")
rnd = random.Random(9)
places = ["Abbotsford", "Alderley Cross", "Ashwell", "Barnmouth", "Beckford", "Bishops Lydd", "Bramcote",
          "Broadhaven", "Caldmore", "Castle Ferring", "Chadwell", "Clayhithe", "Colwick", "Coombe Magna",
          "Dunsford", "Eastleigh Moor", "Elsworth", "Farrowby", "Felsham", "Gorsley", "Hadnall", "Hartwell Green",
          "Hexley", "Ingleby", "Kelsall", "Kingsmead", "Langport", "Lowick", "Marbury", "Milford Cross",
          "Netherby", "Oakhanger", "Pendle Vale", "Quarndon", "Redmarley", "Rushwick", "Saltford", "Shenley",
          "Stanwick", "Tarvin", "Upton Magna", "Wendover Hill", "Westwood", "Wrenbury"]
makes = ["Hikvision"] * 9 + ["HIKVISION", "Hik Vision", "Hikvison", "Axis", "Axis", "Axis", "Bosch", "Dahau", "Honeywell"]
rows = [["Site code", "Site name", "Site type", "No. of cameras", "Camera make", "Installed"]]
total = 0
for i, pl in enumerate(places):
    typ = rnd.choice(["Ambulance station"] * 5 + ["Make ready hub", "Standby point"])
    n = rnd.randint(2, 9) if typ != "Make ready hub" else rnd.randint(10, 18)
    mk = rnd.choice(makes)
    yr = rnd.choice(["2014", "2016", "2017", "2018", "2019", "2020", "2021", "2022"])
    code = f"{rnd.randint(1, 9)}{rnd.randint(100, 999)}"
    rows.append([code, pl, typ, str(n), mk, yr])
    total += n
extra = [["0001", "Trust HQ, Marches House", "Headquarters", "21", "Axis", "2021"],
         ["0002", "Emergency Operations Centre (Hexley)", "Control room", "16", "Axis", "2021"],
         ["0003", "Emergency Operations Centre (Langport)", "Control room", "12", "Axis", "2019"],
         ["0004", "Fleet workshop, Caldmore", "Workshop", "8", "Hikvision", "2017"]]
for e in extra:
    rows.append(e); total += int(e[3])
print("total", total, "dahau sites", sum(1 for r in rows if r[4] == "Dahau"))

hdr = "South Marches Ambulance Service NHS Trust        Request ID: SMAS-FOI-2402-0117        Printed: 26/02/2024 11:07"
story = [
    P("<b>FREEDOM OF INFORMATION ACT 2000 - RESPONSE</b>", H),
    plain_table([["Case reference:", "SMAS-FOI-2402-0117"], ["Requester:", "Benedict Osei"],
                 ["Received:", "05/02/2024"], ["Response due:", "04/03/2024"], ["Case officer:", "J. Whitcombe"],
                 ["Status:", "Closed - information provided"]], [45 * mm, 100 * mm], header=False),
    Spacer(1, 8),
    P("Dear Benedict Osei,", BODY),
    P("Thank you for your request for information. Please find the Trust's response below. Your questions are "
      "repeated in italics for ease of reference.", BODY),
    P("<i>1. A list of every site where the Trust has CCTV cameras, with the number of cameras at each site.<br/>"
      "2. The make of the cameras at each site.</i>", BODY),
    P("The table below lists all Trust sites with fixed CCTV. Vehicle-mounted cameras (412 vehicles are fitted) are "
      "not included as these are not part of the building CCTV estate.", BODY),
    plain_table(rows, [20 * mm, 52 * mm, 34 * mm, 24 * mm, 26 * mm, 18 * mm], rules=True, size=9),
    Spacer(1, 8),
    P("<i>3. Whether any of the Trust's CCTV cameras are manufactured by Hikvision or Dahua.</i>", BODY),
    P("Yes. Please refer to the 'Camera make' column above. The Trust is reviewing its position in light of the "
      "Cabinet Office guidance of November 2022 on surveillance equipment at sensitive sites.", BODY),
    P("<b>Right of review</b>", BODY),
    P("If you are dissatisfied with the handling of your request you have the right to ask for an internal review. "
      "Internal review requests should be submitted within 40 working days of the date of receipt of the response to "
      "your original request and should be addressed to: Head of Information Governance, South Marches Ambulance "
      "Service NHS Trust, Marches House, Hexley HX3 8RD, or foi@smas.nhs.uk.", BODY),
    P("If you are dissatisfied with the outcome of the internal review you can apply to the Information Commissioner, "
      "who will consider whether the Trust has complied with its obligations under the Act.", BODY),
    P("Yours sincerely,<br/><br/>Jacqueline Whitcombe<br/>Information Governance Officer", BODY),
    P("This document was produced by the Trust's case management system. Template FOI-R03 v4.2", SMALL),
]
build_pdf(out(f"{NN}-reply.pdf"), story,
          hf(header_left=hdr, footer_left="OFFICIAL  |  SMAS-FOI-2402-0117  |  Doc ID 88213-4", page_fmt="Page {n} of {t}", total=2),
          title="Case SMAS-FOI-2402-0117", author="casework")
import pypdf
print(len(pypdf.PdfReader(out(f"{NN}-reply.pdf")).pages))
label(NN, "pdf", "nhs", "foia", "yes", "yes", "answered", [], total,
      "case-management PDF: per-site table of 48 rows runs over pages with repeated header and numeric site codes, no total row; makers misspelled (Hikvison, Hik Vision, Dahau); vehicle camera figure is a distractor")
