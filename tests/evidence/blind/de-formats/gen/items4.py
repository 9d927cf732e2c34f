from helpers import *
from items2 import odt_new, odt_paras, odt_table
from items3 import ods_sheet
import csv
from odf.text import P
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties


def item16():
    nn = "16"
    write_request(nn, """
FOI request: body worn video

Could you please tell me
1. how many body worn video cameras the force has issued or has available to officers and staff
2. the manufacturer and model
3. whether any of the body worn cameras are made by Hikvision or Dahua (or their subsidiaries)
4. the total cost of the body worn video contract

Many thanks, Ines Carvalho-Reid
""")
    html = """<div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Ms Carvalho-Reid</p>
<p><b>Freedom of Information Request Reference: 011736/24</b></p>
<p>I write in connection with your request for information dated 02/09/2024 concerning body worn video.</p>
<p>Following receipt of your request, searches were conducted with the Digital Policing department. I can confirm that the information you requested is held.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde4ee"><th>Question</th><th>Response</th></tr>
<tr><td>1</td><td>1,468 devices. This includes 1,390 issued to officers and PCSOs and a pool of 78 held at custody and enforcement units.</td></tr>
<tr><td>2</td><td>Motorola Solutions VB400. Older Reveal D5 devices were withdrawn in 2022 and none are in use.</td></tr>
<tr><td>3</td><td>No</td></tr>
<tr><td>4</td><td>&pound;2.31m over five years (2022-2027) including licences, docking and evidence management.</td></tr>
</table>
<p>&nbsp;</p>
<p>If you are dissatisfied with this response please see the attached Complaint Rights. Applications for internal review should be made within 40 working days.</p>
<p>Yours sincerely</p>
<p>Teodor Marsh<br>Information Rights Officer<br>Information Rights Unit<br>Greater Halcombe Police</p>
<p style="color:#888;font-size:8pt">OFFICIAL<br>The information contained in this email is intended only for the use of the named recipient. All e-mail traffic may be subject to recording and/or monitoring in accordance with relevant legislation.</p>
</div>"""
    eml_html_only(outpath(nn, "eml"), "\"Information Rights Unit\" <information.rights@halcombe.police.uk>",
                  "Ines Carvalho-Reid <icr.requests@mailbox.example>", "FOI 011736/24 - Response",
                  html, date="Mon, 30 Sep 2024 09:17:45 +0100", msgid_domain="halcombe.police.uk")
    add_label(nn, "eml", "eml", "police", "foia", "no", "no", "answered", [], 1468,
              "HTML-only email with an HTML table; request is about body-worn video only, so the BWV device count (1,468) is the count.")


def item17():
    nn = "17"
    write_request(nn, """
To: Lowfield Learning Partnership (multi-academy trust)

Please can you provide, for each of your schools, details of CCTV equipment including make and model, and the number of cameras. Also please state whether Hikvision and/or Dahua products are used anywhere in the trust.

Thank you
Pete Aldana
""")
    rnd = random.Random(17)
    schools = ["Lowfield Primary", "St Aidan's CE Primary", "Marsh Lane Junior", "Lowfield High School", "Brookside Infants"]
    items = []
    # (Description, Manufacturer, Model, Status, AssetType)
    for _ in range(14):
        items.append(("External bullet 4MP", "", "IPC-HFW2431T-AS-S2", "Installed", "Camera"))
    for _ in range(9):
        items.append(("Internal dome 4MP", "", "IPC-HDW2431T-AS-S2", "Installed", "Camera"))
    for _ in range(11):
        items.append(("Turret camera 4MP", "HiLook", "IPC-T240H", "Installed", "Camera"))
    for _ in range(2):
        items.append(("Turret camera 4MP", "HiLook", "IPC-T240H", "Faulty - awaiting replacement", "Camera"))
    for _ in range(6):
        items.append(("Dome camera 5MP", "Hanwha", "QND-7082R", "Installed", "Camera"))
    for _ in range(3):
        items.append(("Turret camera 4MP", "HiLook", "IPC-T240H", "Spare", "Camera"))
    for _ in range(2):
        items.append(("Dome camera analogue", "", "DS-2CE56D0T-IRMF", "Removed", "Camera"))
    items.append(("NVR 8ch PoE", "", "NVR4108HS-8P-4KS2", "Installed", "Recorder"))
    items.append(("NVR 8ch PoE", "", "NVR4108HS-8P-4KS2", "Installed", "Recorder"))
    items.append(("NVR 16ch", "HiLook", "NVR-216MH-C/16P", "Installed", "Recorder"))
    items.append(("Monitor 22in", "Iiyama", "ProLite E2280HSD", "Installed", "Monitor"))
    rnd.shuffle(items)
    path = outpath(nn, "csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["AssetID", "Site", "AssetType", "Description", "Manufacturer", "Model", "Status", "Location",
                    "InstallDate", "Supplier", "PurchaseOrder", "WarrantyEnd", "Comments"])
        for i, (desc, mk, model, status, typ) in enumerate(items):
            site = rnd.choice(schools)
            loc = rnd.choice(["Main entrance", "Playground", "Car park", "Reception", "Corridor 1", "Hall", "Bike shed",
                              "Rear gate", "Dining room", "Server room", "Office"]) if typ != "Recorder" else "Server room"
            if status == "Spare":
                loc = "Trust office store"; site = "Central"
            yr = rnd.choice([2020, 2021, 2022, 2023])
            inst = f"{yr}-{rnd.randint(1,12):02d}-{rnd.randint(1,28):02d}" if status != "Spare" else ""
            if status == "Removed":
                inst = f"2014-0{rnd.randint(1,9)}-1{rnd.randint(0,9)}"
            com = {"Removed": "Removed summer 2023 - replaced", "Spare": "",
                   "Faulty - awaiting replacement": "Still on wall, no IR. Replacement ordered"}.get(status, "")
            w.writerow([f"LLP-{2300 + i}", site, typ, desc, mk, model, status, loc, inst,
                        rnd.choice(["Northgate Security Systems", "ClearView Installations Ltd"]),
                        f"PO{rnd.randint(40000, 49999)}", "" if status == "Removed" else f"{yr + 3}-0{rnd.randint(1,9)}-01", com])
    count = sum(1 for it in items if it[4] == "Camera" and it[3] in ("Installed", "Faulty - awaiting replacement"))
    add_label(nn, "csv", "csv", "academy", "foia", "yes", "yes", "answered", [], count,
              "CSV export where Dahua is identified only by model numbers (IPC-HFW/HDW, NVR4108) with a blank Manufacturer, Hikvision only via HiLook; Spare, Removed, recorders and a monitor must be left out.")
    return count


def item18():
    nn = "18"
    write_request(nn, """
Dear Northfold Fire and Rescue Service,

I would be grateful if you could tell me:
1. Does the service operate any drones (UAVs)?
2. If so, how many, and what make and model?
3. Are any of the drones or their cameras made by DJI, Autel, Hikvision or Dahua?
4. Do you have a drone data protection impact assessment?

Kind regards,
Sanjay Mehra-Lowe
""")
    html = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Drones (UAV) - Disclosure 2024/117 - Northfold Fire and Rescue Service</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;max-width:960px;margin:auto;color:#222}.disclosure-meta{color:#555;font-size:.9em}.question{font-weight:600;margin-top:1em}.card{border:1px solid #ccc;border-radius:4px;padding:1em;margin:1em 0}</style></head>
<body>
<div class="top-bar"><a href="/">Northfold Fire &amp; Rescue</a> | <a href="/safety">Safety advice</a> | <a href="/careers">Careers</a> | <a href="/about-us/transparency">Transparency</a></div>
<div id="main">
<h1>Disclosure log</h1>
<h2>2024/117 &ndash; Drones (UAV)</h2>
<p class="disclosure-meta">Published: 19/06/2024 &middot; Category: Operational equipment</p>
<div class="card request">
<h3>Request</h3>
<p class="question">1. Does the service operate any drones (UAVs)?</p>
<p class="question">2. If so, how many, and what make and model?</p>
<p class="question">3. Are any of the drones or their cameras made by DJI, Autel, Hikvision or Dahua?</p>
<p class="question">4. Do you have a drone data protection impact assessment?</p>
</div>
<div class="card response">
<h3>Response</h3>
<h4>1.</h4><p>Yes.</p>
<h4>2.</h4><p>Three. Two DJI Matrice 30T and one DJI Mavic 3 Thermal, operated by the Fire Investigation and Urban Search &amp; Rescue teams.</p>
<h4>3.</h4><p>As per our answer to question 2, all three aircraft are DJI. None are Autel, Hikvision or Dahua.</p>
<h4>4.</h4><p>Yes. The DPIA for the drone capability (version 1.4, reviewed January 2024) is attached to this disclosure.</p>
<p><a href="/media/2117/dpia-uas-v1-4.pdf">DPIA &ndash; Unmanned Aircraft Systems v1.4 (PDF, 412KB)</a></p>
</div>
<p><a href="/about-us/transparency/foi/disclosure-log">&laquo; Back to disclosure log</a></p>
</div>
<div class="footer">Northfold Fire and Rescue Service, Headquarters, Crane Hill, Northfold NF4 0RR. &copy; 2024</div>
</body></html>"""
    open(outpath(nn, "html"), "w").write(html)
    add_label(nn, "html", "html", "fire", "foia", "no", "no", "answered", [], 3,
              "Disclosure-log page; request is only about drones, so the drone count 'Three' (word) is the count and DJI is the only maker.")


def item19():
    nn = "19"
    write_request(nn, """
Hello, I'd like to make a request under the Freedom of Information Act to Saltcote Metropolitan Borough Council. Please tell me how many CCTV cameras the council operates, the brand of each camera with the number of cameras of each brand, whether any are Hikvision, and if so whether the council has any plans to replace them. Thanks, Georgina Tull
""")
    d = docx_letter(["Saltcote Metropolitan Borough Council", "Legal & Democratic Services - Information Requests",
                     "Saltcote Town Hall, Pier Road, Saltcote SC1 1TH", "informationrequests@saltcote.gov.uk  01632 960 002"],
                    "Saltcote MBC - This letter has been produced electronically and is valid without signature.",
                    font="Verdana", size=10, header_color=(0, 110, 80))
    docx_paras(d, """
Georgina Tull
By email

Request ID: 101-8842-FOI
18/11/2024

Dear Ms Tull,

I am writing in response to your request for information received 21/10/2024. The council's CCTV Manager has supplied the following information.

Cameras operated by the council, by brand:
""")
    rows = [["Brand", "No. of cameras"], ["Hikvision", "57"], ["Axis", "140"], ["Hanwha", "36"],
            ["Avigilon", "18"], ["Total", "251"]]
    docx_table(d, rows, bold_last=True, widths=[6, 4])
    docx_paras(d, """

The 57 Hikvision units are located at the Pier Road and Dock Street car parks and the Saltcote Marine Lake promenade. These are being phased out under the 2024-27 capital programme, with all units due to be replaced by March 2027. Replacement cameras will be procured through the council's framework agreement.

If you are not satisfied with this response you may ask for an internal review. Requests for review should be sent to informationrequests@saltcote.gov.uk within 40 working days of the date of this letter. If you remain unhappy after that you can contact the Information Commissioner at ico.org.uk/make-a-complaint.

Regards,

Kieran O'Dowd
Information Requests Officer
""")
    d.save(outpath(nn, "docx"))
    add_label(nn, "docx", "docx", "council", "foia", "yes", "no", "answered", [], 251,
              "Word letter with a makes table and Total row; Hikvision cameras still in place but being phased out by a future date.")


def item20():
    nn = "20"
    write_request(nn, """
Dear Headteacher,

FOI request about CCTV at Fallowfield Road Primary School:
1) How many CCTV cameras are there at the school?
2) Are any of the cameras made by Hikvision or Dahua?
3) Who installed them and when?
4) Are the recordings stored in the cloud?

Thanks
M. Kowalczyk
""")
    doc = odt_new()
    doc.text.addElement(P(stylename=doc._st["h"], text="Fallowfield Road Primary School"))
    doc.text.addElement(P(stylename=doc._st["r"], text="Fallowfield Road, Denholm DN6 2PB  |  office@fallowfieldrd.sch.uk"))
    odt_paras(doc, """
FOI - CCTV
12 March 2025

Dear M. Kowalczyk

Thank you for your questions. Answers below.

1) 9

2) We don't know. The system was put in before the current staff started and there is no paperwork for it in school. The cameras don't have a make on them that we can see. We therefore don't hold this information.

3) As above - not held. We think it was around 2015.

4) No, recordings are kept on a recorder in the office and overwrite after 30 days.

If you would like us to look at this again please write to the Chair of Governors c/o the school office. You can also complain to the Information Commissioner's Office.

Mrs S. Pemberton-Ash
School Business Manager
""")
    doc.save(outpath(nn, "odt"))
    add_label(nn, "odt", "odt", "school", "foia", "unknown", "unknown", "partially_answered", [], 9,
              "Terse ODT from a maintained primary school; bare '1) 9'; makers and installer not held.")


def item21():
    nn = "21"
    write_request(nn, """
Under the FOI Act please provide for Wendlebury County Council and all its maintained schools:

1. A list of every CCTV camera, with location, make and model.
2. For each camera, the date installed and cost.
3. Whether any cameras are made by Hikvision.
4. Whether any cameras are made by Dahua.
5. Copies of all DPIAs for CCTV systems.

Thank you,
Lorcan Heathcote
""")
    d = docx_letter(["Wendlebury County Council", "Information Governance", "County Hall, Market Square",
                     "Wendlebury WB1 2CC"], "Wendlebury County Council - working for you. Page numbers appear at foot.",
                    font="Arial", size=11)
    docx_paras(d, """
Your ref: (email 03/01/2025)
Our ref: WCC-IG-25-00214
Date: 29 January 2025

Dear Mr Heathcote

## Freedom of Information Act 2000 - Refusal Notice

We have considered your request. The council has estimated that the cost of complying with your request would exceed the appropriate limit of £450 set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. We are therefore refusing your request in its entirety under section 12 of the Freedom of Information Act 2000.

The council does not keep a central register of CCTV cameras. Cameras at our 214 maintained schools are procured and managed by each school individually, and cameras at council buildings are held on several property records. To answer questions 1 to 4 we would need to contact each school and each building manager, and to inspect installation records. At a conservative estimate of 30 minutes per site for 290 sites, this would take around 145 hours, well above the 18-hour limit.

Because section 12 applies to a request as a whole, we have not answered the remaining questions either.

## Advice and assistance

Under section 16 we suggest you may be able to obtain information within the limit by narrowing your request, for example to council-run public space CCTV only, or to a small number of named schools. Please note that if you submit a refined request it will be treated as a new request.

## Your rights

If you are unhappy with this response you may ask for an internal review within 40 working days. You may also complain to the Information Commissioner's Office.

Yours sincerely

Information Governance Team
Wendlebury County Council
""")
    att = docx_bytes(d)
    body = "Dear Mr Heathcote,\n\nPlease find attached the council's response to your request WCC-IG-25-00214.\n\nRegards\nInformation Governance Team\nWendlebury County Council\n\n**********\nThis email and any files transmitted with it are confidential.\n**********\n"
    html = "<html><body><p>Dear Mr Heathcote,</p><p>Please find attached the council's response to your request WCC-IG-25-00214.</p><p>Regards<br>Information Governance Team<br>Wendlebury County Council</p><p style='font-size:8pt'>This email and any files transmitted with it are confidential.</p></body></html>"
    eml_with_attachment(outpath(nn, "eml"), "Information Governance <foi@wendlebury.gov.uk>",
                        "Lorcan Heathcote <lorcan.h@mailbox.example>", "FOI WCC-IG-25-00214 - Response", body, att,
                        "WCC-IG-25-00214 Refusal Notice.docx", date="Wed, 29 Jan 2025 16:20:02 +0000", html=html,
                        msgid_domain="wendlebury.gov.uk")
    add_label(nn, "eml", "eml", "council", "foia", "unknown", "unknown", "refused", ["s12"], None,
              "Email with docx attachment: whole request refused on cost (s12); the number 214 is schools, not cameras; s16 advice is not an exemption.")


if __name__ == "__main__":
    import sys
    for fn in sys.argv[1:]:
        print(fn, globals()[fn]())
