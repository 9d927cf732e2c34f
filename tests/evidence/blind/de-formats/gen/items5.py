from helpers import *
from items3 import ods_sheet
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties


def item22():
    nn = "22"
    write_request(nn, """
Annwyl Syr/Fadam / Dear Sir or Madam,

Please supply under the Freedom of Information Act:
1. The sites where Cyngor Sir Penllyn operates CCTV and the number of cameras at each site.
2. The total number of cameras.
3. The make of the cameras.
4. Whether any are made by Hikvision or Dahua.

Diolch,
Elin Morgan-Hughes
""")
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    ods_sheet(doc, "Ymateb - Response", [
        ["Cyngor Sir Penllyn / Penllyn County Council"],
        ["Cais Rhyddid Gwybodaeth / FOI request", "CSP-RG-2024-0917"],
        ["Dyddiad / Date", "05/12/2024"],
        [],
        ["1", "Gweler / See 'Safleoedd - Sites'"],
        ["2", "Gweler / See 'Safleoedd - Sites', rhes / row Cyfanswm - Total"],
        ["3", "Gweler / See 'Gwneuthurwr - Make'"],
        ["4", "Yes - see 'Gwneuthurwr - Make'"],
        [],
        ["Os ydych yn anfodlon... / If you are dissatisfied with this response you may request an internal review by writing to rhyddidgwybodaeth@penllyn.gov.wales. You may also complain to the Information Commissioner's Office, Churchill House, Cardiff."],
    ], bold)
    sites = [("Stryd Fawr, Bala", 12), ("Harbwr Pwllheli", 9), ("Maes Parcio Ffordd Glan Môr", 6),
             ("Canolfan Hamdden Dwyfor", 8), ("Swyddfeydd y Cyngor, Caernarfon", 15), ("Depo Penygroes", 5),
             ("Canolfan Ailgylchu Llanrug", 4), ("Gorsaf Fysiau Porthmadog", 7), ("Parc Glynllifon", 3)]
    rows = [["Safle / Site", "Camerâu / Cameras"]] + [[s, c] for s, c in sites]
    n = len(sites) + 1
    total = sum(c for _, c in sites)
    rows.append(["Cyfanswm / Total", (f"of:=SUM([.B2:.B{n}])", total)])
    ods_sheet(doc, "Safleoedd - Sites", rows, bold)
    makes = [("Axis", 31), ("Hik Vision", 22), ("Dahau", 16)]
    assert sum(m[1] for m in makes) == total, total
    mrows = [["Gwneuthurwr / Make", "Nifer / Qty"]] + [list(m) for m in makes]
    mrows.append(["Cyfanswm / Total", (f"of:=SUM([.B2:.B4])", total)])
    ods_sheet(doc, "Gwneuthurwr - Make", mrows, bold)
    doc.save(outpath(nn, "ods"))
    add_label(nn, "ods", "ods", "welsh_council", "foia", "yes", "yes", "answered", [], total,
              "Bilingual ODS; makes misspelt 'Hik Vision' and 'Dahau'; count only as a formula total on a sheet.")
    return total


def item23():
    nn = "23"
    write_request(nn, """
To the Information Officer, Greyfell National Park Authority

1. How many CCTV cameras does the Authority operate (visitor centres, car parks, depots)?
2. What make are they?
3. Does the Authority use any Hikvision equipment?
4. Does it use any Dahua equipment?

Regards, Tomasz Wren
""")
    lines = ["**>>GREYFELL NATIONAL PARK AUTHORITY",
             ">>Fellside Offices, Kirkby Greyfell, GF8 3NP",
             ">>01632 960 881",
             "", "",
             "Mr T. Wren",
             "",
             "Ref: GNPA/IR/2024/044              Date: 14 August 2024",
             "",
             "Dear Mr Wren",
             "",
             "**Request for information",
             "",
             "I refer to your request of 22 July. The information held by the",
             "Authority is set out in the table below, which was provided by our",
             "Property & Facilities team from the maintenance schedule.",
             "",
             "||Make|Equipment|Qty",
             "||Dahua|HDCVI camera|14",
             "||Dahua|XVR recorder|3",
             "||Uniview|IP camera|6",
             "||Total||23",
             "",
             "The equipment is located at the two visitor centres (Kirkby and",
             "Haweswater Head), the Fellfoot and Blea Tarn car parks and the",
             "Thornside depot.",
             "",
             "Should you be dissatisfied you may request an internal review",
             "within 40 working days, and thereafter complain to the ICO.",
             "",
             "Yours sincerely",
             "", "",
             "D. Armitage",
             "Information Officer"]
    scan_pdf(outpath(nn, "pdf"), [lines], seed=23, skew=0.9)
    add_label(nn, "pdf", "scan", "other", "foia", "no", "yes", "answered", [], 20,
              "Scanned letter with a boxed table whose Total (23) includes 3 Dahua recorders; cameras are 20; Q3/Q4 answered only by the complete make list.")


def item24():
    nn = "24"
    write_request(nn, """
Dear Ashgrove District Council,

(1) How many CCTV cameras does the council currently have in operation?
(2) Are any of these cameras manufactured by Hikvision or Dahua?
(3) Where are the cameras located (general areas are fine)?

Thanks in advance,
Wren Castellanos
""")
    d = docx_letter(["Ashgrove District Council", "Customer & Corporate Services", "The Maltings, Station Road",
                     "Ashgrove AG5 6DT", "Switchboard 01632 960 600"],
                    "Disclaimer: information supplied under FOIA is correct at the date of the response. Re-use is subject to the Copyright, Designs and Patents Act 1988.",
                    font="Calibri", header_color=(90, 40, 120))
    docx_paras(d, """
Ref: FOI 2024/1187
Date: 2 September 2024

Dear Wren Castellanos,

Re: Freedom of Information request - CCTV

Thank you for your email. Please see our response to (1) and (2) in the tables below.

**Table A - CCTV cameras**
""")
    docx_table(d, [["Location", "Make", "Cameras"], ["Market Square & High St", "Axis", "18"],
                   ["Station Road car park", "Axis", "6"], ["The Maltings offices", "Bosch", "9"],
                   ["Riverside depot", "Bosch", "4"], ["Ashgrove Leisure Centre", "Axis", "7"],
                   ["Total", "", "44"]], bold_last=True, widths=[7, 4, 3])
    docx_paras(d, """

**Table B - Body worn video (Civil Enforcement Officers and Neighbourhood Wardens)**
""")
    docx_table(d, [["Make", "Model", "Units"], ["Hikvision", "DS-MCW407", "14"], ["Total", "", "14"]],
               bold_last=True, widths=[4, 6, 3])
    docx_paras(d, """

(3) The locations are shown in Table A.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of the response to your original letter and should be addressed to the Information Governance Manager at the address above. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.

Kind regards,

Halima Rookwood
FOI & Complaints Co-ordinator
""")
    d.save(outpath(nn, "docx"))
    add_label(nn, "docx", "docx", "council", "foia", "no", "no", "answered", [], 44,
              "Two Word tables: CCTV table lists only Axis/Bosch, an unrequested second table lists 14 Hikvision body-worn cameras; Q2 is answered only through the tables.")


def item25():
    nn = "25"
    write_request(nn, """
Dear FOI Team,

I would like to request the following from Marlbury Teaching Hospitals NHS Trust:

Question 1: The number of CCTV cameras at each of the Trust's sites.
Question 2: The manufacturers of those cameras.
Question 3: Whether any cameras are produced by Hikvision.
Question 4: The value of the current CCTV maintenance contract and the contractor's name.

Yours,
Dr Helen Quarrie
""")
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>FOI/25/0219 CCTV cameras - Marlbury Teaching Hospitals NHS Trust</title></head>
<body>
<div class="nhsuk-header"><a href="/"><img src="/img/nhs-logo.svg" alt="NHS"> Marlbury Teaching Hospitals NHS Trust</a></div>
<div class="nhsuk-width-container">
<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/about-us">About us</a></li><li><a href="/foi">Freedom of information</a></li><li>Disclosure log</li></ol></nav>
<h1>FOI/25/0219 &ndash; CCTV cameras</h1>
<p><strong>Date of response:</strong> 24/03/2025</p>
<div class="disclosure-request">
<h2>Request</h2>
<p>Question 1: The number of CCTV cameras at each of the Trust's sites.<br>
Question 2: The manufacturers of those cameras.<br>
Question 3: Whether any cameras are produced by Hikvision.<br>
Question 4: The value of the current CCTV maintenance contract and the contractor's name.</p>
</div>
<div class="disclosure-response">
<h2>Response</h2>
<h3>Question 1</h3>
<table class="nhsuk-table">
<thead><tr><th>Site</th><th>Cameras</th></tr></thead>
<tbody>
<tr><td>Marlbury Royal Infirmary</td><td>211</td></tr>
<tr><td>St Oswin's Hospital</td><td>96</td></tr>
<tr><td>Marlbury Children's Hospital</td><td>58</td></tr>
<tr><td>Hexley Community Hospital</td><td>17</td></tr>
<tr><td>Trust offices, Quayside House</td><td>12</td></tr>
</tbody></table>
<h3>Question 2</h3>
<p>Hanwha, Axis, Hikvison (HiWatch range) and Bosch.</p>
<h3>Question 3</h3>
<p>Yes &ndash; 43 cameras at St Oswin's Hospital. These were installed in 2018 and are included in the Trust's estates replacement programme, subject to funding.</p>
<h3>Question 4</h3>
<p>The contractor is Tyneside Integrated Security Ltd. The Trust is withholding the contract value under section 43(2) of the FOI Act (commercial interests), as the contract is due to be re-tendered in 2025 and disclosure would be likely to prejudice the Trust's position in that procurement. The public interest test has been applied and favours withholding at this time.</p>
</div>
<div class="disclosure-footer"><p>Information released under the Freedom of Information Act 2000. If you are unhappy with how your request was handled, contact foi@marlbury-tr.nhs.uk to request an internal review.</p></div>
</div>
<footer class="nhsuk-footer"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy notice</a></li></ul><p>&copy; Marlbury Teaching Hospitals NHS Trust 2025</p></footer>
</body></html>"""
    open(outpath(nn, "html"), "w").write(html)
    add_label(nn, "html", "html", "nhs", "foia", "yes", "no", "partially_answered", ["s43"], 211 + 96 + 58 + 17 + 12,
              "Disclosure-log page with a per-site table but no total (sum = 394); Hikvision misspelt 'Hikvison' and also as HiWatch; contract value withheld under s43.")


if __name__ == "__main__":
    import sys
    for fn in sys.argv[1:]:
        print(fn, globals()[fn]())
