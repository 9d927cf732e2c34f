import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "18"
write_request(NN, """
Eastmoor Combined Authority - FOI request

Please tell me:
1. How many CCTV cameras are there at the bus stations and tram stops you own?
2. What make are they?
3. Are any made by Hikvision or Dahua?

Thank you
P. Szymanska
""")

def build(d):
    d.lines("Eastmoor Combined Authority", "SansB", 14, after=0)
    d.lines("Transport Directorate", "Sans", 10, after=0)
    d.lines("Wellington House, 40 Canal Street, Eastmoor EM1 6CA", "Sans", 8.5, after=22)
    d.lines("P. Szymanska", "Sans", 10.5, after=10)
    d.lines("Our ref: ECA-FOI-2025-118\n9 May 2025", "Sans", 10.5, after=12)
    d.p("Dear P. Szymanska", size=10.5)
    d.p("Thank you for your request for information received on 11 April 2025.", size=10.5)
    d.p("Although the Combined Authority owns the bus stations and the tram stops, the CCTV systems at these locations are installed, owned, maintained and operated by the organisations listed below under their operating or concession agreements:", size=10.5)
    cols = [(14, 200, "l"), (230, 240, "l")]
    rows = [
        ["Eastmoor Central Bus Station", "Northline Bus Station Services Ltd"],
        ["Halsey Bus Station", "Northline Bus Station Services Ltd"],
        ["Tram stops (all 34)", "Eastmoor Tram Operations Ltd (concessionaire)"],
    ]
    d.table(cols, rows, header=["Location", "CCTV owned and operated by"], size=10.5, row_gap=4)
    d.gap(6)
    d.p("The Combined Authority does not have access to these systems and does not hold any information about the number, make or manufacturer of the cameras. I am therefore confirming that we do not hold the information you have requested. You may wish to contact the operators directly, although please note that they are private companies and are not subject to the Freedom of Information Act.", size=10.5)
    d.gap(4)
    d.p("If you are unhappy with this response, you can request an internal review within 40 working days by writing to foi@eastmoor-ca.example. If you remain unhappy after the review you may contact the Information Commissioner's Office (ico.org.uk).", size=9.5)
    d.gap(6)
    d.p("Yours sincerely", size=10.5, after=28)
    d.lines("Rhys Okafor\nInformation Governance Officer", "Sans", 10.5)

make_scan(reply_path(NN, "jpg"), build, margins=(64, 64, 64, 64), dpi=150, rot=0.8, seed=18)
label(NN, "jpg", "other", "foia", "unknown", "unknown", "not_held", [], None,
      "Scanned JPG: combined authority owns the sites but a table shows the CCTV is owned and operated by concession companies, so nothing is held; the table lists operators, not cameras.")
