from helpers import *

write_text("08-request.txt", """
Dear Sir/Madam

FOI request

1. How many CCTV cameras does the Service operate across its fire stations, training centre and headquarters?
2. Are any of them made by Hikvision or Dahua?
3. If yes to Q2, how many and at which locations?
4. Does the Service intend to replace them, and by when?
5. Does the Service operate any drones? If so, how many and what make?

Regards
Jon Prideaux
""")

def esc(s):
    return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("–", "\\u8211?").replace("’", "\\u8217?")

paras = [
    ("b", "Severn Marches Fire and Rescue Service"),
    ("", "Service Headquarters, Hadley Road, Brockworth Vale, BV2 6HG"),
    ("", ""),
    ("", "Information Request Ref: SMFRS/FOI/24/112"),
    ("", "Date: 27 February 2024"),
    ("", ""),
    ("", "Dear Mr Prideaux"),
    ("", "Further to your request for information received 1 February 2024, please find our response below."),
    ("", ""),
    ("", "1. 146"),
    ("", "2. No"),
    ("", "3. N/A"),
    ("", "4. N/A"),
    ("", "5. Yes – 2 (DJI Matrice 30T), operated by the Service’s Technical Rescue team."),
    ("", ""),
    ("", "If you are unhappy with the response you may request an internal review by contacting the Information Governance Officer at foi@smfrs.gov.uk within 40 working days. If you remain dissatisfied after the review you may complain to the Information Commissioner’s Office."),
    ("", ""),
    ("", "Regards"),
    ("", "Information Governance"),
    ("", "Severn Marches Fire and Rescue Service"),
]
body = []
for k, t in paras:
    t = esc(t)
    body.append(("{\\b " + t + "}" if k == "b" else t) + "\\par")
rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\n"
       "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n\\pard\\sa120\\f0\\fs22\n" + "\n".join(body) + "\n}\n")
write_text("08-reply.rtf", rtf)
label(8, "rtf", "fire", "foia", "no", "no", "answered", [], 146,
      "Terse numbered answers that only make sense beside the request: '1. 146 2. No' where Q2 names both makers together; drones in Q5 are not CCTV.")
note(8, "RTF, fire & rescue; '1. 146 2. No 3. N/A'; joint maker Q -> no/no; drone count irrelevant to CCTV. Easy-medium (needs request).")
