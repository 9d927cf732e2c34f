import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 9
write_text(f"{N:02d}-request.txt", """
Dear Marchshire Fire and Rescue Service,

Please provide under FOIA: the number of CCTV cameras at your fire stations and other premises; the makes of those cameras; and whether any are made by Hikvision or Dahua (or their subsidiary brands). If there are any, please also say whether the Service has considered replacing them following the government's 2022 announcement about Chinese-made surveillance cameras on sensitive sites.

Regards
Nkechi Fairbairn
""")

paras = [
    ("b", "Marchshire Fire and Rescue Service"),
    ("", "Service Headquarters, Ledwyche Road, Marchbury, MR2 7FR"),
    ("", "Telephone 01632 963 300"),
    ("", ""),
    ("", "Our Ref:\tFOI 24-097"),
    ("", "Date:\t\t12 August 2024"),
    ("", "Contact:\tInformation Governance"),
    ("", ""),
    ("", "Dear Ms Fairbairn,"),
    ("", ""),
    ("b", "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION"),
    ("", ""),
    ("", "I refer to your request for information dated 16 July 2024 regarding CCTV cameras. Marchshire Fire and Rescue Service (MFRS) can confirm that it holds the information requested."),
    ("", ""),
    ("", "MFRS has a total of 94 CCTV cameras across its 23 fire stations, Service Headquarters, the Incident Command Training Centre at Stokesay Lane and the Fleet Workshops. The cameras are used for building security and the protection of staff, appliances and equipment."),
    ("", ""),
    ("", "The cameras are manufactured by Hikvision (approx. 60), Bosch and Samsung Wisenet. Most stations have between two and four cameras connected to a local recorder."),
    ("", ""),
    ("", "In addition, 71 front-line appliances and special vehicles are fitted with vehicle camera systems (Brigade Electronics) to assist with manoeuvring and to record incidents involving attacks on crews. These are not part of the premises CCTV referred to above."),
    ("", ""),
    ("", "MFRS is aware of the Written Ministerial Statement of 24 November 2022. The Service's CCTV systems are stand-alone and are not connected to the MFRS corporate network. As systems reach the end of their serviceable life they are replaced through the Estates capital programme, and the Service will take account of current government guidance when specifying replacement equipment. There is no separate programme to replace cameras before the end of their life."),
    ("", ""),
    ("", "If you are not satisfied with this response, you may ask for an internal review by contacting the Information Governance Manager at the above address or foi@marchshirefire.gov.invalid. Should you remain dissatisfied after the internal review, you have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    ("", ""),
    ("", "Yours sincerely,"),
    ("", ""),
    ("", ""),
    ("", "Louise Harrap"),
    ("", "Information Governance Officer"),
]
parts = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}",
         r"{\colortbl ;\red192\green0\blue0;\red0\green0\blue0;}",
         r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1",
         r"\paperw11906\paperh16838\margl1440\margr1440\margt1134\margb1134",
         r"\pard\sa0\sl276\slmult1\f0\fs22\lang2057 "]
for kind, txt in paras:
    t = rtf_escape(txt).replace("\t", r"\tab ")
    if kind == "b" and txt.startswith("Marchshire Fire"):
        parts.append(r"\qr\cf1\b\fs28 " + t + r"\cf0\b0\fs22\par" + "\n")
    elif txt.startswith("Service Headquarters") or txt.startswith("Telephone"):
        parts.append(r"\qr\fs18 " + t + r"\fs22\par" + "\n")
    elif kind == "b":
        parts.append(r"\ql\b " + t + r"\b0\par" + "\n")
    else:
        parts.append(r"\ql " + t + r"\par" + "\n")
parts.append("}\n")
write_text(f"{N:02d}-reply.rtf", "".join(parts))

label(N, "rtf", "rtf", "fire", "foia", "yes", "no", "answered", [], 94,
      "RTF letter in prose; maker list complete (Hikvision approx. 60, Bosch, Samsung Wisenet); 71 vehicle camera systems must not be counted")
