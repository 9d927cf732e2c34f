import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "16"
write_request(NN, """
Dear Ravensmoor Mental Health NHS Foundation Trust,

Under FOIA please provide:

1. The number of CCTV cameras in each of your inpatient units.
2. The location of each camera within those units.
3. Whether any of the cameras are made by Hikvision or Dahua.

Many thanks,
Owen Baptiste
""")

def build(d):
    d.lines("Ravensmoor Mental Health", "SansB", 13, align="r", after=0)
    d.lines("NHS Foundation Trust", "Sans", 11, align="r", after=4)
    d.lines("Information Governance Department\nThe Lodge, Ravensmoor Park\nRavensmoor RM7 1PP", "Sans", 9, align="r", after=20)
    d.lines("Mr O Baptiste", "Sans", 10.5, after=10)
    d.lines("Ref:  FOI 24-25/1409\nDate: 20 February 2025", "Sans", 10.5, after=12)
    d.p("Dear Mr Baptiste", size=10.5)
    d.p("Re: Request for information under the Freedom of Information Act 2000", "SansB", 10.5)
    d.p("Your request received on 22 January 2025 has been considered.", size=10.5)
    d.p("Questions 1 and 2", "SansB", 10.5, after=2)
    d.p("The Trust holds information about the number and location of CCTV cameras within its inpatient units. This information is exempt from disclosure under section 31(1)(a) of the Act (prevention or detection of crime). Inpatient units accommodate patients who may be detained under the Mental Health Act 1983. Disclosing the number and positions of cameras would identify areas without coverage and could be used to facilitate absconding, self-harm, the passing of illicit items or assaults on staff. We have considered the public interest and conclude that it favours maintaining the exemption.", size=10.5)
    d.p("Question 3", "SansB", 10.5, after=2)
    d.p("The Trust neither confirms nor denies whether it holds information falling within this part of your request, in reliance on sections 24(2) and 31(3) of the Act. Confirming or denying whether particular manufacturers' equipment is used would, in itself, indicate to those with hostile intent which products, and therefore which vulnerabilities, may be present on the Trust's network. The public interest in neither confirming nor denying outweighs the public interest in confirmation or denial.", size=10.5)
    d.p("This letter acts as a refusal notice under section 17 of the Act.", size=10.5)
    d.gap(4)
    d.p("If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Requests should be made within 40 working days to rmh.foi@nhs.example. If you remain dissatisfied you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", size=9.5)
    d.gap(6)
    d.p("Yours sincerely", size=10.5, after=30)
    d.lines("S. Abimbola\nInformation Governance Manager", "Sans", 10.5)

make_scan(reply_path(NN, "png"), build, margins=(64, 64, 64, 64), dpi=150, rot=-0.35, seed=16)
label(NN, "png", "nhs", "foia", "unknown", "unknown", "refused", ["s24", "s31"], None,
      "Scanned PNG refusal: counts/locations withheld under s31(1)(a) and an NCND under ss.24(2)/31(3) for the makers; nothing substantive disclosed.")
