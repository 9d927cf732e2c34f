from odfutil import *
from common import *

NN = "21"
write_request(NN, """
Dear NHS Strathlorne,

Under FOISA, please tell me
(1) how many CCTV cameras the Board operates across its hospitals and health centres;
(2) the manufacturer of each camera, and in particular whether any are made by Hikvision or Dahua;
(3) whether the Board has a CCTV policy, and if so please send a copy.
""")
doc, b = text_doc()
for t, bo in [
    ("NHS Strathlorne", True),
    ("Corporate Records & FOI Team, Lochside House, Strathlorne Road, Inverardle IV9 3NH", False),
    ("Our Ref: FOI/2024/00619 | Date: 11 October 2024", False),
    ("Dear Requester", False),
    ("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION", True),
    ("Thank you for your request dated 17 September 2024. I can respond as follows.", False),
    ("(1) The Board's estates team estimates there are between 600 and 650 CCTV cameras in operation across the "
     "Board area. An exact figure is not held as a number of smaller sites have stand-alone systems that are "
     "managed locally.", False),
    ("(2) NHS Strathlorne does not hold a record of the manufacturer of every camera. Cameras installed under "
     "the Board's framework contract since 2019 are Avigilon; for earlier and locally managed systems the "
     "manufacturer has not been recorded. Under section 17 of FOISA this constitutes formal notice that the "
     "information is not held.", False),
    ("(3) Yes. The NHS Strathlorne CCTV Policy (version 4, March 2023) is attached.", False),
    ("If you are unhappy with our response, you may ask us to carry out an internal review by writing to the "
     "Head of Information Governance within 40 working days. If you remain dissatisfied after the review you can "
     "appeal to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS, or "
     "online at www.itspublicknowledge.info/appeal.", False),
    ("NHS Strathlorne publishes all FOI responses in our disclosure log; personal details are removed.", False),
    ("Yours sincerely,", False),
    ("Ailsa Drummond-Kerr\nFOI Officer", False),
]:
    para(doc, t, b if bo else None)
doc.save(out(f"{NN}-reply.odt"))
label(NN, f"{NN}-reply.odt", "odt", "nhs", "foisa", "unknown", "unknown", "partially_answered", ["s17"], None,
      "Hard: count given only as a range (600-650, so null); makers partly not held (FOISA s17 notice), Avigilon named "
      "but the list is explicitly incomplete, so both makers unknown.")
