from lib import *
import random
rnd = random.Random(16)
write_request("16", """
To the FOI Officer, University of Dunmore

Freedom of Information (Scotland) Act 2002 request

(a) How many CCTV cameras does the University operate, broken down by building?
(b) Which manufacturers supply them?
(c) Do you use any Hikvision or Dahua equipment?
(d) Is any CCTV footage analysed using facial recognition software?

Thanks
Jamie Cowie
""")
blds = [("Queen's Tower (main building)", "Axis"), ("Harbour Library", "Axis"), ("Sir William Fraser Building", "HIKVISION"),
        ("Tayview Sports Centre", "HIKVISION"), ("Carnegie Laboratories", "Avigilon"), ("Medical School, Ninewells Rd", "Avigilon"),
        ("Residences - Belmont Halls", "HIKVISION"), ("Residences - West Park", "Axis"), ("Estates Depot, Smalls Wynd", "HIKVISION"),
        ("Art College, Perth Road", "Axis"), ("Car parks 1-7", "Axis")]
rows = [["University of Dunmore - CCTV cameras by building (FOI/25/0047)"], [],
        ["Building", "Internal", "External", "Total", "Manufacturer"]]
ti = te = 0
for b, m in blds:
    i = 0 if b.startswith("Car parks") else rnd.randint(4, 40)
    e = rnd.randint(2, 14) if not b.startswith("Car parks") else 26
    rows.append([b, i, e, i + e, m])
    ti += i; te += e
rows.append(["Total", ti, te, ti + te, ""])
rows += [[], ["* Excludes 14 cameras operated by the Dunmore University Students' Association in the Union building, which is a separate body."],
         ["Figures as at 1 March 2025."]]
resp = [["FOI/25/0047 - response"], [],
        ["(a)", "See sheet 'By building'."],
        ["(b)", "See sheet 'By building'."],
        ["(c)", "Yes. See sheet 'By building'."],
        ["(d)", "No."], [],
        ["If you are dissatisfied with this response you may ask the University to carry out a review within 40 working days (foi@dunmore.ac.example.uk)."],
        ["If you remain dissatisfied you may appeal to the Scottish Information Commissioner: www.foi.scot/appeal"],
        ["Records Management and FOI, University of Dunmore, Nethergate, Dunmore DD1 4HN"]]
ods("16-reply.ods", [("Response", resp), ("By building", rows)])
print(ti, te, ti + te)
label("16", "ods", "university", "foisa", "yes", "no", "answered", [], ti + te,
      "ODS with a response sheet pointing to a building sheet with internal, external and total columns plus a total row; a note gives an excluded Students' Association figure (14).")
