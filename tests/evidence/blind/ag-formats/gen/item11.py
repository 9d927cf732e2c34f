from lib import *
from pdflib import Letter
NN = "11"
write_request(NN, """Dear FOI Officer,

Under the FOI Act, please provide:

1. A breakdown, by hospital site and area, of the CCTV cameras the Trust operates.
2. The make of the cameras and of the recording equipment (NVR/DVR) at each site.
3. Whether the Trust uses any equipment made by Hikvision or Dahua (cameras or recorders).
4. The date of the Trust's most recent CCTV Data Protection Impact Assessment.

Thank you,
Harriet Cole
""")
L = Letter(head="Mid and South Essex NHS Foundation Trust  |  FOI Ref: MSE-FOI-24-2291  |  OFFICIAL",
           foot="MSE FOI Team, Nethermayne, Basildon SS16 5NL - mse.foi@nhs.net")
L.letterhead("Mid and South Essex NHS Foundation Trust", ["Corporate Governance - Freedom of Information", "Basildon University Hospital, Nethermayne, Basildon SS16 5NL"])
L.p("Date: 30 January 2025", gap=3)
L.p("Dear Ms Cole,")
L.p("Thank you for your request received on 3 January 2025. The Trust's Estates & Facilities and Security teams have provided the following information.")
L.p("Questions 1 and 2", style="B")
rows = [["Site", "Area", "Cameras", "Camera make", "Recorder"]]
data = [
 ("Basildon", "Main entrance & concourse", 14, "Hanwha", "Dahua NVR"),
 ("Basildon", "A&E / Urgent Treatment Centre", 22, "Hanwha", "Dahua NVR"),
 ("Basildon", "Car parks A-F", 37, "Hanwha", "Dahua NVR"),
 ("Basildon", "Maternity", 12, "Hanwha", "Dahua NVR"),
 ("Basildon", "Pharmacy & stores", 8, "Samsung (Hanwha)", "Dahua NVR"),
 ("Basildon", "Essex Cardiothoracic Centre", 10, "Hanwha", "Dahua NVR"),
 ("Broomfield", "Main entrance", 11, "Axis", "Milestone XProtect"),
 ("Broomfield", "Emergency Department", 19, "Axis", "Milestone XProtect"),
 ("Broomfield", "Multi-storey car park", 28, "Axis", "Milestone XProtect"),
 ("Broomfield", "St Andrew's Centre", 9, "Axis", "Milestone XProtect"),
 ("Broomfield", "Mortuary / loading bay", 6, "Axis", "Milestone XProtect"),
 ("Southend", "Main entrance & Tower Block", 17, "Hanwha", "Hanwha Wisenet WAVE"),
 ("Southend", "Emergency Department", 21, "Hanwha", "Hanwha Wisenet WAVE"),
 ("Southend", "Car parks", 33, "Hanwha", "Hanwha Wisenet WAVE"),
 ("Southend", "Pharmacy", 5, "Hanwha", "Hanwha Wisenet WAVE"),
 ("Southend", "Cancer Centre", 8, "Hanwha", "Hanwha Wisenet WAVE"),
 ("Orsett", "Hospital grounds", 9, "Samsung (Hanwha)", "Dahua DVR"),
 ("Brentwood Community", "External", 6, "Axis", "Milestone XProtect"),
 ("Mayflower Community", "External", 5, "Axis", "Milestone XProtect"),
 ("St Peter's, Maldon", "Entrance / car park", 4, "Samsung (Hanwha)", "Dahua DVR"),
]
for r in data:
    rows.append(list(r))
tot = sum(r[2] for r in data)
rows.append(["TOTAL", "", tot, "", ""])
L.grid(rows, widths=(30, 52, 18, 32, 38), bold_last=True)
L.p("Question 3", style="B")
L.p("Please see the table above.")
L.p("Question 4", style="B")
L.p("The Trust's CCTV DPIA was last reviewed in September 2023 and is due for review in 2025.")
L.p("Please note that the information provided relates to cameras owned and managed by the Trust. It does not include cameras operated by third parties at Trust sites (for example retail outlets or the Essex Police custody liaison area).")
L.p("If you are dissatisfied with the response you may request an internal review by contacting mse.foi@nhs.net within 40 working days. If you remain dissatisfied you have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
L.p("Yours sincerely,", gap=6)
L.p("FOI Team\nMid and South Essex NHS Foundation Trust")
L.output(path(f"{NN}-reply.pdf"))
print(tot)
append_label(NN, "pdf", "nhs", "foia", "no", "yes", "answered", [], tot,
             "Dahua appears only as the recorder at some sites while all the cameras are Hanwha or Axis, and Question 3 is answered only by 'see the table above' in a long two-page letter.")
