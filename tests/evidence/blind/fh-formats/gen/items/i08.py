import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "08"
write_request(NN, """
Dear Harrowdene & District NHS Trust,

Please could you provide the following under FOIA:

Q1. The number of CCTV cameras at each of your sites.
Q2. The make and model of the cameras.
Q3. Whether any of the cameras or recorders are made by Hikvision or Dahua.
Q4. Whether the CCTV system is accessible via the internet or a cloud service.

Best wishes,
Lena Horvath
""")

def build(d):
    d.lines("Harrowdene & District NHS Trust", "SansB", 12, align="r", after=0)
    d.lines("Freedom of Information Office\nHarrowdene General Hospital\nLowther Road, Harrowdene HD4 6LP", "Sans", 9, align="r", after=18)
    d.lines("Our ref: FOI 6627\n12 August 2024", "Sans", 10, after=10)
    d.p("Dear Ms Horvath")
    d.p("Thank you for your request under the Freedom of Information Act 2000, received on 15 July 2024.")
    d.p("Q1. The number of CCTV cameras at each of your sites.", "SansB", after=3)
    cols = [(0, 290, "l"), (300, 60, "r")]
    rows = [
        ["Harrowdene General Hospital - main hospital buildings", "88"],
        ["Harrowdene General Hospital - multi-storey and surface car parks", "36"],
        ["Elmcroft Mental Health Unit", "41"],
        ["Sandown Road Community Hospital", "12"],
        ["Harrowdene Treatment Centre", "15"],
    ]
    d.table(cols, rows, header=["Site", "Cameras*"], size=10, row_gap=3, indent=12)
    d.p("* As recorded at the annual CCTV audit, June 2024.", size=8, indent=12, after=10)
    d.p("Q2. The make and model of the cameras.", "SansB", after=2)
    d.p("Q3. Whether any of the cameras or recorders are made by Hikvision or Dahua.", "SansB", after=3)
    d.p("The Trust holds this information. However, we consider that it is exempt from disclosure under section 24(1) (national security) and section 31(1)(a) (prevention or detection of crime) of the FOI Act. Disclosure of the make and model of the Trust's security equipment would reveal information about known vulnerabilities of particular products that could be exploited to disable or gain access to the system, which would prejudice the security of patients, staff and Trust premises. Having considered the public interest test, the Trust's view is that the public interest favours withholding the information. Further detail of the public interest considerations is set out in the appendix to this letter.")
    d.p("Q4. Whether the CCTV system is accessible via the internet or a cloud service.", "SansB", after=2)
    d.p("No. The CCTV system operates on a segregated network and is not accessible from the internet or via any cloud service.")
    d.gap(4)
    d.p("If you are dissatisfied with the response to your request, you can ask for an internal review by contacting hdt.foi@nhs.example. If you are still dissatisfied after the internal review you can contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", size=9)
    d.gap(4)
    d.p("Yours sincerely", after=18)
    d.lines("Freedom of Information Office\nHarrowdene & District NHS Trust", "Sans", 10)

make_pdf(reply_path(NN, "pdf"), build)
label(NN, "pdf", "nhs", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 192,
      "Per-site borderless count table with no total row (sum = 192); makes withheld under s24/s31 so both makers unknown.")
