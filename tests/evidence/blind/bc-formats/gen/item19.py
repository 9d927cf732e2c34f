import csv, io
from lib import *

write_text("19-request.txt", """
Scottish Fire and Rescue Service - FOISA request

(a) For each fire station, how many CCTV cameras are installed and where on the site they are positioned.
(b) The make of the cameras and of the recording equipment.
(c) Whether the SFRS uses any Hikvision or Dahua products in its CCTV systems.

Regards
Alasdair Forsyth
""")

rows = [
    ["SFRS FOI 0612-24: CCTV at SFRS premises by Service Delivery Area", "", "", "", "", "", ""],
    ["Service Delivery Area", "Stations with CCTV", "Axis", "Hanwha", "Vista", "Total cameras", "Recorder make"],
    ["North", 38, 61, 24, 17, 102, "Dahua (NVR)"],
    ["East", 29, 55, 30, 0, 85, "Dahua (NVR)"],
    ["West", 41, 88, 19, 22, 129, "Dahua (NVR) / Milestone server (HQ sites)"],
    ["Total", 108, 204, 73, 39, 316, ""],
]
assert 61 + 24 + 17 == 102 and 55 + 30 == 85 and 88 + 19 + 22 == 129 and 102 + 85 + 129 == 316
buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(rows)

letter = """SCOTTISH FIRE AND RESCUE SERVICE
Westburn Drive, Cambuslang G72 7NA

Our Ref: FOI 0612-24
Date: 14 November 2024

Dear Mr Forsyth

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - RESPONSE

Thank you for your request for information, received on 17 October 2024.

SFRS holds the information you have requested. Our response is set out below and in the accompanying file (FOI 0612-24 CCTV by SDA.csv).

(a) We have provided the number of cameras summarised by Service Delivery Area (North, East and West) rather than by individual station. We are withholding the station-by-station figures and the positions of cameras on each site under the following exemptions in FOISA:

  - section 35(1)(a) and (b) - law enforcement (prevention or detection of crime; apprehension or prosecution of offenders); and
  - section 39(1) - health, safety and the environment.

Our stations hold operational vehicles, equipment and controlled substances, and many are unstaffed for long periods (retained and volunteer stations). Disclosing which stations have CCTV, how many cameras, and where they are positioned would identify stations with limited coverage and would be likely to endanger the safety of staff and substantially prejudice the prevention of crime. These exemptions are subject to the public interest test. While we recognise the public interest in transparency about the use of public money and surveillance, we consider the public interest is best served by withholding this level of detail.

(b) and (c) Please see the accompanying file, which shows the camera manufacturers by column and the make of recording equipment.

If you are unhappy with our response, you may ask us to carry out an internal review by writing to the Information Governance Manager at SFRS.FOI@firescotland.gov.uk within 40 working days. If you are still dissatisfied following the review, you have the right to apply to the Scottish Information Commissioner within six months for a decision. You can apply online at www.foi.scot/appeal or write to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS.

Yours sincerely

Alison Brodie
Information Governance Officer
"""
write_bytes("19-reply.zip", zip_bytes([("FOI 0612-24 Response Letter.txt", letter.encode("utf-8")),
                                         ("FOI 0612-24 CCTV by SDA.csv", buf.getvalue().encode("utf-8"))]))
add_label(path="19-reply.zip", request_file="19-request.txt", format="zip", body_type="fire",
          law="foisa", hikvision="no", dahua="yes", outcome="partially_answered", exemptions=["s35", "s39"],
          camera_count=316, note="Dahua appears only as the recorder make in the CSV (recorders count as Dahua in use); total row already given, the stations column is not a camera count.")
