"""10: national park authority, EIR, RTF letter; re-deployable camera sites withheld under 12(5)(b)."""
from rtf_helpers import Rtf
from common import out

r = Rtf()
r.p("Fellmoor National Park Authority", bold=True, size=28, align="r", space=0)
r.p("Park Offices, Low Garth, Kirkby Fell, KF8 2LP", align="r", space=0)
r.p("Tel 01632 962 110  -  information.requests@fellmoor-npa.example.gov.uk", align="r")
r.p("Ms J Farrant")
r.p("Our ref: EIR/2023/094\nDate: 11 December 2023")
r.p("Dear Ms Farrant")
r.p("Request for information - CCTV cameras", bold=True)
r.p("Thank you for your request of 14 November 2023. We have dealt with your request under the Environmental "
    "Information Regulations 2004 (EIR) rather than the Freedom of Information Act, because the cameras you ask "
    "about are used in part to monitor and enforce against fly-tipping and wildlife crime, which are measures "
    "affecting the state of the land and landscape of the National Park.")
r.p("a) Number of cameras", bold=True)
r.p("The Authority operates 31 fixed CCTV cameras at its visitor centres, depots and pay-and-display car parks. "
    "In addition the Ranger Service has 6 re-deployable cameras which are moved between sites affected by "
    "fly-tipping, off-road vehicle damage and wildlife crime.")
r.p("b) Locations", bold=True)
r.table([["Site", "Fixed cameras"],
         ["Kirkby Fell Visitor Centre and car park", "9"],
         ["Langstrath Head car park", "4"],
         ["Ellerbeck Falls car park", "5"],
         ["High Moss depot (Ranger Service)", "6"],
         ["Park Offices, Low Garth", "7"]], [5200, 2000])
r.p("The locations at which the re-deployable cameras are currently or have been deployed are withheld under "
    "regulation 12(5)(b) of the EIR (the course of justice and the ability of a public authority to conduct an "
    "inquiry of a criminal or disciplinary nature). Disclosure of deployment sites would allow offenders to avoid "
    "monitored locations and would prejudice ongoing investigations carried out with the police. We have applied "
    "the presumption in favour of disclosure at regulation 12(2) and considered the public interest; we consider "
    "that the public interest in maintaining the exception outweighs the public interest in disclosure.")
r.p("c) Makes", bold=True)
r.p("The fixed cameras are Hanwha (Kirkby Fell, Langstrath Head, Ellerbeck Falls) and Axis (High Moss depot and "
    "Park Offices). The re-deployable cameras are Ezviz battery units.")
r.p("d) Hikvision / Dahua", bold=True)
r.p("Please see c) above.")
r.p("If you are dissatisfied with this response you may ask for a reconsideration under regulation 11 of the EIR "
    "within 40 working days. If you remain dissatisfied you can complain to the Information Commissioner, "
    "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
r.p("Yours sincerely")
r.p("Catriona Holt\nInformation and Records Officer")
r.save(out("10-reply.rtf"))
