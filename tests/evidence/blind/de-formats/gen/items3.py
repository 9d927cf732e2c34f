from helpers import *
from items2 import odt_new, odt_paras, odt_table
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.text import P
from odf import table as otab


def ods_sheet(doc, name, rows, bold):
    t = otab.Table(name=name)
    for i, r in enumerate(rows):
        tr = otab.TableRow()
        for v in r:
            if isinstance(v, tuple):  # (formula, value)
                tc = otab.TableCell(valuetype="float", value=v[1], formula=v[0])
                tc.addElement(P(text=str(v[1])))
            elif isinstance(v, (int, float)):
                tc = otab.TableCell(valuetype="float", value=v)
                tc.addElement(P(text=str(v)))
            elif v is None or v == "":
                tc = otab.TableCell()
            else:
                tc = otab.TableCell(valuetype="string", stylename=bold if i == 0 else None)
                tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)


def item11():
    nn = "11"
    write_request(nn, """
Dear Cwm Taf Glas University Health Board,

Under the FOI Act please provide:

1. The number of CCTV cameras at each of your hospital sites, and the total.
2. The manufacturer(s) of these CCTV cameras.
3. Whether any of your CCTV cameras are made by Hikvision or Dahua.

Diolch / Thank you,
Gethin Price
""")
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    ods_sheet(doc, "Response", [
        ["Cwm Taf Glas University Health Board - Freedom of Information Act 2000"],
        ["Reference", "FOI-CTG-2024-512"],
        ["Date of response", "17/10/2024"],
        [],
        ["Q", "Response"],
        ["1", "See tab 'CCTV by site'"],
        ["2", "See tab 'CCTV by site' column C-F"],
        ["3", "See tab 'CCTV by site'"],
        [],
        ["The Health Board has also provided details of body worn cameras used by security staff for completeness (tab 'BWV')."],
        [],
        ["If you are unhappy with this response please contact the FOI Team, Ty Glas HQ, Heol y Nant, Pontglas CF37 8XX within 40 working days. You may also contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."],
    ], bold)
    sites = [("Ysbyty Glas General Hospital", 88, 31, 12), ("Royal Pontglas Hospital", 64, 20, 0),
             ("Ysbyty Cwm Nant", 23, 0, 6), ("Dyffryn Mental Health Unit", 17, 14, 0),
             ("Bryn Teg Community Hospital", 9, 0, 0), ("Ty Glas HQ", 11, 0, 3)]
    rows = [["Site", "Axis", "Bosch", "Hanwha", "Total"]]
    for i, (s, a, b, h) in enumerate(sites, start=2):
        rows.append([s, a, b, h, (f"of:=SUM([.B{i}:.D{i}])", a + b + h)])
    n = len(sites) + 1
    tot = [sum(x[k] for x in sites) for k in (1, 2, 3)]
    rows.append(["Total", (f"of:=SUM([.B2:.B{n}])", tot[0]), (f"of:=SUM([.C2:.C{n}])", tot[1]),
                 (f"of:=SUM([.D2:.D{n}])", tot[2]), (f"of:=SUM([.E2:.E{n}])", sum(tot))])
    ods_sheet(doc, "CCTV by site", rows, bold)
    ods_sheet(doc, "BWV", [["Body worn video - security team", "", ""],
                           ["Make", "Model", "Units"],
                           ["Hikvision", "DS-MH2311", 24],
                           ["Docking stations", "DS-MH4172", 4],
                           [],
                           ["BWV is issued to security officers at YGGH and RPH only."]], bold)
    doc.save(outpath(nn, "ods"))
    add_label(nn, "ods", "ods", "nhs", "foia", "no", "no", "answered", [], sum(tot),
              "ODS workbook; CCTV sheet lists only Axis/Bosch/Hanwha but an unrequested body-worn sheet shows Hikvision BWV units, which do not count.")
    return sum(tot)


def item12():
    nn = "12"
    write_request(nn, """
Dear Sir/Madam,

I would like to know:
1) Does the force use facial recognition technology (live or retrospective) with its CCTV or other cameras?
2) How many CCTV cameras does the force operate in total?
3) Are any of the force's cameras made by Hikvision?
4) Are any made by Dahua?
5) Has the force carried out a security risk assessment of Chinese-made cameras?

Yours faithfully
Ellis Granger
""")
    d = docx_letter(["Brackenshire Constabulary", "Freedom of Information Unit", "Police Headquarters, Sessions Road",
                     "Brackley Vale BV2 6NH"],
                    "OFFICIAL. Brackenshire Constabulary - Protecting our communities. Information in this letter may be re-used under the Open Government Licence.",
                    font="Times New Roman", size=12)
    docx_paras(d, """
Mr E Granger
By e-mail

Reference No: 2024/FOI/01552
Date: 3 December 2024

Dear Mr Granger

## Freedom of Information Request Reference No: 2024/FOI/01552

I write in response to your request for information received by Brackenshire Constabulary on 5 November 2024.

#L Section 1 of the Freedom of Information Act 2000 places two duties on public authorities: to confirm or deny whether information is held, and, if held, to communicate it. Unless exemptions apply, the requester is entitled to both.

#L In respect of your questions 1, 3, 4 and 5, Brackenshire Constabulary neither confirms nor denies that it holds any information relevant to your request by virtue of the following exemptions: section 24(2) National Security, section 31(3) Law Enforcement.

#L In respect of your question 2, the force holds information but it is exempt from disclosure under sections 24(1) and 31(1)(a)(b). The number and distribution of cameras protecting the police estate would, taken with other information in the public domain, allow a motivated individual to assess the vulnerability of police buildings.

#L Sections 24 and 31 are prejudice-based qualified exemptions, and the harm and the public interest test have been considered. Confirming or denying the use of particular manufacturers or technologies would reveal which forces have or have not taken specific security measures. Any disclosure under the Act is a disclosure to the world at large. The public interest in transparency is recognised, but in this case the balance favours neither confirming nor denying, and withholding the number of cameras.

#L This letter is a refusal notice under section 17 of the Act.

#L Should you have any further enquiries concerning this matter, please contact the Freedom of Information Unit quoting the reference number above. You may ask for an internal review within 40 working days, and if still dissatisfied you may complain to the Information Commissioner.

Yours sincerely

Amrit Dhaliwal
Disclosure Officer
""")
    d.save(outpath(nn, "docx"))
    add_label(nn, "docx", "docx", "police", "foia", "unknown", "unknown", "refused", ["s24", "s31"], None,
              "Police NCND plus withholding of the count in auto-numbered Word paragraphs; nothing disclosed.")


def item13():
    nn = "13"
    write_request(nn, """
1. How many CCTV cameras are currently installed and working across Tollbridge Borough Council premises and public spaces?
2. Please break this down by manufacturer.
3. Are any Hikvision? 4. Are any Dahua? 5. How many cameras have been removed or replaced in the last two years and why?

Sent by Fiona Ashdown-Reyes
""")
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Cover"
    for r in [["Tollbridge Borough Council"], ["Freedom of Information response - Ref: TBC 5120"], ["Date: 21 January 2025"], [],
              ["Please see the 'By manufacturer' and 'By site' tabs for questions 1 to 4."],
              ["Q5: Cameras were removed during the 2023/24 CCTV refresh, which replaced end-of-life analogue and older IP units. The numbers removed are shown in column E of 'By manufacturer'."],
              [],
              ["Installed = in place on the system at 31/12/2024. Spares are held in stock at the Cleeve Road depot and are not installed."],
              [], ["Information Governance | foi@tollbridge.gov.uk | 01632 960 330"]]:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=14)
    ws2 = wb.create_sheet("By manufacturer")
    ws2.append(["Manufacturer", "Product", "Installed", "Spare (stock)", "Removed 2023-24"])
    data = [("Axis", "Fixed dome / bullet", 74, 4, 0), ("Axis", "PTZ", 9, 1, 0),
            ("Dahua", "IPC-HDBW (dome)", 18, 2, 0), ("Hikvision", "DS-2CE analogue turret", 0, 0, 41),
            ("Hikvision", "DS-2CD IP bullet", 0, 0, 12), ("Bosch", "AUTODOME (analogue)", 0, 0, 7),
            ("Hanwha", "XNV / XNO", 27, 3, 0)]
    for r in data:
        ws2.append(list(r))
    n = len(data) + 1
    ws2.append(["Total", "", f"=SUM(C2:C{n})", f"=SUM(D2:D{n})", f"=SUM(E2:E{n})"])
    for c in ws2[1] + ws2[n + 1]:
        c.font = Font(bold=True)
    for col, w in zip("ABCDE", (16, 26, 11, 14, 17)):
        ws2.column_dimensions[col].width = w
    installed = sum(r[2] for r in data)
    ws3 = wb.create_sheet("By site")
    ws3.append(["Site", "Type", "Installed cameras"])
    sites = [("Town Centre (public space)", "PSS", 46), ("Bus station", "PSS", 8), ("Civic Centre", "Building", 14),
             ("Cleeve Road Depot", "Building", 11), ("Tollbridge Leisure", "Building", 9),
             ("Queensway car park", "Car park", 13), ("Abbey Lane car park", "Car park", 7),
             ("Housing - Meadow Court", "Building", 6), ("Housing - Swan House", "Building", 5), ("Cemetery", "Building", 3),
             ("Parks - Victoria Park", "PSS", 6)]
    for s in sites:
        ws3.append(list(s))
    m = len(sites) + 1
    ws3.append(["Total", "", f"=SUM(C2:C{m})"])
    ws3.append([])
    ws3.append(["PSS subtotal", "", f'=SUMIF(B2:B{m},"PSS",C2:C{m})'])
    ws3.column_dimensions["A"].width = 30
    assert sum(s[2] for s in sites) == installed, (installed, sum(s[2] for s in sites))
    save_xlsx(wb, outpath(nn, "xlsx"))
    add_label(nn, "xlsx", "xlsx", "council", "foia", "no", "yes", "answered", [], installed,
              "Workbook with Installed / Spare / Removed columns and formula totals; Hikvision appears only as removed, spares must be left out.")
    return installed


def item14():
    nn = "14"
    write_request(nn, """
Dear University of Caldmoor,

Please provide under FOIA:

Q1. A list of buildings with CCTV and the number of cameras in each.
Q2. The manufacturer and model of each type of CCTV camera used, with quantities.
Q3. Does the university use any Hikvision or Dahua equipment?
Q4. What was spent on CCTV maintenance in 2023/24?

Best regards,
Nadia Szymańska
""")
    bld = ["Aird Building", "Bellhouse Library", "Campbell Halls Block A", "Campbell Halls Block B", "Campbell Halls Block C",
           "Dunmore Sports Village", "Elphin Lecture Centre", "Forth Engineering", "Garrow Medical School",
           "Hailes Chemistry", "Inchmoan Physics", "Jura Business School", "Kelburn Students' Association",
           "Lorne Arts Tower", "Moray Estates Yard", "Nevis Data Centre", "Oronsay Nursery", "Pentland Veterinary Hospital",
           "Quarry Road Halls", "Ruthven Chapel", "Strathy Music Centre", "Tay Innovation Park", "Uist Language Centre",
           "Vennel Car Park", "Wemyss Biology", "Yarrow Research Labs", "Main Gatehouse", "Boathouse", "Observatory",
           "Sports pitches", "Halls reception (Quarry Rd)", "Bike stores (x4)", "Central Stores", "Print Unit"]
    rnd = random.Random(14)
    counts = [rnd.randint(2, 16) for _ in bld]
    total = sum(counts)
    models = [("Axis Communications", "AXIS M3086-V mini dome", 0), ("Axis Communications", "AXIS P3245-LVE dome", 0),
              ("Axis Communications", "AXIS Q1805-LE bullet", 0), ("Hanwha Vision", "XND-8082RV dome", 0),
              ("Hanwha Vision", "XNO-8082R bullet", 0), ("Hanwha Vision", "XNP-6400RW PTZ", 0),
              ("Dahua Technology", "DH-IPC-HFW2441S-S bullet (incl. 3 Faulty - awaiting replacement)", 0),
              ("Dahua Technology", "DH-IPC-HDW2441T-S", 0), ("Avigilon", "H5A Fisheye", 0)]
    # allocate
    q = [0] * len(models)
    share = [0.18, 0.2, 0.1, 0.14, 0.12, 0.04, 0.05, 0.06, 0.04]
    for i, s in enumerate(share):
        q[i] = int(total * s)
    q[0] += total - sum(q)
    mrows = [[m[0], m[1], q[i]] for i, m in enumerate(models)]
    flow = pdf_paras("""
Information Compliance Office
Ref: IC-24-1198

12 December 2024

Dear Ms Szymańska

## Your request for information

Thank you for your email of 14 November 2024 requesting information about CCTV at the University of Caldmoor. We have handled your request under the Freedom of Information Act 2000 ("FOIA").

## Q1

The table below lists the University buildings and areas with CCTV cameras and the number of cameras in each at 1 December 2024.
""")
    flow.append(pdf_table([["Building / area", "Number of cameras"]] + [[b, c] for b, c in zip(bld, counts)],
                          widths=[10 * cm, 5 * cm]))
    flow.append(Spacer(1, 12.5 * cm))
    flow += pdf_paras("""
## Q2

The cameras in use are of the following types. Please note that some units recorded as faulty are still in place and recording pending replacement under the maintenance contract.
""")
    flow.append(pdf_table([["Manufacturer", "Model", "Quantity"]] + mrows + [["", "Total", total]],
                          widths=[4.5 * cm, 8.5 * cm, 3 * cm], bold_last=True))
    flow += pdf_paras("""

## Q3

Please see our answer to Q2.

## Q4

Maintenance costs for 2023/24 were £38,420.16 (excl. VAT), paid to Lothian Integrated Security Ltd.

## Your right to request a review

If you are dissatisfied with our response, you may ask us to carry out an internal review by writing to foi@caldmoor.ac.uk within 40 working days. If you are not content with the outcome of the internal review, you may apply to the Information Commissioner.

Information Compliance Office
University of Caldmoor
""")
    # push the first table to start lower on page 1 so the second table also straddles a page
    pdf_doc(outpath(nn, "pdf"), ["University of Caldmoor", "Information Compliance Office", "Registry Building, Caldmoor CM1 4EU"],
            "University of Caldmoor is a charity registered in England and Wales, no. 1147723", flow,
            title="IC-24-1198 response", author="Information Compliance Office")
    add_label(nn, "pdf", "pdf", "university", "foia", "no", "yes", "answered", [], total,
              "Word-made PDF with a long building table split over pages and no total in it; Q3 answered only by reference to the makes table; Dahua via 'Dahua Technology'/DH- models.")
    return total


def item15():
    nn = "15"
    write_request(nn, """
FOI Request

Please answer the following about Fenmarsh Community Health NHS Trust:

Question 1: How many CCTV cameras does the Trust have?
Question 2: Are any Hikvision?
Question 3: Are any Dahua?
Question 4: Does the Trust have a CCTV policy? If so please send a copy.

Regards, B. Nnamdi
""")
    lines = ["**>>Fenmarsh Community Health NHS Trust",
             ">>Trust Headquarters, Saxon House",
             ">>Wisbeach Road, Fenmarsh PE38 1QT",
             "", "",
             "Our ref: FCHT/FOI/1822",
             "Date: 07/08/2024",
             "",
             "Dear B. Nnamdi",
             "",
             "**Freedom of Information Act 2000 - your request of 11 July 2024",
             "",
             "Our responses are below.",
             "",
             "1.  74",
             "2.  No",
             "3.  No",
             "4.  Yes - attached (CCTV Policy v3.2, approved March 2023)",
             "",
             "If you are dissatisfied with the handling of your request, you have the",
             "right to ask for an internal review. Internal review requests should be",
             "submitted within two months of the date of this response and be",
             "addressed to: FOI Office, Saxon House, Wisbeach Road, Fenmarsh.",
             "",
             "If you are not content with the outcome of the internal review, you",
             "may apply directly to the Information Commissioner for a decision.",
             "",
             "Yours sincerely",
             "", "",
             "pp. Harriet Coldstream",
             "Freedom of Information Co-ordinator"]
    scan_pdf(outpath(nn, "pdf"), [lines], seed=15, skew=1.4, font="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
             bold="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", size=24)
    add_label(nn, "pdf", "scan", "nhs", "foia", "no", "no", "answered", [], 74,
              "Scanned image-only letter whose answers are bare '1. 74 2. No 3. No', readable only with the request.")


if __name__ == "__main__":
    import sys
    for fn in sys.argv[1:]:
        print(fn, globals()[fn]())
