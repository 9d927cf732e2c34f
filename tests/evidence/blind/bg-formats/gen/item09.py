from common import *

NN = "09"
write_request(NN, """
To Ceredigion County Council

Freedom of Information request

1. How many CCTV cameras does the council own or operate?
2. Are any of your cameras made by Hikvision or Dahua?
3. Who monitors the cameras?
4. Has the council received any guidance from the Welsh Government about cameras from Chinese manufacturers?

Diolch,
Gethin Rowlands
""")
blocks = [
    ("b", "CYNGOR SIR CEREDIGION COUNTY COUNCIL"),
    ("l", "Canolfan Rheidol, Rhodfa Padarn, Llanbadarn Fawr, Aberystwyth SY23 3UE"),
    ("gap", None), ("rule", ""),
    ("right", "Ein cyf / Our ref: RhG/FOI/2024/0627"),
    ("right", "Dyddiad / Date: 30/05/2024"),
    ("gap", None),
    ("l", "Mr G Rowlands"),
    ("gap", None),
    ("l", "Annwyl Mr Rowlands / Dear Mr Rowlands,"),
    ("gap", None),
    ("b", "Freedom of Information Act 2000 - Request for Information"),
    ("p", "Thank you for your request for information received on 2 May 2024. We are pleased to "
          "provide the following response. We welcome correspondence in Welsh and English."),
    ("l", "1.  58"),
    ("l", "2.  No"),
    ("p", "3.  Town centre cameras in Aberystwyth, Cardigan and Lampeter are monitored by Dyfed-Powys "
          "Police under a partnership agreement. Cameras at council buildings are recorded locally and "
          "are only reviewed following an incident."),
    ("p", "4.  The council has not received specific guidance from Welsh Government on this subject."),
    ("gap", None),
    ("p", "If you are dissatisfied with the way your request has been handled you can request an internal "
          "review within 40 working days by writing to the Corporate Lead Officer - Legal and Governance at "
          "the above address. If you remain dissatisfied you have the right to complain to the Information "
          "Commissioner's Office (Wales), 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
    ("gap", None),
    ("l", "Yn gywir / Yours sincerely,"),
    ("gap", 1.5),
    ("l", "Elen Pugh"),
    ("l", "Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer"),
]
render_scan(blocks, OUT / f"{NN}-reply.pdf", angle=0.9, seed=9)
add_label(NN, "pdf", "welsh_council", "foia", "no", "no", "answered", [], 58,
          "Image-only scan; answers are bare '1. 58 / 2. No' readable only with the request, and the No answers a question naming both makers.")
