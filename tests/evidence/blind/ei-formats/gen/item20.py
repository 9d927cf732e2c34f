from common import *
from rtfhelp import para, doc, row

req = """
Hello,

FOI request:

Q1 How many CCTV cameras does the school have?
Q2 Are any of your cameras made by Hikvision or Dahua?
Q3 If yes to Q2, how many, and where are they?
Q4 Are any cameras located in toilets?
Q5 Does the school use facial recognition, for example for canteen payments?

Thanks
Owen Draper
"""
write_request("20", req)

P = []
P.append(para("St Aidan's Catholic High School", bold=True, size=26, align="c", space_after=0))
P.append(para("Lytham Road, Fleetwood FY7 6QD  |  01253 870 334  |  bursar@staidans-fleetwood.lancs.sch.uk", size=16, align="c", space_after=300))
P.append(para("FOI response – O Draper – rec'd 02/10/2024", bold=True))
P.append(row(["Q", "Answer"], [900, 7600], bold=True))
P.append(row(["1", "36"], [900, 7600]))
P.append(row(["2", "No"], [900, 7600]))
P.append(row(["3", "N/A"], [900, 7600]))
P.append(row(["4", "No"], [900, 7600]))
P.append(row(["5", "No. The canteen uses a fingerprint-based cashless system (with parental consent under the Protection of Freedoms Act 2012); PIN codes are available for students who opt out."], [900, 7600]))
P.append("\\pard\\plain\\f0\\fs22\\sa160\\par\n")
P.append(para("Figures correct as at 14/10/2024."))
P.append(para("If you are dissatisfied with this response please contact the Chair of Governors via the school office. "
              "You also have the right to complain to the Information Commissioner's Office (ico.org.uk)."))
P.append(para("K. Mulligan\nSchool Business Manager / Bursar"))
with open(p("20-reply.rtf"), "w", encoding="ascii") as f:
    f.write(doc(P, font="Calibri"))

add_label(path="20-reply.rtf", request_file="20-request.txt", format="rtf", body_type="school",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=36,
          note="Bare two-column table '1 36 / 2 No / 3 N/A / 4 No' meaningless without the request; the 'No' to the joint Hikvision-or-Dahua question is 'no' for both.")
