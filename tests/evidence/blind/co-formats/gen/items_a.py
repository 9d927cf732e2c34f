"""Items 01-06."""
from lib import (write_text, write_bytes, docx_bytes, pdf_bytes, eml_bytes, dt, label)

ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


# ------------------------------------------------------------------ 01 eml, plain body, Original Message
@item
def i01():
    req = """From: Tom Ferriby <t.ferriby.foi@protonmail.com>
To: foi@northwold.gov.uk
Subject: FOI request - CCTV cameras

Dear Sir/Madam,

Under the Freedom of Information Act 2000 please could you provide the following:

1) The number of CCTV cameras operated by the council, both public space and on council-owned buildings.
2) Are any of these cameras manufactured by Hikvision?
3) Are any manufactured by Dahua?
4) Who maintains the council's CCTV system?

Many thanks,
Tom Ferriby
"""
    write_text("01-request.txt", req)
    body = """Dear Mr Ferriby,

Freedom of Information Request - Ref: FOI-25-0412

Thank you for your email received on 3 March 2025. Please see the council's response below.

1) Town centre public space system - 71 cameras
   Council buildings (Civic Offices, Station Road depot, the two leisure centres) - 16 cameras

2) No

3) Yes. There are 4 Dahua dome cameras in the vehicle yard at Station Road depot.

4) Sentinel Integrated Systems Ltd, under a maintenance contract running to March 2027.

If you are dissatisfied with the handling of your request you may ask for an internal review by
writing to the address below within 40 working days. If you remain unhappy after the review you can
complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Kind regards

Gemma Lowther
Information Governance Officer
Northwold District Council | Civic Offices, Market Place, Northwold NW3 2QA
T: 01366 448 210 | foi@northwold.gov.uk

This email and any attachments are confidential and intended solely for the addressee.

-----Original Message-----
From: Tom Ferriby <t.ferriby.foi@protonmail.com>
Sent: 03 March 2025 08:41
To: FOI <foi@northwold.gov.uk>
Subject: FOI request - CCTV cameras

Dear Sir/Madam,

Under the Freedom of Information Act 2000 please could you provide the following:

1) The number of CCTV cameras operated by the council, both public space and on council-owned buildings.
2) Are any of these cameras manufactured by Hikvision?
3) Are any manufactured by Dahua?
4) Who maintains the council's CCTV system?

Many thanks,
Tom Ferriby
"""
    write_bytes("01-reply.eml", eml_bytes(
        "FOI <foi@northwold.gov.uk>", "Tom Ferriby <t.ferriby.foi@protonmail.com>",
        "RE: FOI request - CCTV cameras [FOI-25-0412]", dt(2025, 3, 27, 14, 12), text=body))
    return label("01-reply.eml", "01-request.txt", "eml", "council", "foia", "no", "yes", "answered", [],
                 87, "count split into public space and buildings with no total; Dahua only at a depot")


# ------------------------------------------------------------------ 02 eml with docx attachment (Q|A table)
@item
def i02():
    req = """To: Freedom of Information Office, Calderbrook Teaching Hospitals NHS Foundation Trust

Request under the Freedom of Information Act 2000

Q1 How many CCTV cameras does the Trust operate across all of its sites?
Q2 Which manufacturers supply these cameras?
Q3 Are any of the Trust's CCTV cameras manufactured by Hikvision or Dahua?
Q4 Does the Trust use facial recognition software on any CCTV system?
Q5 Has the Trust completed a Data Protection Impact Assessment for CCTV? If so, when was it last reviewed?
Q6 What was the Trust's total spend on CCTV maintenance in 2023/24?

Yours faithfully,
Priya Anand
"""
    write_text("02-request.txt", req)
    rows = [
        ["Question", "Trust response"],
        ["Q1 How many CCTV cameras does the Trust operate across all of its sites?",
         "Approximately 640 cameras across Calderbrook General, St Aidan's, Pendle Community Hospital and "
         "the Riverside Health Centre."],
        ["Q2 Which manufacturers supply these cameras?",
         "The main manufacturers are Avigilon, Axis, Hanwha Vision and Bosch. A number of older analogue "
         "cameras at Pendle Community Hospital pre-date our current asset records and their make is not recorded."],
        ["Q3 Are any of the Trust's CCTV cameras manufactured by Hikvision or Dahua?", "No."],
        ["Q4 Does the Trust use facial recognition software on any CCTV system?",
         "No. The Trust does not use facial recognition technology."],
        ["Q5 Has the Trust completed a DPIA for CCTV? If so, when was it last reviewed?",
         "Yes. The CCTV DPIA was last reviewed in November 2024."],
        ["Q6 What was the Trust's total spend on CCTV maintenance in 2023/24?",
         "The Trust holds this information but considers it exempt under Section 43(2) (commercial interests) "
         "of the FOIA. The contract is currently being re-tendered and disclosure of the value would be likely "
         "to prejudice the Trust's position in that process. Having considered the public interest, we believe "
         "it favours withholding the information at this time."],
    ]
    blocks = [
        ("p", "Calderbrook Teaching Hospitals NHS Foundation Trust\nInformation Governance Department\n"
              "Calderbrook General Hospital, Moor Lane, Calderbrook CB4 9HT"),
        ("p", "Our reference: FOI/2425/0877\nDate: 14 February 2025"),
        ("p", "Dear Ms Anand"),
        ("b", "Freedom of Information Act 2000 - Request for Information"),
        ("p", "We write in response to your request received on 20 January 2025. The Trust's response to each "
              "of your questions is set out in the table below."),
        ("table", rows, {"widths": [6.5, 10]}),
        ("p", "The information supplied is subject to copyright of the Trust and may not be re-used for "
              "commercial purposes without our permission."),
        ("p", "If you are not satisfied with this response you may request an internal review within "
              "40 working days by contacting foi.requests@calderbrook.nhs.uk. If you remain dissatisfied "
              "you have the right to apply to the Information Commissioner."),
        ("p", "Yours sincerely\n\nMartin Ashdown\nFOI Lead, Information Governance"),
    ]
    doc = docx_bytes(blocks, header="Calderbrook Teaching Hospitals NHS Foundation Trust",
                     footer="FOI/2425/0877  |  OFFICIAL")
    body = """Dear Ms Anand,

Please find attached the Trust's response to your Freedom of Information request (ref FOI/2425/0877).

Kind regards,

FOI Team
Calderbrook Teaching Hospitals NHS Foundation Trust

********************************************************************
This message may contain confidential information. If you are not the intended
recipient please inform the sender and delete the message.
********************************************************************
"""
    write_bytes("02-reply.eml", eml_bytes(
        "FOI Requests <foi.requests@calderbrook.nhs.uk>", "Priya Anand <priya.anand.research@gmail.com>",
        "FOI/2425/0877 - Response", dt(2025, 2, 14, 16, 3), text=body,
        attachments=[("FOI 2425-0877 Response letter.docx", doc, "application",
                      "vnd.openxmlformats-officedocument.wordprocessingml.document")]))
    return label("02-reply.eml", "02-request.txt", "eml", "nhs", "foia", "no", "no", "partially_answered",
                 ["s43"], 640, "answers are in an attached Word table; joint maker question answered by a bare No")


# ------------------------------------------------------------------ 03 eml with pdf attachment, police
@item
def i03():
    req = """Dear Wessex Vale Police,

Please provide, under the FOI Act:

(a) The total number of CCTV cameras installed at buildings on the police estate (stations, custody
    suites, offices, vehicle workshops).
(b) How many of these cameras are in each custody suite.
(c) Whether any of these cameras were manufactured by Hikvision, and if so how many.
(d) Whether any were manufactured by Dahua, and if so how many.
(e) Whether the Force has a plan to replace any Chinese-manufactured surveillance equipment.

Thank you,
D. Whitcombe
"""
    write_text("03-request.txt", req)
    blocks = [
        ("p", "Freedom of Information Unit\nWessex Vale Police Headquarters\nKingsmere Road\nAndover Down SP11 7RW"),
        ("p", "Mr D Whitcombe\nBy email"),
        ("p", "Date: 09/05/2025\nReference No: FOI 2025/01163"),
        ("p", "Dear Mr Whitcombe"),
        ("b", "FREEDOM OF INFORMATION REQUEST"),
        ("p", "I write in connection with your request for information received by Wessex Vale Police on "
              "10 April 2025. Your request has been considered and I am now in a position to respond."),
        ("p", "Wessex Vale Police holds information relevant to your request. Parts of it are exempt from "
              "disclosure and, in accordance with Section 17 of the Freedom of Information Act 2000, this letter "
              "acts as a Refusal Notice for those parts."),
        ("b", "(a) Total number of cameras on the police estate"),
        ("p", "There are 412 CCTV cameras installed across the buildings of the Wessex Vale Police estate."),
        ("b", "(b) Cameras in each custody suite"),
        ("p", "This information is exempt by virtue of Sections 24(1) National Security and 31(1)(a)(b) Law "
              "Enforcement. Disclosing the level of coverage within individual custody suites would reveal where "
              "coverage is concentrated, and by inference where it is not, which could be exploited by those "
              "intent on causing harm to detained persons, staff or the public."),
        ("b", "(c) Hikvision"),
        ("p", "Yes. 23 Hikvision cameras remain in use at non-operational sites, being the Ridgeway vehicle "
              "workshop and the Marsh Lane property store."),
        ("b", "(d) Dahua"),
        ("p", "No Dahua cameras or recording equipment are in use on the Force estate."),
        ("b", "(e) Replacement plan"),
        ("p", "The Hikvision units referred to above are scheduled for replacement during the 2026/27 "
              "financial year as part of the estates security refresh."),
        ("h", "Public Interest Test"),
        ("p", "Sections 24 and 31 are qualified, prejudice-based exemptions. Factors favouring disclosure "
              "include transparency in the use of public funds and public confidence in the care of detained "
              "persons. Factors favouring non-disclosure include the risk of revealing vulnerabilities in "
              "custody security. On balance the Force considers the public interest favours withholding the "
              "information requested at (b)."),
        ("p", "Should you have any further enquiries concerning this matter, please contact the FOI Unit "
              "quoting the reference number above."),
        ("p", "Yours sincerely\n\nHelen Marchetti\nFreedom of Information Decision Maker"),
        ("h", "Your right to request a review"),
        ("p", "If you are dissatisfied with this response you may request an internal review within 40 "
              "working days. If you remain dissatisfied you may apply to the Information Commissioner's Office."),
    ]
    pdf = pdf_bytes(blocks, header_left="WESSEX VALE POLICE", header_right="OFFICIAL",
                    footer_left="FOI 2025/01163", page_label="{n}")
    body = """Good afternoon,

Please see attached the response to your FOI request.

Regards
FOI Unit
Wessex Vale Police

Working together for a safer Wessex Vale
"""
    write_bytes("03-reply.eml", eml_bytes(
        "Freedom of Information <foi@wessexvale.police.uk>", "d.whitcombe@outlook.com",
        "FOI 2025/01163 Final Response", dt(2025, 5, 9, 13, 40), text=body,
        attachments=[("FOI 2025-01163 Response.pdf", pdf, "application", "pdf")]))
    return label("03-reply.eml", "03-request.txt", "eml", "police", "foia", "yes", "no", "partially_answered",
                 ["s24", "s31"], 412, "answer in attached PDF; Hikvision at non-operational sites due for "
                 "replacement later is still in use")


# ------------------------------------------------------------------ 04 html-only email, university
@item
def i04():
    req = """Dear University of Tamarside,

I would like to request the following information under the Freedom of Information Act 2000.

1. The total number of CCTV cameras operated by the University across its campuses.
2. A list of the manufacturers of all of these cameras, with the number from each manufacturer.
3. Whether the University uses any cameras with audio recording capability.

Best wishes
Callum Rees
"""
    write_text("04-request.txt", req)
    html = """<html><head><meta charset="utf-8"><style>
body{font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 8px}
th{background:#1f3864;color:#fff}.sig{color:#1f3864;font-size:9pt}
</style></head><body>
<p>Dear Callum</p>
<p><b>Information request &ndash; UT-FOI-2024-318</b></p>
<p>Thank you for your request, which we received on 2 October 2024. The University holds the information
you have asked for and our response is set out below.</p>
<p><b>1 &amp; 2.</b> The University's Security Services team maintains the following cameras, broken down by
manufacturer:</p>
<table>
<tr><th>Manufacturer</th><th>No. of cameras</th></tr>
<tr><td>Axis Communications</td><td>212</td></tr>
<tr><td>Hanwha Vision (formerly Samsung Techwin)</td><td>96</td></tr>
<tr><td>Hikvision</td><td>38</td></tr>
<tr><td>Vivotek</td><td>11</td></tr>
</table>
<p><b>3.</b> None of the University's cameras record audio. Some Axis units have a built-in microphone;
this is disabled at the device level.</p>
<p>If you are unhappy with the way your request has been handled you can ask for a review by replying to
this email within 40 working days. You also have the right to complain to the Information Commissioner's
Office (<a href="https://ico.org.uk">ico.org.uk</a>).</p>
<p>With best wishes</p>
<p class="sig"><b>Rhiannon Pascoe</b><br>Information Compliance Officer<br>University of Tamarside<br>
Drake Building, Tamarside Campus, Plymouth PL4 8ZZ<br>foi@tamarside.ac.uk</p>
<p style="font-size:8pt;color:#777">This email and any files transmitted with it are confidential.</p>
</body></html>"""
    write_bytes("04-reply.eml", eml_bytes(
        "Information Compliance <foi@tamarside.ac.uk>", "Callum Rees <callum.rees@fastmail.co.uk>",
        "Your information request UT-FOI-2024-318", dt(2024, 10, 29, 11, 22), html=html))
    return label("04-reply.eml", "04-request.txt", "eml", "university", "foia", "yes", "no", "answered", [],
                 357, "HTML-only email; total must be summed from a per-maker table; Dahua absent from a complete list")


# ------------------------------------------------------------------ 05 docx two-column table, Welsh council
@item
def i05():
    req = """Annwyl Syr/Madam / Dear Sir or Madam,

Freedom of Information request - CCTV

1. How many CCTV cameras does the council operate? Please include public space and corporate buildings.
2. Which manufacturers make the council's cameras?
3. Are any of the council's cameras made by Hikvision or Dahua?
4. If so, does the council have any plans to remove or replace them?
5. Who is the council's CCTV installer/maintainer?

Diolch,
Sian Prydderch
"""
    write_text("05-request.txt", req)
    rows = [
        ["Cwestiwn / Question", "Ymateb / Response"],
        ["1. How many CCTV cameras does the council operate?",
         "Public space CCTV: 58\nCorporate buildings (offices, depots, libraries, leisure): 103\n"
         "Schools manage their own systems and are not included in these figures."],
        ["2. Which manufacturers make the council's cameras?",
         "Predominantly Hikvision (including the HiWatch range) and Axis."],
        ["3. Are any of the council's cameras made by Hikvision or Dahua?", "Yes, see response to question 2."],
        ["4. If so, does the council have any plans to remove or replace them?",
         "A phased replacement programme is under way. The council aims to complete it by 31 March 2027, "
         "subject to budget."],
        ["5. Who is the council's CCTV installer/maintainer?", "Celtic Fire & Security Ltd, Carmarthen."],
    ]
    blocks = [
        ("p", "Cyngor Sir Dyffryn Teifi / Teifi Valley County Council\nUned Llywodraethu Gwybodaeth / "
              "Information Governance Unit\nNeuadd y Sir, Heol y Bont, Llandysul SA44 4XZ"),
        ("p", "Ein cyf / Our ref: FOI/1124/0932\nDyddiad / Date: 18 December 2024"),
        ("p", "Dear Ms Prydderch"),
        ("b", "Freedom of Information Act 2000 - Request FOI/1124/0932"),
        ("p", "Thank you for your request for information dated 25 November 2024. I can confirm that the "
              "council holds the information and it is provided in the table below."),
        ("table", rows, {"widths": [7, 9.5]}),
        ("p", "Mae croeso i chi ohebu â ni yn Gymraeg. You are welcome to correspond with us in Welsh."),
        ("p", "If you are dissatisfied with this response you may ask for an internal review within 40 working "
              "days of the date of this letter. Thereafter you may complain to the Information Commissioner's "
              "Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
        ("p", "Yn gywir / Yours sincerely\n\nEmyr Watkins\nSwyddog Rhyddid Gwybodaeth / Freedom of Information Officer"),
    ]
    write_bytes("05-reply.docx", docx_bytes(blocks, header="Cyngor Sir Dyffryn Teifi | Teifi Valley County Council",
                                            footer="FOI/1124/0932"))
    return label("05-reply.docx", "05-request.txt", "docx", "welsh_council", "foia", "yes", "unknown", "answered",
                 [], 161, "joint question answered 'Yes, see Q2' and Q2 is a non-exhaustive list naming only "
                 "Hikvision; replacement is in the future")


# ------------------------------------------------------------------ 06 docx bold repeated question, academy trust
@item
def i06():
    req = """To the Data Protection / FOI lead, Meridian Learning Trust

Please could you tell me:
1. How many CCTV cameras are installed across the trust's schools?
2. What make and model are the cameras?
3. Do any of the cameras record audio?
4. Who can view the recordings?

Thanks, Jo Hartigan
"""
    write_text("06-request.txt", req)
    blocks = [
        ("p", "MERIDIAN LEARNING TRUST\nTrust Central Office, Kingsway, Thornbury Vale TV2 6PL\n"
              "Registered in England and Wales, Company No. 08812345"),
        ("p", "6 June 2024"),
        ("p", "Dear Jo"),
        ("p", "Re: Your Freedom of Information request of 13 May 2024"),
        ("p", "Thank you for your enquiry. Please find the Trust's response beneath each of your questions."),
        ("qa", "1. How many CCTV cameras are installed across the trust's schools?",
         "Oakhurst Primary School - 14\nMarlow Fields Academy - 37\nKingsway Infant School - 6"),
        ("qa", "2. What make and model are the cameras?",
         "All cameras across the three schools were supplied and installed by Brightguard Security Ltd and are "
         "HiLook branded (a mix of IPC-T250H turret and IPC-B140H bullet models)."),
        ("qa", "3. Do any of the cameras record audio?", "No."),
        ("qa", "4. Who can view the recordings?",
         "Each school's headteacher and site manager, and the Trust's Data Protection Officer. Footage may be "
         "shared with the police on request where the law allows."),
        ("p", "If you are not happy with our response, please write to the Trust's Chief Operating Officer at "
              "the address above to request a review. You may also contact the Information Commissioner's Office."),
        ("p", "Kind regards\n\nLouise Kerrigan\nData Protection Officer\nMeridian Learning Trust"),
    ]
    write_bytes("06-reply.docx", docx_bytes(blocks, font="Calibri"))
    return label("06-reply.docx", "06-request.txt", "docx", "academy", "foia", "yes", "no", "answered", [], 57,
                 "Hikvision appears only as its HiLook brand; count is a per-school list with no total")
