import sys, random; sys.path.insert(0, sys.path[0] + "/..")
from lib import *
from pypdf import PdfWriter, PdfReader

NN = "10"
write_request(NN, """
Dear University of Calder Valley,

I am writing to request the following information under the Freedom of Information Act 2000:

1. How many CCTV cameras does the University currently operate?
2. What manufacturers supply these cameras?
3. Does the University use any cameras made by Hikvision?
4. Does the University use any cameras made by Dahua?
5. Has the University removed or replaced any Hikvision or Dahua equipment in the last three years? If so, when?

Yours faithfully,
Martin Cheung
""")

rnd = random.Random(10)
B = [("Library","LIB",["Entrance gates","Ground floor foyer","Level 1 study","Level 2 study","Lift lobby","Rear goods door"]),
     ("Wheeler Building","WHL",["Main entrance","Atrium","Lab corridor L1","Lab corridor L2","Loading bay"]),
     ("Sports Centre","SPC",["Reception","Sports hall","Gym entrance","Changing village corridor","Car park"]),
     ("Students' Union","SU",["Main bar","Venue entrance","Shop","Fire exit east"]),
     ("Aire Court Residences","AIR",["Block A entrance","Block B entrance","Block C entrance","Bike store","Courtyard","Post room"]),
     ("Business School","BUS",["Entrance","Cafe","Lecture theatre foyer"]),
     ("Car Park 1","CP1",["Barrier entry","Barrier exit","Level 0","Level 1","Pay station"]),
     ("Car Park 3","CP3",["Entry","Exit","Surface bays"]),
     ("Estates Yard","EST",["Gate","Workshop","Fuel store"])]
models = {"Axis": {"Camera - fixed dome": "P3265-LVE", "Camera - bullet": "P1465-LE", "Camera - PTZ": "Q6075-E", "NVR": "S1148"},
          "Hanwha": {"Camera - fixed dome": "XND-8082RV", "Camera - bullet": "XNO-8082R", "Camera - PTZ": "XNP-6400RW", "NVR": "XRN-1620SB1"}}
# active: 38 fixed dome, 21 bullet, 6 PTZ, 4 NVR; decommissioned: 9 Hikvision cameras + 1 Hikvision NVR
types = ["Camera - fixed dome"]*38 + ["Camera - bullet"]*21 + ["Camera - PTZ"]*6
rnd.shuffle(types)
locs = [(b, code, l) for b, code, ls in B for l in ls]
rows = []
i = 0
for t in types:
    b, code, l = locs[i % len(locs)]; i += 1
    mk = rnd.choice(["Axis", "Axis", "Hanwha"])
    yr = rnd.choice([2020, 2021, 2022, 2023, 2023, 2024])
    rows.append([code, b, l, t, mk, models[mk][t], "Active", f"{rnd.randint(1,28):02d}/{rnd.randint(1,12):02d}/{yr}", ""])
for code, b, mk in [("LIB","Library","Axis"),("SPC","Sports Centre","Hanwha"),("AIR","Aire Court Residences","Hanwha"),("CP1","Car Park 1","Axis")]:
    rows.append([code, b, "Comms room", "NVR", mk, models[mk]["NVR"], "Active", "14/08/2023", ""])
hik = [("WHL","Wheeler Building","Main entrance","Camera - fixed dome","DS-2CD2143G0-I"),("WHL","Wheeler Building","Atrium","Camera - fixed dome","DS-2CD2143G0-I"),
       ("WHL","Wheeler Building","Lab corridor L1","Camera - fixed dome","DS-2CD2143G0-I"),("WHL","Wheeler Building","Loading bay","Camera - bullet","DS-2CD2T43G0-I5"),
       ("SPC","Sports Centre","Reception","Camera - fixed dome","DS-2CD2143G0-I"),("SPC","Sports Centre","Gym entrance","Camera - fixed dome","DS-2CD2143G0-I"),
       ("SPC","Sports Centre","Car park","Camera - bullet","DS-2CD2T43G0-I5"),("SPC","Sports Centre","Car park","Camera - bullet","DS-2CD2T43G0-I5"),
       ("SPC","Sports Centre","Sports hall","Camera - PTZ","DS-2DE4A425IW-DE"),("WHL","Wheeler Building","Comms room","NVR","DS-7716NI-K4")]
for code, b, l, t, m in hik:
    rows.append([code, b, l, t, "Hikvision", m, "Decommissioned", "03/09/2017", rnd.choice(["17/07/2023", "21/08/2023", "04/09/2023"])])
rows.sort(key=lambda r: (r[0], r[2], r[6]))
out = []
seq = {}
for r in rows:
    seq[r[0]] = seq.get(r[0], 0) + 1
    out.append([f"SEC-{r[0]}-{seq[r[0]]:03d}"] + r[1:])
active_cams = sum(1 for r in out if r[6] == "Active" and r[3].startswith("Camera"))
assert active_cams == 65, active_cams
print("rows", len(out), "active cams", active_cams)

def letter(d):
    d.lines("University of Calder Valley", "SerifB", 14, after=0)
    d.lines("Information Governance Unit, The Mount, Halshaw HX5 8CV", "Serif", 9, after=18)
    d.lines("Mr M Cheung\nBy email", "Serif", 10.5, after=8)
    d.lines("FOI ref. UCV/FOI/25/062\n9 April 2025", "Serif", 10.5, after=10)
    d.p("Dear Mr Cheung", "Serif", 10.5)
    d.p("Thank you for your request of 12 March 2025. The University holds information falling within your request.", "Serif", 10.5)
    d.p("Questions 1 to 4: the attached listing has been produced from the University's security asset management system and shows all CCTV devices recorded against the University estate, including their status. We hope this is helpful.", "Serif", 10.5)
    d.p("Question 5: yes. Equipment at the Wheeler Building and the Sports Centre was replaced in summer 2023 as part of the security upgrade project. The dates are shown in the 'Out of service' column of the listing.", "Serif", 10.5)
    d.gap(4)
    d.p("You have the right to request an internal review of our response. Please write to foi@calder.ac.example within 40 working days of receipt of this letter. If you remain dissatisfied, you may apply to the Information Commissioner for a decision; generally the ICO cannot make a decision unless you have exhausted the University's internal review procedure.", "Serif", 9.5)
    d.gap(4)
    d.p("Yours sincerely", "Serif", 10.5, after=18)
    d.lines("Nadia Farouk\nInformation Governance Officer", "Serif", 10.5)

def hdr(d):
    be = d.be
    be.text(d.ml, 30, "SiteVault Security Asset Manager  |  Device Register (CCTV)", "NarrowB", 10)
    be.text(d.ml + d.width, 30, "Printed 02-Apr-2025 14:07  user: r.pillai", "Narrow", 8, "r")
    be.text(d.ml, 42, "Scope: Estate = UCV Main Campus + Residences; Device group = CCTV; Status = Any", "Narrow", 8)

def ftr(d):
    d.be.text(d.ml + d.width / 2, d.be.H - 22, f"- {d.page} -", "Narrow", 8, "c")

def listing(d):
    cols = [(0,56,"l"),(58,76,"l"),(136,84,"l"),(222,74,"l"),(298,38,"l"),(338,72,"l"),(412,50,"l"),(464,38,"l"),(504,36,"l")]
    d.table(cols, out, header=["Asset ref","Building","Location","Device type","Make","Model","Status","In service","Out of service"],
            font="Narrow", size=7.5, row_gap=1.5)
    d.gap(14)
    d.ensure(90)
    d.p("Summary by device type - status Active", "NarrowB", 8.5, after=2)
    cols2 = [(0, 120, "l"), (125, 30, "r")]
    d.table(cols2, [["Camera - fixed dome","38"],["Camera - bullet","21"],["Camera - PTZ","6"],["NVR","4"],{"cells":["Active devices","69"],"bold":True}], font="Narrow", size=8, row_gap=1)
    d.gap(6)
    d.p("Summary by device type - status Decommissioned", "NarrowB", 8.5, after=2)
    d.table(cols2, [["Camera - fixed dome","5"],["Camera - bullet","3"],["Camera - PTZ","1"],["NVR","1"],{"cells":["Decommissioned devices","10"],"bold":True}], font="Narrow", size=8, row_gap=1)
    d.gap(4)
    d.p("End of report", "Narrow", 8)

lp = "/tmp/fh10l.pdf"; ap = "/tmp/fh10a.pdf"
make_pdf(lp, letter)
make_pdf(ap, listing, margins=(28, 28, 56, 40), header=hdr, footer=ftr)
w = PdfWriter()
for p in (lp, ap):
    for pg in PdfReader(p).pages:
        w.add_page(pg)
w.write(reply_path(NN, "pdf"))
label(NN, "pdf", "university", "foia", "no", "no", "answered", [], 65,
      "Hard: multi-page device register with repeated headers; every Hikvision row is Decommissioned (replaced 2023) so Hikvision is no; the count (65) must be built from the Active summary leaving out 4 NVRs from the 69 active devices.")
