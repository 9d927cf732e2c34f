"""Items 07-12."""
import random
from lib import (write_text, write_bytes, xlsx_bytes, pdf_bytes, scan_pdf, label)

ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


# ------------------------------------------------------------------ 07 xlsx register: cover / register / summary
@item
def i07():
    req = """Dear Ashcombe Borough Council,

Under the Freedom of Information Act I would like to request:

1. A list of every CCTV camera operated by the council, showing the site, location, manufacturer and model.
2. The total number of cameras currently in operation.
3. Whether any of the cameras are made by Hikvision or Dahua.

A spreadsheet would be ideal.

Regards,
Martha Kilbride
"""
    write_text("07-request.txt", req)
    rnd = random.Random(7)
    sites = {
        "Ashcombe Town Centre": ["High St / Market Cross", "High St o/s No.42", "Bridge St junction",
                                 "Bus station stand A", "Bus station stand F", "Church Walk", "Mill Lane car park",
                                 "Fore St east", "Fore St west", "Riverside path", "Library forecourt",
                                 "Station Approach", "Taxi rank", "Coronation Gardens"],
        "Ashcombe Civic Centre": ["Main reception", "Staff entrance", "Council chamber lobby", "Car park north",
                                  "Car park south", "Post room", "Server room corridor"],
        "Kelvedon Road Depot": ["Gatehouse", "Vehicle yard 1", "Vehicle yard 2", "Fuel bay", "Salt barn",
                                "Workshop interior", "Perimeter east", "Perimeter west"],
        "Ashcombe Leisure Centre": ["Entrance", "Reception desk", "Pool hall", "Gym", "Car park", "Cycle store"],
        "Tollgate Multi-Storey Car Park": ["Level 0 entry barrier", "Level 0 pay station", "Level 1 ramp",
                                           "Level 2 ramp", "Level 3 roof", "Stairwell A", "Stairwell B", "Lift lobby"],
        "Orchard Fields Park": ["Play area", "Skate park", "Pavilion"],
        "Westgate Housing Office": ["Front counter", "Interview room corridor", "Rear door"],
    }
    makes = {
        "Ashcombe Town Centre": [("Hanwha", "XNP-6400RW", "PTZ"), ("Hanwha", "XNO-8080R", "Fixed bullet")],
        "Ashcombe Civic Centre": [("Axis", "P3265-LV", "Dome"), ("Axis", "M3086-V", "Mini dome")],
        "Kelvedon Road Depot": [("Hikvision", "DS-2CD2T47G2-L", "Bullet"), ("Hikvision", "DS-2CD2347G2-LU", "Turret")],
        "Ashcombe Leisure Centre": [("Axis", "P3265-LV", "Dome"), ("Axis", "Q6135-LE", "PTZ")],
        "Tollgate Multi-Storey Car Park": [("Hanwha", "XNV-8080R", "Dome"), ("Hanwha", "XNO-6120R", "Bullet")],
        "Orchard Fields Park": [("Hanwha", "XNO-6120R", "Bullet")],
        "Westgate Housing Office": [("Axis", "M3086-V", "Mini dome")],
    }
    rows = []
    n = 0
    for site, locs in sites.items():
        for loc in locs:
            n += 1
            mk, mdl, typ = rnd.choice(makes[site])
            rows.append([f"ABC-CCTV-{n:03d}", site, loc, mk, mdl, typ, "Operational", ""])
    # decommissioned rows: Dahua units removed from the leisure centre and housing office, two Hikvision at depot
    decom = [
        ("Ashcombe Leisure Centre", "Pool hall (old)", "Dahua", "IPC-HDW2431T", "Turret", "Removed Jan 2024"),
        ("Ashcombe Leisure Centre", "Changing village corridor", "Dahua", "IPC-HFW2431S", "Bullet", "Removed Jan 2024 - privacy review"),
        ("Westgate Housing Office", "Waiting area (old)", "Dahua", "IPC-HDBW2431E", "Dome", "Removed Mar 2024"),
        ("Westgate Housing Office", "Rear door (old)", "Dahua", "IPC-HFW1230S", "Bullet", "Replaced by ABC-CCTV-061"),
        ("Kelvedon Road Depot", "Salt barn (old)", "Hikvision", "DS-2CE16D0T", "Bullet (analogue)", "Failed - not replaced"),
        ("Ashcombe Town Centre", "Fore St (old column)", "Hanwha", "SNP-6321H", "PTZ", "Column removed for redevelopment"),
    ]
    for site, loc, mk, mdl, typ, note in decom:
        n += 1
        rows.append([f"ABC-CCTV-{n:03d}", site, loc, mk, mdl, typ, "Decommissioned", note])
    planned = [
        ("Orchard Fields Park", "Car park entrance", "Axis", "P1465-LE", "Bullet", "Approved Cabinet 14/05/24"),
        ("Orchard Fields Park", "Footpath to Mill Lane", "Axis", "P1465-LE", "Bullet", "Approved Cabinet 14/05/24"),
        ("Ashcombe Town Centre", "New bus shelter, Bridge St", "Axis", "Q6135-LE", "PTZ", "Install Q4 2024/25"),
    ]
    for site, loc, mk, mdl, typ, note in planned:
        n += 1
        rows.append([f"ABC-CCTV-{n:03d}", site, loc, mk, mdl, typ, "Planned", note])
    # shuffle by sorting on site so status rows are interleaved with live rows
    order = list(sites)
    rows.sort(key=lambda r: (order.index(r[1]), r[0]))
    live = [r for r in rows if r[6] == "Operational"]
    n_live, n_dec, n_pl = len(live), len([r for r in rows if r[6] == "Decommissioned"]), \
        len([r for r in rows if r[6] == "Planned"])
    register = [["Asset ID", "Site", "Location", "Make", "Model", "Type", "Status", "Comments"]] + rows

    cover = [
        ["Ashcombe Borough Council - Freedom of Information response"],
        [],
        ["Reference", "FOI-ABC-2024-1067"],
        ["Date of response", "23/08/2024"],
        ["Requester", "M. Kilbride"],
        [],
        ["Notes"],
        ["1", "This workbook is extracted from the council's CCTV asset register (Facilities Management) as at 12/08/2024."],
        ["2", "Rows with status 'Decommissioned' are kept on the register for audit purposes. The equipment is no longer installed."],
        ["3", "Rows with status 'Planned' are approved installations that have not yet taken place."],
        ["4", "Question 1 - see 'Asset Register' tab. Questions 2 and 3 - see 'Summary' tab."],
        [],
        ["If you are dissatisfied with this response please contact foi@ashcombe.gov.uk within 40 working days to "
         "request an internal review. You may also complain to the Information Commissioner's Office."],
    ]
    mk_list = sorted({r[3] for r in rows})
    summary = [["Make", "Operational", "Decommissioned", "Planned", "All records"]]
    for mk in mk_list:
        a = len([r for r in rows if r[3] == mk and r[6] == "Operational"])
        b = len([r for r in rows if r[3] == mk and r[6] == "Decommissioned"])
        c = len([r for r in rows if r[3] == mk and r[6] == "Planned"])
        summary.append([mk, a, b, c, a + b + c])
    summary.append(["Total", n_live, n_dec, n_pl, len(rows)])
    xb = xlsx_bytes([
        ("Cover", cover, {"bold_rows": [0, 6], "fill_header": False, "widths": {"A": 22, "B": 110}}),
        ("Asset Register", register, {"bold_rows": [0], "widths": {"A": 14, "B": 30, "C": 30, "D": 12,
                                                                 "E": 18, "F": 16, "G": 16, "H": 36},
                                      "freeze": "A2", "autofilter": f"A1:H{len(register)}"}),
        ("Summary", summary, {"bold_rows": [0, len(summary) - 1], "widths": {"A": 14, "B": 14, "C": 16,
                                                                           "D": 10, "E": 12}}),
    ])
    write_bytes("07-reply.xlsx", xb)
    return label("07-reply.xlsx", "07-request.txt", "xlsx", "council", "foia", "yes", "no", "answered", [],
                 n_live, f"register of {len(rows)} rows with {n_dec} decommissioned and {n_pl} planned; "
                         "Dahua appears only in decommissioned rows")


# ------------------------------------------------------------------ 08 xlsx fire service with total row
@item
def i08():
    req = """Hereward Fire and Rescue Service - FOI request

Q1. How many CCTV cameras are installed at your fire stations and headquarters?
Q2. What is the make of the cameras and of the recording equipment at each station?
Q3. Do you use any Hikvision equipment?
Q4. Do you use any Dahua equipment?

Thank you.
R. Okonjo
"""
    write_text("08-request.txt", req)
    st = [
        # station, internal, external, camera make, recorder
        ("Peterborough Central (HQ)", 14, 12, "Hanwha", "Hanwha Wisenet WRN-1632S"),
        ("Stamford", 3, 5, "Hanwha", "Hanwha Wisenet QRN-830S"),
        ("Wisbech", 2, 4, "Uniview", "Hikvision DS-7608NI-K2"),
        ("March", 2, 3, "Uniview", "Hikvision DS-7608NI-K2"),
        ("Whittlesey", 0, 4, "Honeywell (HQA series)", "Honeywell HQA-N2108"),
        ("Ramsey", 1, 3, "Honeywell (HQA series)", "Honeywell HQA-N2108"),
        ("Oundle", 0, 2, "Hanwha", "Hanwha Wisenet QRN-430S"),
        ("Thorney", 0, 2, "Uniview", "Uniview NVR301-04S3"),
        ("Training Centre, Crowland", 6, 9, "Axis", "Milestone XProtect server"),
        ("Fleet Workshop, Yaxley", 2, 5, "Axis", "Milestone XProtect server"),
    ]
    sheet = [["Station", "Internal cameras", "External cameras", "Total cameras", "Camera make",
              "Recorder (NVR) make/model"]]
    for s, a, b, mk, rec in st:
        sheet.append([s, a, b, a + b, mk, rec])
    ti, te = sum(x[1] for x in st), sum(x[2] for x in st)
    sheet.append(["TOTAL", ti, te, ti + te, "", ""])
    resp = [
        ["FOI 2024-25/188 - Response"],
        [],
        ["Question", "Response"],
        ["Q1. How many CCTV cameras are installed at your fire stations and headquarters?",
         "See worksheet 'Station CCTV'."],
        ["Q2. What is the make of the cameras and of the recording equipment at each station?",
         "See worksheet 'Station CCTV'."],
        ["Q3. Do you use any Hikvision equipment?", "Please refer to columns E and F of the 'Station CCTV' sheet."],
        ["Q4. Do you use any Dahua equipment?", "As Q3."],
        [],
        ["Response prepared by: Corporate Information Team, Hereward Fire and Rescue Service, 30/01/2025"],
        ["Right of review: you may request an internal review within 40 working days by emailing "
         "information@herewardfire.gov.uk. You may then complain to the ICO."],
    ]
    xb = xlsx_bytes([
        ("Response", resp, {"bold_rows": [0, 2], "fill_header": False, "widths": {"A": 70, "B": 60}}),
        ("Station CCTV", sheet, {"bold_rows": [0, len(sheet) - 1], "widths": {"A": 30, "B": 16, "C": 16, "D": 14,
                                                                              "E": 24, "F": 30}}),
    ])
    write_bytes("08-reply.xlsx", xb)
    return label("08-reply.xlsx", "08-request.txt", "xlsx", "fire", "foia", "yes", "yes", "answered", [],
                 ti + te, "maker questions answered only by pointing to the sheet; Hikvision appears only as "
                          "recorders, Dahua only as its Honeywell HQA brand")


# ------------------------------------------------------------------ 09 xlsx per-site table, no total
@item
def i09():
    req = """FOI request: public space CCTV

1) how many public space CCTV cameras does the London Borough of Hatherley operate, broken down by location
2) the manufacturer of the cameras at each location
3) does the council monitor the cameras 24/7?

Sent by K. Mensah
"""
    write_text("09-request.txt", req)
    sites = [
        ("Hatherley Broadway", "Broadway", 9, "PTZ / fixed", "Hanwha"),
        ("Hatherley Station forecourt", "Broadway", 4, "Fixed", "Hanwha"),
        ("Kings Parade", "Kingsfield", 6, "PTZ", "Bosch"),
        ("Kingsfield Estate (Blocks A-F)", "Kingsfield", 14, "Fixed dome", "Dahua"),
        ("Mortimer Road shops", "Mortimer", 3, "PTZ", "Bosch"),
        ("Mortimer Estate", "Mortimer", 11, "Fixed dome", "Dahau"),
        ("Elm Green Park", "Elm Green", 2, "PTZ", "Hanwha"),
        ("Elm Green Library", "Elm Green", 3, "Fixed", "Hanwha"),
        ("Canal towpath (Locks 4-7)", "Northbank", 5, "Fixed", "Bosch"),
        ("Northbank Retail Park access", "Northbank", 2, "Fixed (wide-angle)", "Hanwha"),
        ("Lower Clapton Rd / Hatherley Rd junction", "Southmead", 1, "PTZ", "Bosch"),
        ("Southmead High Street", "Southmead", 7, "PTZ / fixed", "Hanwha"),
        ("Southmead Estate", "Southmead", 8, "Fixed dome", "Dahua"),
        ("Redeployable units (currently deployed)", "Various", 6, "Redeployable PTZ", "Bosch"),
    ]
    sheet = [["Location", "Ward", "No. of cameras", "Camera type", "Manufacturer"]]
    for s in sites:
        sheet.append(list(s))
    notes = [
        ["London Borough of Hatherley - Community Safety CCTV - FOI ref. LBH/IR/25/3316"],
        [],
        ["Q3: The CCTV control room at Hatherley Town Hall is staffed 24 hours a day, 365 days a year."],
        ["Estate cameras are operated by the council's housing service and are monitored from the same control room."],
        ["Information correct as at 01/04/2025."],
    ]
    xb = xlsx_bytes([
        ("Cameras by location", sheet, {"bold_rows": [0], "widths": {"A": 42, "B": 14, "C": 15, "D": 22, "E": 16}}),
        ("Notes", notes, {"bold_rows": [0], "fill_header": False, "widths": {"A": 110}}),
    ])
    write_bytes("09-reply.xlsx", xb)
    return label("09-reply.xlsx", "09-request.txt", "xlsx", "council", "foia", "no", "yes", "answered", [],
                 sum(s[2] for s in sites), "per-location table with no total row; Dahua also spelled 'Dahau'; "
                 "complete per-site maker column leaves out Hikvision")


# ------------------------------------------------------------------ 10 pdf multi-page NHS, answers across pages
@item
def i10():
    req = """Freedom of Information request - Northmarsh Partnership NHS Foundation Trust

Please answer the following:

1. How many CCTV cameras (internal and external) does the Trust operate?
2. Please break this down by site and give the manufacturer(s) of the cameras at each site.
3. Does the Trust use any Hikvision cameras or recorders?
4. Does the Trust use any Dahua cameras or recorders?
5. Does the Trust use body worn cameras? If so how many and of what make?
6. Is any CCTV used in patient bedrooms or seclusion rooms?
7. Does the Trust use facial recognition?

Kind regards
Elaine Fortescue
"""
    write_text("10-request.txt", req)
    sites = [
        ("Beechwood Hospital (inpatient)", 214, "Avigilon; 2 x Hikvision thermal (perimeter)"),
        ("The Larches Mental Health Unit", 188, "Avigilon"),
        ("Saltmarsh House (secure unit)", 236, "Avigilon; Axis"),
        ("Fenwick Lodge", 41, "Axis"),
        ("Harbour View Community Hub", 26, "Axis"),
        ("Northmarsh Trust HQ, Ropewalk", 38, "Axis"),
        ("Seaton Road Resource Centre", 17, "Vivotek"),
        ("Castle Meadows CMHT", 12, "Vivotek"),
        ("Oakfield Older Adults Unit", 96, "Avigilon"),
        ("Brambles Child and Adolescent Unit", 104, "Avigilon"),
        ("St Botolph's Rehabilitation Unit", 63, "Axis"),
        ("Marsh Lane Day Services", 19, "Vivotek"),
        ("Estates and Facilities depot, Wharf Rd", 22, "Axis"),
        ("Learning and Development Centre", 14, "Axis"),
        ("Pharmacy distribution hub", 28, "Axis"),
    ]
    total = sum(s[1] for s in sites)
    filler = ("The Trust has interpreted this question as relating to fixed CCTV cameras which are owned and operated "
              "by the Trust. Cameras installed in buildings where the Trust is a tenant and the landlord provides the "
              "system (for example GP surgeries and shared community buildings) are not included. Cameras "
              "forming part of clinical observation systems, such as the Oxevision system used on some wards, are "
              "not CCTV and have not been counted.")
    blocks = [
        ("p", "Information Governance Team\nNorthmarsh Partnership NHS Foundation Trust\nRopewalk House, Quay Street\n"
              "Northmarsh NM1 4DQ\n\nTel: 01472 558 900\nEmail: npft.foi@nhs.net"),
        ("p", "Ms E Fortescue\nVia email"),
        ("p", "Our Ref: FOI 6152\nDate: 4 July 2025"),
        ("p", "Dear Ms Fortescue,"),
        ("b", "Re: Request for Information under the Freedom of Information Act 2000"),
        ("p", "Thank you for your request for information which we received on 5 June 2025. We are required "
              "under the Act to respond within 20 working days, and I am pleased to provide the following "
              "response. Your questions are shown in bold, followed by the Trust's answer."),
        ("qa", "1. How many CCTV cameras (internal and external) does the Trust operate?",
         f"The Trust operates {total:,} CCTV cameras across its estate. {filler}"),
        ("p", "The Trust has also reviewed whether any cameras have been installed by individual services outside of "
              "the Estates and Facilities process. Two such systems were identified during the course of this "
              "request and have been added to the central register; they are included in the site totals below."),
        ("qa", "2. Please break this down by site and give the manufacturer(s) of the cameras at each site.",
         "Please see the table below."),
        ("table", [["Site", "No. of cameras", "Manufacturer(s)"]] + [[s, str(n), m] for s, n, m in sites],
         {"widths": [7.5, 3, 6]}),
        ("p", "Recording at all inpatient sites is onto Avigilon Control Center servers housed in Trust data "
              "centres. Community sites use local network video recorders supplied by the Trust's maintenance "
              "contractor, Coastline Electrical & Security Ltd."),
        ("qa", "3. Does the Trust use any Hikvision cameras or recorders?",
         "Yes. The two thermal cameras on the perimeter fence at Beechwood Hospital, shown in the table above, "
         "are Hikvision DS-2TD2617 units. No Hikvision recorders are in use."),
        ("qa", "4. Does the Trust use any Dahua cameras or recorders?", "No."),
        ("qa", "5. Does the Trust use body worn cameras? If so how many and of what make?",
         "Yes. The Trust has 45 body worn cameras, all manufactured by Motorola Solutions (VB400), which are "
         "in use on adult acute and PICU wards. These are not included in the answer to question 1."),
        ("qa", "6. Is any CCTV used in patient bedrooms or seclusion rooms?",
         "CCTV is not installed in patient bedrooms. Seclusion rooms at Saltmarsh House and The Larches have "
         "CCTV coverage in line with the Mental Health Act Code of Practice; these cameras are included in the "
         "site totals above."),
        ("qa", "7. Does the Trust use facial recognition?", "No."),
        ("p", "Please remember to quote the reference number above in any future communications."),
        ("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
              "review. Internal review requests should be submitted within two months of the date of receipt of this "
              "response and should be addressed to the Head of Information Governance at the address above."),
        ("p", "If you are not content with the outcome of the internal review, you have the right to apply directly "
              "to the Information Commissioner for a decision. The Information Commissioner can be contacted at: "
              "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
        ("p", "Re-use of information: most of the information that we provide in response to Freedom of "
              "Information Act 2000 requests will be subject to copyright protection. You are free to use it for "
              "your own purposes, including for private study and non-commercial research."),
        ("p", "Yours sincerely,\n\nAnnika Holroyd\nInformation Governance Officer"),
    ]
    pdf = pdf_bytes(blocks, header_left="Northmarsh Partnership NHS Foundation Trust",
                    header_right="FOI 6152", footer_left="Chair: Dr R. Mbeki   Chief Executive: S. Lavington",
                    page_label="Page {n} of {t}", size=11.5)
    write_bytes("10-reply.pdf", pdf)
    return label("10-reply.pdf", "10-request.txt", "pdf", "nhs", "foia", "yes", "no", "answered", [], total,
                 "multi-page letter with a site table across pages; total has a thousands comma; body-worn "
                 "cameras counted separately")


# ------------------------------------------------------------------ 11 pdf police NCND refusal
@item
def i11():
    req = """Dear Mid Anglia Constabulary,

Under the Freedom of Information Act 2000, please tell me:

1. Whether the Constabulary uses Hikvision or Dahua cameras for covert or overt surveillance operations.
2. How many such cameras are in use.
3. Whether any of the Constabulary's ANPR cameras are manufactured by Hikvision or Dahua.
4. Whether the Constabulary has carried out a security risk assessment on Chinese-made surveillance
   equipment following the 2022 government announcement.

Yours faithfully,
Aled Hughes
"""
    write_text("11-request.txt", req)
    blocks = [
        ("p", "Mid Anglia Constabulary\nInformation Rights Unit\nPO Box 455, Bury Heath IP33 9ZX"),
        ("p", "Our reference: 003417/24\nDate: 21 November 2024"),
        ("p", "Dear Mr Hughes"),
        ("p", "I write in response to your request for information received on 24 October 2024, in which you asked "
              "about the use of Hikvision and Dahua equipment by Mid Anglia Constabulary."),
        ("p", "After careful consideration, Mid Anglia Constabulary can neither confirm nor deny that it holds "
              "any information relevant to your request by virtue of the following exemptions:"),
        ("p", "Section 23(5) Information supplied by, or concerning, certain Security Bodies\n"
              "Section 24(2) National Security\n"
              "Section 31(3) Law Enforcement"),
        ("p", "Section 23 is an absolute class-based exemption and there is no requirement to consider the public "
              "interest. Sections 24 and 31 are qualified exemptions and the Constabulary is required to "
              "demonstrate the harm in confirming or denying that information is held, and to consider the "
              "public interest."),
        ("h", "Harm"),
        ("p", "Confirming or denying the make of equipment used for surveillance, or whether particular equipment is "
              "used in ANPR infrastructure, would enable those with criminal intent to build a picture of police "
              "tactical capability across forces. Any disclosure under FOI is a disclosure to the world at large, "
              "and a confirmation or denial by this force, when set against responses from other forces, would "
              "undermine the effectiveness of policing operations and the security of the national ANPR "
              "infrastructure."),
        ("h", "Public interest considerations"),
        ("p", "Factors favouring confirmation or denial: there is a public interest in transparency around the "
              "procurement of surveillance equipment and in the steps taken to manage security risks arising from "
              "it. Factors against: confirming or denying would provide intelligence to offenders and hostile actors "
              "and compromise law enforcement tactics."),
        ("p", "On balance, the Constabulary considers that the public interest lies in neither confirming nor "
              "denying whether the information is held. This should not be taken as an indication that the "
              "information you requested is or is not held."),
        ("h", "Complaint rights"),
        ("p", "If you are dissatisfied with this response you may request an internal review by writing to the "
              "Information Rights Unit within 40 working days. If you remain dissatisfied, you may apply to the "
              "Information Commissioner."),
        ("p", "Yours sincerely\n\nOwen Tennant\nInformation Rights Officer"),
    ]
    pdf = pdf_bytes(blocks, header_left="OFFICIAL", header_right="Mid Anglia Constabulary",
                    footer_left="Ref 003417/24", page_label="Page {n} of {t}", font="Times-Roman", size=11.5)
    write_bytes("11-reply.pdf", pdf)
    return label("11-reply.pdf", "11-request.txt", "pdf", "police", "foia", "unknown", "unknown", "refused",
                 ["s23", "s24", "s31"], None,
                 "neither confirm nor deny across the whole request under three sections in a list")


# ------------------------------------------------------------------ 12 scan, town council with no CCTV
@item
def i12():
    req = """Dear Clerk,

I am writing to make a Freedom of Information request to Upper Brinsford Town Council.

1. How many CCTV cameras does the Town Council operate?
2. Are any of them made by Hikvision or Dahua?
3. Where are they located?

Best regards,
Naomi Castellan
"""
    write_text("12-request.txt", req)
    page = [
        ("C", "UPPER BRINSFORD TOWN COUNCIL"),
        ("C", "The Town Hall, 3 Sheep Street, Upper Brinsford, Oxfordshire OX18 4RT"),
        ("C", "Tel. 01993 822 417   clerk@upperbrinsford-tc.gov.uk"),
        "",
        "",
        ("R", "12th September 2024"),
        "",
        "Ms N. Castellan",
        "by e-mail",
        "",
        "Dear Ms Castellan,",
        "",
        ("B", "Freedom of Information Request - CCTV"),
        "",
        "Thank you for your e-mail of 29th August 2024.",
        "",
        "I can confirm that Upper Brinsford Town Council does not own or operate any CCTV",
        "cameras. The cameras in the Market Square and at the Windrush car park belong to",
        "West Cotswold District Council, and any request about them should be directed to",
        "the District Council.",
        "",
        "As the Town Council has no cameras, it holds no information in response to your",
        "questions 2 and 3.",
        "",
        "If you are unhappy with this reply you may ask the Council to review it, and",
        "afterwards you may contact the Information Commissioner's Office.",
        "",
        "Yours sincerely,",
        "",
        "",
        "P. J. Ellery",
        "Town Clerk and RFO",
    ]
    write_bytes("12-reply.pdf", scan_pdf([page], dpi=200, seed=12, pt=11.5))
    return label("12-reply.pdf", "12-request.txt", "scan", "council", "foia", "no", "no", "answered", [], 0,
                 "scanned letter: the town council has no cameras; cameras in the town belong to another council")
