"""Items 19-26."""
from lib import (write_text, write_bytes, docx_bytes, pdf_bytes, xlsx_bytes, eml_bytes, dt, label)

ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


# ------------------------------------------------------------------ 19 docx, Scottish agency, not held (landlord)
@item
def i19():
    req = """To: Scottish Land Records Agency

Under the Freedom of Information (Scotland) Act 2002, please provide:

- the number of CCTV cameras at the Agency's offices at Meadowbank House, Edinburgh
- the manufacturer of those cameras
- whether any of them are Hikvision or Dahua
- who has access to the footage

Regards,
Hamish Duguid
"""
    write_text("19-request.txt", req)
    blocks = [
        ("p", "Scottish Land Records Agency\nMeadowbank House, 153 London Road, Edinburgh EH7 6AT\n"
              "foi@slra.gov.scot"),
        ("p", "Our reference: SLRA-FOI-2024-0219\n28 October 2024"),
        ("p", "Dear Mr Duguid"),
        ("b", "REQUEST FOR INFORMATION - CCTV AT MEADOWBANK HOUSE"),
        ("p", "Thank you for your request dated 1 October 2024 under the Freedom of Information (Scotland) Act "
              "2002 (FOISA). I have set out each part of your request below, followed by the Agency's response."),
        ("qa", "The number of CCTV cameras at the Agency's offices at Meadowbank House, Edinburgh",
         "The Agency occupies floors 3 to 6 of Meadowbank House under a lease. The CCTV system at the building "
         "is owned, operated and maintained by the landlord, Caledonian Property Trust plc, through its managing "
         "agent. The Agency does not own or operate any CCTV cameras and does not hold information on the number "
         "of cameras at the building."),
        ("qa", "The manufacturer of those cameras", "As above, the Agency does not hold this information."),
        ("qa", "Whether any of them are Hikvision or Dahua", "As above."),
        ("qa", "Who has access to the footage",
         "Access to footage is controlled by the landlord's managing agent. The Agency does not hold a record of "
         "who has access."),
        ("p", "Under section 17(1) of FOISA, this letter serves as notice that the Agency does not hold the "
              "information you have requested. You may wish to contact the managing agent, Holyrood Estates "
              "Management, directly, although please note that as a private company it is not subject to FOISA."),
        ("b", "Your right to request a review"),
        ("p", "If you are unhappy with this response, you may ask us to carry out an internal review, using our "
              "review procedure, within 40 working days. If you are then still unhappy you have the right to appeal "
              "to the Scottish Information Commissioner."),
        ("p", "Yours sincerely\n\nIona MacPhail\nInformation Rights Officer"),
    ]
    write_bytes("19-reply.docx", docx_bytes(blocks, font="Arial", header="Scottish Land Records Agency - OFFICIAL"))
    return label("19-reply.docx", "19-request.txt", "docx", "scottish_gov", "foisa", "unknown", "unknown",
                 "not_held", ["s17"], None,
                 "cameras are the landlord's; FOISA s17 not-held notice, Agency says it operates none itself")


# ------------------------------------------------------------------ 20 pdf university, range count, s31/s43
@item
def i20():
    req = """Dear University of Pentland Moor,

I am making a request under the Freedom of Information Act 2000 for:

1) the number of CCTV cameras operated by the University
2) the locations of the cameras
3) whether any are manufactured by Hikvision, and how many
4) whether any are manufactured by Dahua, and how many
5) the University's total spend on CCTV (installation and maintenance) in each of the last three financial years

Yours sincerely
Oliver Brennan-Shaw
"""
    write_text("20-request.txt", req)
    blocks = [
        ("p", "Governance and Legal Services\nUniversity of Pentland Moor\nMoorside Road, Brackenbury BD17 3PX"),
        ("p", "Ref: UPM-IR-1592\n17 March 2025"),
        ("p", "Dear Mr Brennan-Shaw"),
        ("b", "Freedom of Information Act 2000: Request for Information"),
        ("p", "I write regarding your request for information, received on 17 February 2025. The University's "
              "response is as follows."),
        ("b", "1) Number of CCTV cameras"),
        ("p", "The University's central security system and the separately managed systems at the Kirkholme "
              "Agricultural Campus and the Medical School together comprise between 600 and 650 cameras. An exact "
              "figure cannot be given because the Kirkholme system is being migrated onto the central platform and "
              "its inventory is being re-validated."),
        ("b", "2) Locations"),
        ("p", "The University can confirm that cameras are installed at all three of its campuses, covering building "
              "entrances, car parks, residences and external routes. A camera-by-camera list of locations is "
              "withheld under section 31(1)(a) (prevention or detection of crime) of the Act. Publishing the "
              "precise placement of cameras would reveal gaps in coverage that could be exploited for theft, "
              "criminal damage or more serious offences against students and staff."),
        ("p", "In applying section 31 the University has weighed the public interest in transparency about "
              "surveillance of students and staff against the public interest in preventing crime on its "
              "campuses, and has concluded that the balance lies in withholding the detailed locations."),
        ("b", "3) Hikvision"),
        ("p", "Yes. There are Hikvision cameras on the Kirkholme Agricultural Campus, mainly at the livestock "
              "buildings and the machinery store. The number is part of the inventory being re-validated (see "
              "answer 1) and is not currently held in a reliable form."),
        ("b", "4) Dahua"),
        ("p", "The University does not have any Dahua cameras."),
        ("b", "5) Spend on CCTV"),
        ("p", "The University's CCTV installation and maintenance services are provided under a framework "
              "contract which is due for re-procurement in 2025/26. The University considers that the annual "
              "expenditure figures are exempt under section 43(2) of the Act, as disclosure would be likely to "
              "prejudice the commercial interests of both the University and its contractor. The public interest "
              "test has been applied and the University considers that the public interest in maintaining the "
              "exemption outweighs the public interest in disclosure at this time."),
        ("p", "This letter constitutes a refusal notice under section 17 of the Act in respect of the information "
              "withheld at parts 2 and 5."),
        ("b", "Internal review"),
        ("p", "If you are dissatisfied with the University's response, you may request an internal review by "
              "writing to the Head of Governance and Legal Services within 40 working days of the date of this "
              "letter. If you remain dissatisfied after the internal review you may complain to the Information "
              "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk)."),
        ("b", "Copyright"),
        ("p", "The information supplied to you continues to be protected by the Copyright, Designs and Patents Act "
              "1988. You are free to use it for your own purposes, including non-commercial research and for the "
              "purposes of news reporting. Any other re-use will require the permission of the copyright holder."),
        ("p", "Yours sincerely\n\n\nDr Fenella Ashworth\nInformation Compliance Manager"),
    ]
    pdf = pdf_bytes(blocks, header_left="University of Pentland Moor", header_right="Governance and Legal Services",
                    footer_left="UPM-IR-1592  |  Information Compliance", page_label="Page {n} of {t}", size=12)
    write_bytes("20-reply.pdf", pdf)
    return label("20-reply.pdf", "20-request.txt", "pdf", "university", "foia", "yes", "no", "partially_answered",
                 ["s31", "s43"], None, "count given only as a range; Hikvision confirmed without a number; "
                 "two exemptions for different parts")


# ------------------------------------------------------------------ 21 eml + pdf, police body-worn video
@item
def i21():
    req = """FOI request to Severnside Police - body worn video

1. How many body worn video cameras does the force currently issue to officers?
2. What make and model are they?
3. Are any of the body worn cameras made by Hikvision or Dahua?
4. How much did the force pay for its current body worn video contract?

Thanks
Jasmine Achebe
"""
    write_text("21-request.txt", req)
    blocks = [
        ("p", "SEVERNSIDE POLICE\nJoint Information Management Unit\nPortway House, Avonmouth BS11 9QY"),
        ("p", "Freedom of Information Request Reference No: 2025-0874\nDate: 2 June 2025"),
        ("p", "Dear Ms Achebe"),
        ("p", "I write in response to your request for information regarding body worn video, received on "
              "6 May 2025. Severnside Police has located information relevant to your request and it is provided "
              "below."),
        ("b", "1. How many body worn video cameras does the force currently issue to officers?"),
        ("p", "1,460 devices are currently in use across frontline response, neighbourhood and roads policing teams. "
              "A further 300 devices are on order for delivery in early 2026 to extend issue to PCSOs and "
              "custody staff."),
        ("b", "2. What make and model are they?"),
        ("p", "All devices currently issued are Axon Body 3. The force's previous Reveal RS3-SX cameras were "
              "withdrawn from service in October 2022."),
        ("b", "3. Are any of the body worn cameras made by Hikvision or Dahua?"),
        ("p", "No."),
        ("b", "4. How much did the force pay for its current body worn video contract?"),
        ("p", "The current contract (2022-2027) was awarded through the National Policing Digital Evidence "
              "framework. The total contract value is £2,184,600 including device, licence and storage costs."),
        ("p", "Severnside Police is committed to transparency and publishes responses to FOI requests in its "
              "disclosure log."),
        ("b", "Complaint Rights"),
        ("p", "Your attention is drawn to the enclosed document which details your right to request an internal "
              "review and, thereafter, to complain to the Information Commissioner."),
        ("p", "Yours sincerely\n\nDaniel Okafor\nDisclosure Officer"),
    ]
    pdf = pdf_bytes(blocks, header_left="OFFICIAL", header_right="Severnside Police", footer_left="2025-0874",
                    page_label="Page {n} of {t}")
    body = """Dear Ms Achebe,

Please find attached our response to your FOI request reference 2025-0874.

Kind regards,
Joint Information Management Unit
Severnside Police

-----Original Message-----
From: Jasmine Achebe <jas.achebe@proton.me>
Sent: 06 May 2025 19:02
To: FOI <foi@severnside.police.uk>
Subject: FOI request - body worn video

FOI request to Severnside Police - body worn video

1. How many body worn video cameras does the force currently issue to officers?
2. What make and model are they?
3. Are any of the body worn cameras made by Hikvision or Dahua?
4. How much did the force pay for its current body worn video contract?

Thanks
Jasmine Achebe
"""
    write_bytes("21-reply.eml", eml_bytes(
        "FOI <foi@severnside.police.uk>", "Jasmine Achebe <jas.achebe@proton.me>",
        "RE: FOI request - body worn video [2025-0874]", dt(2025, 6, 2, 9, 31), text=body,
        attachments=[("2025-0874 Response.pdf", pdf, "application", "pdf")]))
    return label("21-reply.eml", "21-request.txt", "eml", "police", "foia", "no", "no", "answered", [], 1460,
                 "request about body-worn video only, so the BWV count is the answer; devices on order and "
                 "withdrawn models are not counted")


# ------------------------------------------------------------------ 22 xlsx ambulance trust, matrix + recorders sheet
@item
def i22():
    req = """Dear East Pennine Ambulance Service NHS Trust,

FOI request:
1. Number of CCTV cameras at each ambulance station / hub, broken down by manufacturer.
2. Make and model of the recording equipment (NVR/DVR) at each site.
3. Does the Trust use any Hikvision products in its CCTV systems?
4. Does the Trust use any Dahua products in its CCTV systems?

(Not including vehicle cameras.)

Kind regards
Stephen Yau
"""
    write_text("22-request.txt", req)
    stations = [
        ("Halifax Ambulance Station", 6, 0, 0, "Hikvision DS-7616NI-K2"),
        ("Huddersfield Hub", 0, 14, 0, "Hanwha XRN-1620SB1"),
        ("Dewsbury Ambulance Station", 5, 0, 0, "Hikvision DS-7608NI-K2"),
        ("Wakefield Ambulance Station", 0, 8, 0, "Hanwha XRN-820S"),
        ("Barnsley Hub", 4, 9, 0, "Hanwha XRN-1620SB1"),
        ("Keighley Ambulance Station", 5, 0, 0, "Hikvision DS-7608NI-K2"),
        ("Skipton Standby Point", 2, 0, 0, "Hikvision DS-7604NI-K1"),
        ("Pontefract Ambulance Station", 0, 0, 6, "Bosch DIVAR IP 3000"),
        ("Trust HQ / EOC, Calder Park", 12, 22, 18, "Milestone XProtect (Dell servers)"),
        ("Make Ready Centre, Brighouse", 0, 11, 0, "Hanwha XRN-1620SB1"),
        ("Doncaster Hub", 3, 7, 0, "Hanwha XRN-820S"),
    ]
    cams = [["Site", "Axis", "Hanwha", "Bosch"]] + [[s, a, h, b] for s, a, h, b, _ in stations]
    recs = [["Site", "Recorder"]] + [[s, r] for s, _, _, _, r in stations]
    total = sum(a + h + b for _, a, h, b, _ in stations)
    resp = [
        ["East Pennine Ambulance Service NHS Trust"],
        ["Freedom of Information - Ref: EPAS FOI 24/25-411"],
        ["Date: 12/11/2024"],
        [],
        ["Q1", "Please see tab 'Cameras'."],
        ["Q2", "Please see tab 'Recorders'."],
        ["Q3", "The Trust does not use Hikvision cameras."],
        ["Q4", "No."],
        [],
        ["Vehicle-mounted cameras are excluded as requested."],
        ["If you are unhappy with this response you may request an internal review within 40 working days by "
         "contacting foi@epas.nhs.uk. You may also contact the ICO, Wycliffe House, Water Lane, Wilmslow SK9 5AF."],
    ]
    xb = xlsx_bytes([
        ("Response", resp, {"bold_rows": [0, 1], "fill_header": False, "widths": {"A": 12, "B": 60}}),
        ("Cameras", cams, {"bold_rows": [0], "widths": {"A": 34, "B": 10, "C": 10, "D": 10}}),
        ("Recorders", recs, {"bold_rows": [0], "widths": {"A": 34, "B": 36}}),
    ])
    write_bytes("22-reply.xlsx", xb)
    return label("22-reply.xlsx", "22-request.txt", "xlsx", "nhs", "foia", "yes", "no", "answered", [], total,
                 "reply denies Hikvision cameras but the Recorders tab lists Hikvision NVRs; count is a "
                 "site-by-maker matrix with no totals")


# ------------------------------------------------------------------ 23 docx, facial recognition only
@item
def i23():
    req = """Dear Calderside Metropolitan Borough Council,

Under the FOI Act, please can you tell me:

1. Does the council use live facial recognition (LFR) or retrospective facial recognition on any of its CCTV?
2. Has the council ever trialled facial recognition technology?
3. Has the council shared CCTV images with any police force for the purpose of facial recognition searches
   in the last two years?

Yours faithfully,
Ruth Abernethy
"""
    write_text("23-request.txt", req)
    blocks = [
        ("p", "Calderside Metropolitan Borough Council\nInformation Management Team\nTown Hall, Crossley Street, "
              "Calderside HX9 1AB"),
        ("p", "Request reference: 5530981\nDate: 2 April 2025"),
        ("p", "Dear Ms Abernethy"),
        ("p", "Freedom of Information Act 2000"),
        ("p", "Thank you for your request, which we received on 6 March 2025."),
        ("qa", "Q1. Does the council use live facial recognition (LFR) or retrospective facial recognition on any "
               "of its CCTV?",
         "No. The council does not use live or retrospective facial recognition on any of its CCTV systems, and "
         "none of the video management software in use has a facial recognition module enabled or licensed."),
        ("qa", "Q2. Has the council ever trialled facial recognition technology?", "No."),
        ("qa", "Q3. Has the council shared CCTV images with any police force for the purpose of facial recognition "
               "searches in the last two years?",
         "The council shares footage with West Calder Police on request, under the Data Protection Act 2018 "
         "Schedule 2 exemption for the prevention and detection of crime. Requests from the police do not state "
         "whether images will be used for facial recognition searches, so the council does not hold this "
         "information."),
        ("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
              "review. Internal review requests should be submitted within 40 working days of the date of receipt "
              "of the response to your original letter and should be addressed to the Information Management Team."),
        ("p", "If you are not content with the outcome of the internal review, you have the right to apply directly "
              "to the Information Commissioner for a decision."),
        ("p", "Yours sincerely\n\nInformation Management Team"),
    ]
    write_bytes("23-reply.docx", docx_bytes(blocks, font="Arial", footer="Calderside MBC - 5530981"))
    return label("23-reply.docx", "23-request.txt", "docx", "council", "foia", "unknown", "unknown",
                 "partially_answered", [], None,
                 "request only about facial recognition: says nothing of camera makers or numbers; Q3 not held")


# ------------------------------------------------------------------ 24 html-only eml, Welsh council, phased out later
@item
def i24():
    req = """Dear Cyngor Bwrdeistref Sirol Glannau Tawe / Tawe Banks County Borough Council,

I would like to ask:
1. How many CCTV cameras does the council operate?
2. How many of them are made by Hikvision?
3. How many are made by Dahua?
4. Does the council intend to remove the Hikvision/Dahua cameras, and by when?

Diolch yn fawr,
Owain Pritchard
"""
    write_text("24-request.txt", req)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Annwyl Mr Pritchard / Dear Mr Pritchard,</p>
<p><b>Cais Rhyddid Gwybodaeth / Freedom of Information Request &ndash; TBC/FOI/25/1418</b></p>
<p>Diolch am eich cais. Thank you for your request received 12/05/2025. Please find our response below.</p>
<ol>
<li>Two hundred and twelve (212) cameras, made up of the town-centre systems in Pontardawe, Ystalyfera and
Clydach and cameras at council buildings.</li>
<li>57 units. These are at depots and civic buildings and are being phased out by March 2027 under the
council's Security Technology Refresh.</li>
<li>Nil.</li>
<li>See answer 2.</li>
</ol>
<p>Mae croeso i chi ysgrifennu atom yn Gymraeg. / You are welcome to write to us in Welsh.</p>
<p>If you are unhappy with the way your request has been handled you can ask for an internal review.
Please contact us within 40 working days. If you are still unhappy after the review you may complain to the
Information Commissioner's Office.</p>
<p>Yn gywir / Yours sincerely,<br><br>
<b>Llinos Rhys-Evans</b><br>
Swyddog Llywodraethu Gwybodaeth / Information Governance Officer<br>
Cyngor Bwrdeistref Sirol Glannau Tawe / Tawe Banks County Borough Council<br>
<span style="color:#888">Ffôn / Tel: 01792 604 118</span></p>
<hr>
<p style="font-size:8pt;color:#888">Mae'r neges e-bost hon ac unrhyw atodiadau yn gyfrinachol. This e-mail and any
attachments are confidential.</p>
</body></html>"""
    write_bytes("24-reply.eml", eml_bytes(
        "Rhyddid Gwybodaeth / FOI <foi@glannautawe.gov.uk>", "owain.pritchard@btinternet.com",
        "TBC/FOI/25/1418 - Ymateb / Response", dt(2025, 6, 6, 12, 5), html=html))
    return label("24-reply.eml", "24-request.txt", "eml", "welsh_council", "foia", "yes", "no", "answered", [], 212,
                 "bilingual HTML-only email; bare '57 units' and 'Nil' need the request; Hikvision due to go at a "
                 "future date is still in use")


# ------------------------------------------------------------------ 25 docx two-column table, county council
@item
def i25():
    req = """Freedom of Information Request - Westmorland Fells County Council

Part 1 - Does the council use any CCTV cameras manufactured by Hikvision, Dahua, Uniview or Tiandy?
Part 2 - How many CCTV cameras does the council operate in total?
Part 3 - Are any of the council's cameras capable of recording audio or reading number plates?
Part 4 - Please provide a copy of the council's CCTV policy.

Regards,
Gareth Lowes
"""
    write_text("25-request.txt", req)
    rows = [
        ["Request", "Response"],
        ["Part 1", "The brands mentioned in part 1 are not used by the council."],
        ["Part 2", "298 fixed cameras and 14 redeployable cameras."],
        ["Part 3", "Audio - no. ANPR - 6 cameras at the Kendal Road household waste recycling centre read number "
                   "plates for the permit scheme; these are included in the figure at Part 2."],
        ["Part 4", "The CCTV Policy is published on the council's website and is therefore exempt under section 21 "
                   "of the FOIA (information reasonably accessible by other means). It can be found at "
                   "www.westmorlandfells.gov.uk/cctv-policy."],
    ]
    blocks = [
        ("p", "Westmorland Fells County Council\nCounty Hall, Stricklandgate, Kendal LA9 4RQ"),
        ("p", "Your ref: -\nOur ref: WFCC/IG/24/2271\nDate: 20 September 2024"),
        ("p", "Dear Mr Lowes,"),
        ("p", "Thank you for your request for information which we received on 23 August 2024. We have "
              "now completed our searches and our response is given in the table below."),
        ("table", rows, {"widths": [3, 13.5]}),
        ("p", "If you are dissatisfied with this response you can ask for a review by contacting "
              "information.governance@westmorlandfells.gov.uk within 40 working days. If you remain dissatisfied "
              "you may complain to the Information Commissioner."),
        ("p", "Yours sincerely,\n\nTomasz Wierzbicki\nInformation Governance Adviser"),
    ]
    write_bytes("25-reply.docx", docx_bytes(blocks, font="Calibri", size=11,
                                            header="Westmorland Fells County Council", footer="WFCC/IG/24/2271"))
    return label("25-reply.docx", "25-request.txt", "docx", "council", "foia", "no", "no", "partially_answered",
                 ["s21"], 312, "'The brands mentioned in part 1' only makes sense with the request; count must be "
                 "summed; policy withheld under s21 as published")


# ------------------------------------------------------------------ 26 eml + docx, s12 cost refusal
@item
def i26():
    req = """Dear Brackmoor City Council,

Please provide the following information under the Freedom of Information Act 2000:

1. The total number of CCTV cameras at every council-owned or council-managed building, including schools,
   libraries, leisure centres, depots, housing blocks and offices.
2. For each building, the manufacturer and model of each camera.
3. The date each camera was installed.
4. Whether any cameras are Hikvision or Dahua.

Thank you,
Nadia Farouk
"""
    write_text("26-request.txt", req)
    blocks = [
        ("p", "Brackmoor City Council\nLegal and Democratic Services - Information Governance\n"
              "Civic Centre, Brackmoor BK1 1CC"),
        ("p", "Reference: FOI 11873\n9 January 2025"),
        ("p", "Dear Ms Farouk"),
        ("b", "Your request for information"),
        ("p", "We have considered your request of 5 December 2024 under the Freedom of Information Act 2000."),
        ("p", "The council does not hold a single register of CCTV equipment at its buildings. Systems at the "
              "council's 412 operational buildings and housing blocks have been procured by individual services and "
              "schools over a period of more than twenty years, and the information you have asked for would "
              "need to be gathered from local records, invoices and, in many cases, physical inspection of each "
              "site."),
        ("p", "We estimate that locating and extracting the information would take at least 15 minutes per site, "
              "which equates to over 100 hours of officer time. This is well in excess of the appropriate limit of "
              "18 hours (£450) set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) "
              "Regulations 2004."),
        ("p", "Section 12 of the Act therefore allows the council to refuse your request in full, and we are doing "
              "so. This letter acts as a refusal notice under section 17(5)."),
        ("b", "Advice and assistance"),
        ("p", "You may wish to submit a narrower request, for example limited to the council's public space CCTV "
              "system, which is managed centrally by the Community Safety team, or to a small number of named "
              "buildings. Please note that the council cannot guarantee that a refined request will fall within "
              "the limit."),
        ("b", "Your right to complain"),
        ("p", "If you are unhappy with this decision you may ask for an internal review within 40 working days by "
              "writing to the Information Governance Manager. You also have the right to complain to the ICO."),
        ("p", "Yours sincerely\n\nPhilippa Adeyemi\nSenior Information Governance Officer"),
    ]
    doc = docx_bytes(blocks, font="Arial", header="BRACKMOOR CITY COUNCIL", footer="FOI 11873 | OFFICIAL")
    body = """Dear Ms Farouk,

Please see the attached letter regarding your Freedom of Information request, reference FOI 11873.

Regards,
Information Governance Team
Brackmoor City Council

> From: Nadia Farouk <nfarouk@posteo.net>
> Sent: 05 December 2024 21:44
> To: Information Governance <foi@brackmoor.gov.uk>
> Subject: FOI - CCTV at council buildings
>
> Dear Brackmoor City Council,
>
> Please provide the following information under the Freedom of Information Act 2000:
>
> 1. The total number of CCTV cameras at every council-owned or council-managed building, including schools,
>    libraries, leisure centres, depots, housing blocks and offices.
> 2. For each building, the manufacturer and model of each camera.
> 3. The date each camera was installed.
> 4. Whether any cameras are Hikvision or Dahua.
>
> Thank you,
> Nadia Farouk
"""
    write_bytes("26-reply.eml", eml_bytes(
        "Information Governance <foi@brackmoor.gov.uk>", "Nadia Farouk <nfarouk@posteo.net>",
        "FOI 11873 - refusal notice", dt(2025, 1, 9, 10, 55), text=body,
        attachments=[("FOI 11873 Response.docx", doc, "application",
                      "vnd.openxmlformats-officedocument.wordprocessingml.document")]))
    return label("26-reply.eml", "26-request.txt", "eml", "council", "foia", "unknown", "unknown", "refused",
                 ["s12"], None, "whole request refused on cost in an attached Word letter; '412' is a count of "
                 "buildings, not cameras")
