from helpers import *
import csv, datetime


def item01():
    nn = "01"
    write_request(nn, """
Dear Sir or Madam,

Under the Freedom of Information Act 2000 I would like to request the following information about the council's CCTV:

1. How many CCTV cameras does the council currently operate (public space and council buildings)?
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Who are the manufacturers of the cameras?
5. Does the council have a policy on the procurement of surveillance equipment from companies subject to the US FCC "covered list"?

I would prefer to receive the response electronically.

Kind regards,
Tobias Renshaw
""")
    d = docx_letter(["Harrowfield Borough Council", "Information Governance Team", "Civic Offices, Lantern Street",
                     "Harrowfield, HF3 9PQ", "Tel: 01632 960 418  |  foi@harrowfield.gov.uk"],
                    "This response is provided under the Freedom of Information Act 2000. Information released is subject to copyright; see paragraph 7.",
                    header_color=(0, 70, 127))
    docx_paras(d, """
Mr T Renshaw
By email only

Our reference: HBC/FOI/24/1093
Date: 11 March 2024

Dear Mr Renshaw,

## Request for information - CCTV cameras

Thank you for your request, received on 13 February 2024. I can confirm that Harrowfield Borough Council holds the information you asked for, and I have set out our response below, using the same numbering as your email.

1. At the date of your request the council operates 212 CCTV cameras. This figure is made up of 97 cameras on the town centre public space system and 115 cameras at council-owned buildings, depots and car parks.

2. Yes. 38 of the cameras are Hikvision units. These were fitted at three multi-storey car parks in 2019 as part of the barrier and pay station upgrade.

3. No, the council does not have any Dahua cameras.

4. The remaining cameras are made by Axis Communications (121), Hanwha Vision, formerly Samsung Techwin (41), and Bosch (12).

5. The council does not have a separate policy on this point. Procurement of CCTV equipment is carried out in accordance with the Contract Procedure Rules and the Procurement Act 2023, and any security-related purchases are reviewed by the ICT Security Officer.

6. If you are dissatisfied with the handling of your request you may ask for an internal review. Please write to the Information Governance Team at the address above within 40 working days of the date of this letter. If you remain dissatisfied after the internal review you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).

7. The information supplied is owned by Harrowfield Borough Council and is subject to copyright protection under the Copyright, Designs and Patents Act 1988. You may re-use it for non-commercial research and private study. Any other re-use requires our permission.

Yours sincerely,

Priya Mistry-Holt
Information Governance Officer
""")
    d.save(outpath(nn, "docx"))
    add_label(nn, "docx", "docx", "council", "foia", "yes", "no", "answered", [], 212,
              "Letterhead docx with numbered paragraphs; straightforward, count given with a breakdown.")


def item02():
    nn = "02"
    write_request(nn, """
To the FOI team, Elmbridge & Wyvern Hospitals NHS Foundation Trust

Please could you tell me:
a) the total number of CCTV cameras in use across the Trust's hospital sites
b) a breakdown of these cameras by manufacturer
c) whether the Trust uses any equipment made by Hikvision or Dahua
d) the name of the company that maintains the CCTV system

Thank you,
Marisa Okafor
""")
    d = docx_letter(["Elmbridge & Wyvern Hospitals NHS Foundation Trust", "Information Governance Office, Level 2, Wyvern House",
                     "Elmbridge General Hospital, Chalk Lane, Elmbridge EB4 2TS", "foi.requests@ewh-tr.nhs.uk"],
                    "Please quote the reference FOI-7731 in any correspondence. Caring with pride - Elmbridge & Wyvern.")
    docx_paras(d, """
Ms M Okafor
via email

19 June 2024

Dear Ms Okafor

Freedom of Information Request FOI-7731

Your request dated 22 May 2024 has now been considered. Our Estates and Security teams have provided the figures below.

The table shows the security equipment currently installed across our two acute sites and the Birchwood community hospital.
""")
    docx_table(d, [["Make", "Equipment", "Quantity"],
                   ["Axis", "IP cameras (fixed dome / bullet)", "64"],
                   ["Hikvision", "IP cameras", "22"],
                   ["Hikvision", "Network video recorders", "6"],
                   ["Bosch", "PTZ cameras", "10"],
                   ["Milestone", "Video management server", "1"],
                   ["Total", "", "103"]], bold_last=True, widths=[3.5, 8, 3])
    docx_paras(d, """

The system is maintained under contract by Sentinel Secure Systems Ltd, who have held the contract since April 2021.

If you are unhappy with the way the Trust has handled your request you may ask for an internal review by contacting the Head of Information Governance at the address above. You also have the right to complain to the Information Commissioner's Office once the internal review process has been completed.

Kind regards

Dominic Achterberg
FOI Lead
Information Governance
""")
    d.save(outpath(nn, "docx"))
    add_label(nn, "docx", "docx", "nhs", "foia", "yes", "no", "answered", [], 96,
              "Table Total row (103) includes 6 Hikvision NVRs and a VMS server; cameras only are 64+22+10=96.")


def item03():
    nn = "03"
    write_request(nn, """
FOI request - CCTV

Q1. How many CCTV cameras does the University have across all its campuses?
Q2. Please list the sites/buildings and the number of cameras at each.
Q3. Which manufacturers supplied the cameras, and how many of each?
Q4. Does the University use facial recognition technology with its CCTV?

A spreadsheet would be ideal.

Hamish Dell
""")
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Read me"
    rows = [["University of Northavon - FOI response ref FOI-2024-0388"],
            ["Prepared by: Security Services / Information Compliance"],
            ["Date: 04/04/2024"],
            [],
            ["Q1", "See 'Sites' sheet total (cell C27)."],
            ["Q2", "See 'Sites' sheet."],
            ["Q3", "See 'Makes' sheet."],
            ["Q4", "No. The University does not use facial recognition software with any of its CCTV cameras."],
            [],
            ["Internal review: if you are dissatisfied with this response please write to infocompliance@northavon.ac.uk within 40 working days."],
            ["ICO: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."]]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 8; ws.column_dimensions["B"].width = 100
    sites = [("City Campus", "Aldous Library", 14), ("City Campus", "Percival Building", 9),
             ("City Campus", "Students' Union", 17), ("City Campus", "Hartree Lecture Theatres", 6),
             ("City Campus", "Estates Yard", 4), ("City Campus", "Multi-storey car park", 12),
             ("Brookfield Campus", "Engineering Hub", 11), ("Brookfield Campus", "Sports Centre", 8),
             ("Brookfield Campus", "Halls - Tennant Court", 15), ("Brookfield Campus", "Halls - Orchard Mews", 10),
             ("Brookfield Campus", "Gatehouse & perimeter", 7), ("Brookfield Campus", "Science Park Incubator", 5),
             ("Marsh Road", "Veterinary School", 6), ("Marsh Road", "Farm buildings", 3),
             ("Marsh Road", "Animal Health Unit", 4), ("Marsh Road", "Car park B", 2),
             ("Harbourside", "Creative Arts Centre", 5), ("Harbourside", "Gallery", 3),
             ("Harbourside", "Boat shed", 1), ("Off-site", "Records store, Unit 4 Fairmead Ind. Est.", 2),
             ("Off-site", "Field station, Caddon", 2)]
    ws2 = wb.create_sheet("Sites")
    ws2.append(["Campus", "Building / area", "No. of cameras"])
    for s in sites:
        ws2.append(list(s))
    n = len(sites) + 1
    ws2.append([])
    ws2.append([])
    ws2.append([])
    ws2.append([])
    ws2.append(["", "TOTAL", f"=SUM(C2:C{n})"])
    ws2.column_dimensions["A"].width = 20; ws2.column_dimensions["B"].width = 42; ws2.column_dimensions["C"].width = 16
    for c in ws2[1]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FFD9E1F2")
    total = sum(s[2] for s in sites)
    assert ws2.max_row == 27, ws2.max_row
    ws3 = wb.create_sheet("Makes")
    ws3.append(["Manufacturer", "Model range", "Qty"])
    makes = [("Hanwha Vision", "Wisenet X / Q series", 70), ("Axis", "P32 / M30 / Q60", 52),
             ("Dahua", "WizSense IPC-HDW3 series", 24)]
    for m in makes:
        ws3.append(list(m))
    ws3.append(["Total", "", "=SUM(C2:C4)"])
    ws3.append([])
    ws3.append(["Check against Sites", "", "=C5-Sites!C27"])
    for c in ws3[1]:
        c.font = Font(bold=True)
    ws3.column_dimensions["A"].width = 22; ws3.column_dimensions["B"].width = 30
    assert sum(m[2] for m in makes) == total, (total, sum(m[2] for m in makes))
    vals = save_xlsx(wb, outpath(nn, "xlsx"))
    add_label(nn, "xlsx", "xlsx", "university", "foia", "no", "yes", "answered", [], total,
              "Answers only in a multi-sheet workbook; total is a formula cell on Sites, makes on another sheet; complete make list omits Hikvision.")
    return total


def item04():
    nn = "04"
    write_request(nn, """
Dear Ravensmoor District Council,

I'd like to request under FOIA a copy of your asset register (or equivalent list) for CCTV cameras, including for each camera the manufacturer, model, location and whether it is currently in service. If an export from your asset management system is easiest, that is fine.

Specifically I am trying to establish how many cameras you have in service and whether any were made by Hikvision or Dahua.

Many thanks
Owen Pritchard-Lyle
""")
    rnd = random.Random(404)
    locs = ["Market Place Pole 1", "Market Place Pole 2", "Bridge St / Wool St", "Ravensmoor Bus Station",
            "Kingsway Car Park L1", "Kingsway Car Park L2", "Kingsway Car Park L3", "Depot - Fenwick Road",
            "Depot - Fenwick Road Gate", "Town Hall - Reception", "Town Hall - Rear Yard", "Leisure Centre Entrance",
            "Leisure Centre Pool Hall", "Riverside Park", "Orchard Street Toilets", "Cemetery Lodge",
            "Crematorium Car Park", "Housing Office - Holme Lane", "Ashby Road Recycling Centre", "Castle Walk"]
    rows = []
    specs = []
    # Installed Axis
    specs += [("Axis", "AXIS Q6135-LE", "PTZ camera", "In Service")] * 8
    specs += [("Axis", "AXIS P3265-LVE", "Dome camera", "In Service")] * 11
    specs += [("Hanwha", "XNO-6080R", "Bullet camera", "In Service")] * 9
    specs += [("Dahua", "IPC-HFW5442E-ZE", "Bullet camera", "In Service")] * 5
    specs += [("Dahua", "IPC-HFW5442E-ZE", "Bullet camera", "Faulty - awaiting replacement")] * 2
    specs += [("Axis", "AXIS P3265-LVE", "Dome camera", "Faulty - awaiting replacement")] * 1
    specs += [("Axis", "AXIS P3265-LVE", "Dome camera", "Spare")] * 2
    specs += [("Hikvision", "DS-2CD2T47G2-L", "Bullet camera", "Removed")] * 6
    specs += [("Hikvision", "DS-2DE4425IW-DE", "PTZ camera", "Removed")] * 2
    specs += [("Hanwha", "XNO-6080R", "Bullet camera", "Spare")] * 1
    specs += [("Dahua", "NVR5216-16P-I", "Network video recorder 16ch", "In Service")] * 2
    specs += [("Milestone", "XProtect Corporate", "VMS licence", "In Service")] * 1
    rnd.shuffle(specs)
    path = outpath(nn, "csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["AssetID", "AssetClass", "Description", "Manufacturer", "Model", "SerialNo", "Status",
                    "Location", "Ward", "InstallDate", "DecommissionDate", "Owner", "CostCentre", "LastPPM", "Notes"])
        for i, (mk, model, desc, status) in enumerate(specs):
            aid = f"RDC-CCTV-{1040 + i * 3 + rnd.randint(0, 2):05d}"
            loc = rnd.choice(locs) if status not in ("Spare",) else "Stores - Fenwick Road"
            y = rnd.choice([2016, 2017, 2018]) if mk == "Hikvision" else rnd.choice([2019, 2020, 2021, 2022, 2023])
            inst = f"{rnd.randint(1,28):02d}/{rnd.randint(1,12):02d}/{y}"
            dec = ""
            notes = ""
            if status == "Removed":
                dec = f"{rnd.randint(1,28):02d}/{rnd.choice([3,4,5,6])}/2023".replace("/3/", "/03/").replace("/4/", "/04/").replace("/5/", "/05/").replace("/6/", "/06/")
                notes = "Replaced under CCTV refresh phase 2"
            if status.startswith("Faulty"):
                notes = rnd.choice(["IR failed - camera live, poor night image", "Intermittent PoE fault - still recording", "Lens fogging; replacement on order"])
            if status == "Spare":
                inst = ""
            if desc.startswith("Network") or desc.startswith("VMS"):
                loc = "Town Hall - CCTV Control Room"
            w.writerow([aid, "CCTV" if "camera" in desc else "CCTV-SYS", desc, mk, model,
                        "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
                        status, "" if status == "Spare" else loc, rnd.choice(["Central", "Abbey", "Holme", "Castle"]),
                        inst, dec, "Community Safety", rnd.choice(["CS4410", "CS4412", "PR2201"]),
                        "" if status in ("Removed", "Spare") else f"{rnd.randint(1,28):02d}/{rnd.randint(1,10):02d}/2024", notes])
    count = sum(1 for s in specs if "camera" in s[2] and s[3] in ("In Service", "Faulty - awaiting replacement"))
    add_label(nn, "csv", "csv", "council", "foia", "no", "yes", "answered", [], count,
              "Bare CSV asset export: count only In Service + Faulty cameras (exclude Removed, Spare, NVRs, VMS); all Hikvision rows are Removed.")
    return count


def item05():
    nn = "05"
    write_request(nn, """
Dear Freedom of Information Officer,

Please provide the following regarding CCTV at premises of Westmarch Police:

1) The number of CCTV cameras at each police station / police building.
2) The total number of CCTV cameras.
3) The make of the cameras and the number of each make.
4) Whether any of the cameras are Hikvision products.
5) The exact location of each camera within custody suites.

Regards,
S. Varga
""")
    stations = [("Westmarch Central", 48), ("Westmarch Central - Custody", 31), ("Kilbride Lane", 12),
                ("Northgate", 16), ("Northgate - Custody", 22), ("Abbots Ford", 7), ("Coldwell", 6),
                ("Harpenden Road", 9), ("Marlow Quay", 5), ("Sutton Vale", 4), ("Fenby", 3), ("Tithe Barn (Rural)", 2),
                ("Headquarters, Oakhurst", 41), ("Headquarters - Vehicle Compound", 11), ("Firearms Training Centre", 8),
                ("Dog Section Kennels", 5), ("Roads Policing Unit, Junction 14", 10), ("Property Store, Lockwood", 6),
                ("Eastfield", 7), ("Eastfield - Custody", 18), ("Byrne Street", 4), ("Little Marston", 2),
                ("Stanton Cross", 3), ("Dunmere", 3), ("Riverside Neighbourhood Office", 2),
                ("Tollgate Neighbourhood Office", 2), ("Training School, Greys Park", 9), ("Forensic Services Unit", 6),
                ("Occupational Health, Oakhurst Annexe", 2), ("Contact Centre", 5), ("Westmarch Marine Unit", 3)]
    total = sum(s[1] for s in stations)
    makes = [("Hikvision", "DS-2CD2 series dome", 96), ("Axis", "M30 / P33 / Q35", 167), ("Vivotek", "FD9 series (custody)", 49)]
    assert sum(m[2] for m in makes) == total, (total, sum(m[2] for m in makes))
    flow = pdf_paras("""
Our Ref: FOI/0871/24
Date: 26 July 2024

Dear S. Varga,

## FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE FOI/0871/24

I write in connection with your request for information received by Westmarch Police on 1 July 2024. Following receipt of your request, searches were conducted within the force to locate information relevant to your request.

The response to your request is set out below.

## Questions 1 and 2

Table 1 lists each force building and the number of CCTV cameras installed there. The total is given at the foot of the table.
""")
    flow.append(pdf_table([["Building", "Cameras"]] + [[a, b] for a, b in stations] + [["Total", total]],
                          widths=[11 * cm, 4 * cm], bold_last=True))
    flow.append(Spacer(1, 10))
    flow += pdf_paras("""
## Questions 3 and 4

Table 2 shows the manufacturers of the cameras.
""")
    flow.append(pdf_table([["Manufacturer", "Product range", "Number"]] + [list(m) for m in makes],
                          widths=[4.5 * cm, 7 * cm, 3.5 * cm]))
    flow.append(Spacer(1, 10))
    flow += pdf_paras("""
In answer to Question 4 specifically, yes - as shown in Table 2.

## Question 5

Westmarch Police holds information relevant to this part of your request; however, it is exempt from disclosure by virtue of sections 24(1) (National Security) and 31(1)(a)(b) (Law Enforcement) of the Act. Disclosing the precise positioning of cameras within custody suites would reveal areas that are not covered by CCTV, which could be exploited by detained persons to self-harm, conceal items or assault staff, and could compromise the security of the custody estate. Both exemptions are qualified and the public interest test has been carried out. While there is a public interest in transparency about how detainees are monitored, the force considers that the public interest in maintaining the safety of detainees and officers outweighs it. This letter serves as a refusal notice under section 17 of the Act for this part.

## Complaint rights

Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this response you can request an internal review within 40 working days by emailing foi@westmarch.police.uk. If you remain dissatisfied you may apply to the Information Commissioner.

Yours sincerely,

Karen Liddiard
Disclosure Officer
Information Management Unit
""")
    pdf_doc(outpath(nn, "pdf"), ["WESTMARCH POLICE", "Information Management Unit", "PO Box 221, Oakhurst, WM1 7RF",
                                 "foi@westmarch.police.uk"], "OFFICIAL - Westmarch Police - Information Management Unit", flow,
            title="FOI 0871-24 response", author="Liddiard, Karen")
    add_label(nn, "pdf", "pdf", "police", "foia", "yes", "no", "partially_answered", ["s24", "s31"], total,
              "Word-made PDF with a long station table running over a page break and a makes table; custody locations withheld.")
    return total


if __name__ == "__main__":
    import sys
    for fn in sys.argv[1:]:
        print(fn, globals()[fn]())
