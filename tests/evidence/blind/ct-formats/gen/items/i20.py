import os
from lib import Odt

REQUEST = """
To the Clerk, Aberdyfnant Town Council

Under the Freedom of Information Act I would like to know:
a) how many CCTV cameras the town council has;
b) who makes them - in particular whether they are Hikvision or Dahua;
c) how long footage is kept.

Thank you
Carys Lloyd-Emmanuel
"""

LABEL = dict(format="odt", body_type="welsh_council", law="foia", hikvision="unknown", dahua="unknown",
             outcome="not_held", exemptions=[], camera_count=None,
             note="town council in a building owned by the county council: the cameras are the landlord's and the town council holds no information; cameras are mentioned but never counted by the responder")


def build(out):
    o = Odt()
    o.p("CYNGOR TREF ABERDYFNANT", big=True)
    o.p("ABERDYFNANT TOWN COUNCIL", bold=True)
    o.p("Swyddfa'r Cyngor, Y Ganolfan, Stryd Fawr, Aberdyfnant LL99 4TR\nClerc / Clerk: Mr Huw Bevan-Rees  -  clerc@aberdyfnant-tc.cymru  -  01632 966 212")
    o.p("")
    o.p("24 Hydref / October 2024", right=True)
    o.p("")
    o.p("Annwyl Ms Lloyd-Emmanuel / Dear Ms Lloyd-Emmanuel,")
    o.p("")
    o.p("Freedom of Information request dated 30 September 2024", bold=True)
    o.p("")
    o.p("Thank you for your request. The Town Council rents two rooms on the first floor of Y Ganolfan from Ceredig County Council, which owns and manages the building. There are cameras at the entrances and in the car park of Y Ganolfan, but these belong to and are operated by the County Council as landlord. The Town Council has no access to the system or the recordings and does not own or operate any CCTV of its own.")
    o.p("")
    o.p("The Town Council therefore does not hold any of the information you have requested. You may wish to redirect your request to Ceredig County Council, whose Freedom of Information team can be contacted at foi@ceredig.gov.wales.")
    o.p("")
    o.p("If you are not satisfied with this reply you can ask for it to be reviewed by the Town Council's Finance and General Purposes Committee by writing to me at the address above. You also have the right to complain to the Information Commissioner's Office Wales, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
    o.p("")
    o.p("Yr eiddoch yn gywir / Yours sincerely,")
    o.p("")
    o.p("Huw Bevan-Rees\nClerc y Dref / Town Clerk and Responsible Financial Officer")
    name = "20-reply.odt"
    o.save(os.path.join(out, name))
    return name
