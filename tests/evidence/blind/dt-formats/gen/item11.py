from common import *

write_text("11-request.txt", """
Dear Ceredigion County Council,

Please could you tell me, under the Freedom of Information Act 2000:

1. How many public space CCTV cameras does the council operate, broken down by town?
2. Which manufacturers made the cameras?
3. Are any of the cameras made by Hikvision or Dahua?
4. What was the annual running cost of the public space CCTV system in 2023/24?
5. Who monitors the cameras?

Diolch / Thank you,
Elin Rowlands
""")

blocks = [
    ("p", "CYNGOR SIR CEREDIGION COUNTY COUNCIL", {"bold": 1, "align": "center", "size": 13}),
    ("p", "Canolfan Rheidol, Rhodfa Padarn, Llanbadarn Fawr, Aberystwyth SY23 3UE", {"align": "center", "size": 9}),
    ("p", "Gwasanaethau Cyfreithiol a Llywodraethu / Legal and Governance Services\nRhyddid Gwybodaeth / Freedom of Information", {"align": "center", "size": 9}),
    ("blank",),
    ("p", "Ein Cyf / Our Ref: FOI2024-1183\nDyddiad / Date: 02/09/2024\nGofynnwch am / Please ask for: Dafydd Llewelyn\nLlinell uniongyrchol / Direct line: 029 2018 0436"),
    ("p", "Annwyl / Dear Ms Rowlands,"),
    ("h", "Request for Information – Freedom of Information Act 2000"),
    ("p", "Thank you for your request for information which was received on 6 August 2024. Please find the council's response below."),
    ("p", "1. The council operates the following public space CCTV cameras:"),
    ("table", [["Town / Tref", "Number of cameras"],
               ["Aberystwyth", "22"],
               ["Aberteifi / Cardigan", "8"],
               ["Llanbedr Pont Steffan / Lampeter", "6"],
               ["Aberaeron", "5"],
               ["Ceinewydd / New Quay", "4"]], {"widths": [8, 4]}),
    ("p", "2. The town centre systems were upgraded in 2018 and the cameras are predominantly Dahua. Three pan-tilt-zoom cameras on Aberystwyth promenade are Hikvision units."),
    ("p", "3. Yes, please see the answer to question 2."),
    ("p", "4. £41,200. This figure includes maintenance, line rental and electricity but excludes staff time."),
    ("p", "5. The cameras are recorded at Aberystwyth police station and are not monitored on a 24 hour basis. Footage is reviewed by Dyfed-Powys Police and the council's CCTV officer when an incident is reported."),
    ("p", "Mae’r ymateb hwn ar gael yn Gymraeg ar gais. This response is available in Welsh on request. We welcome correspondence in Welsh and English and will respond in your preferred language without delay."),
    ("h", "Your right to request an internal review"),
    ("p", "If you are dissatisfied with this response you may ask for an internal review. Please write to the Corporate Lead Officer – Legal and Governance at the above address, or email rhyddidgwybodaeth@ceredigion.gov.uk, within 40 working days. If you remain dissatisfied you may apply to the Information Commissioner’s Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
    ("p", "Yn gywir / Yours sincerely,"),
    ("blank",),
    ("p", "Dafydd Llewelyn\nSwyddog Rhyddid Gwybodaeth / Freedom of Information Officer"),
]
write_docx("11-reply.docx", blocks, font="Calibri")

add_label("11", "docx", "docx", "welsh_council", "foia", "yes", "yes", "answered", [], 45,
          "Bilingual Welsh/English Word letter; per-town table with no total row (22+8+6+5+4=45); both makers named in prose at Q2 and Q3 answered only 'Yes, please see the answer to question 2'.")
