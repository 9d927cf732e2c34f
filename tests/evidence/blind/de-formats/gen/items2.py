from helpers import *
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span, LineBreak
from odf import table as otab


def odt_new():
    doc = OpenDocumentText()
    b = Style(name="Bold", family="text"); b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b)
    h = Style(name="Head", family="paragraph"); h.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    h.addElement(ParagraphProperties(textalign="right"))
    doc.automaticstyles.addElement(h)
    r = Style(name="Right", family="paragraph"); r.addElement(ParagraphProperties(textalign="right"))
    r.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(r)
    cell = Style(name="Cell", family="table-cell"); cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cell)
    doc._st = {"b": b, "h": h, "r": r, "cell": cell}
    return doc


def odt_paras(doc, text):
    for block in text.strip().split("\n\n"):
        block = block.strip("\n")
        if block.startswith("## "):
            p = P(); p.addElement(Span(stylename=doc._st["b"], text=block[3:])); doc.text.addElement(p)
            continue
        p = P()
        for k, l in enumerate(block.split("\n")):
            if k:
                p.addElement(LineBreak())
            p.addText(l)
        doc.text.addElement(p)


def odt_table(doc, rows, name="Table1"):
    t = otab.Table(name=name)
    t.addElement(otab.TableColumn(numbercolumnsrepeated=len(rows[0])))
    for i, r in enumerate(rows):
        tr = otab.TableRow()
        for v in r:
            tc = otab.TableCell(stylename=doc._st["cell"], valuetype="string")
            p = P()
            if i == 0:
                p.addElement(Span(stylename=doc._st["b"], text=str(v)))
            else:
                p.addText(str(v))
            tc.addElement(p); tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


def item06():
    nn = "06"
    write_request(nn, """
Dear Clerk,

Freedom of Information request

1. How many CCTV cameras does Little Brackford Parish Council own or operate?
2. Are any of them made by Hikvision or Dahua?
3. How much has the council spent on CCTV in the last 3 financial years?

Thanks,
J. Abernethy
""")
    lines = ["**>>LITTLE BRACKFORD PARISH COUNCIL",
             ">>Clerk: Mrs Gillian Sowerby",
             ">>The Old Reading Room, Church Lane",
             ">>Little Brackford, Norbury NB7 4HD",
             ">>Tel. 01632 960 772",
             "", "",
             "J. Abernethy (by email)",
             "",
             "2nd October 2024",
             "",
             "Dear J. Abernethy,",
             "",
             "**Re: Your Freedom of Information request of 16th September",
             "",
             "Thank you for your enquiry, which was reported to the Parish Council",
             "at its meeting on 30th September.",
             "",
             "The Parish Council does not own or operate any CCTV cameras, and it",
             "has not spent any money on CCTV in the last three financial years.",
             "Questions 2 and 3 therefore do not apply.",
             "",
             "For your information, the cameras on the village hall are owned and",
             "run by the Village Hall Management Committee, which is a separate",
             "registered charity and not a public authority.",
             "",
             "If you are not satisfied with this reply you may ask the Council to",
             "review it, and after that you may complain to the Information",
             "Commissioner's Office.",
             "",
             "Yours sincerely,",
             "", "",
             "G. Sowerby",
             "Clerk and Responsible Financial Officer"]
    scan_pdf(outpath(nn, "pdf"), [lines], seed=6, skew=1.1)
    add_label(nn, "pdf", "scan", "council", "foia", "no", "no", "answered", [], 0,
              "Image-only scanned letter from a parish council with no CCTV (village hall cameras belong to a separate charity).")


def item07():
    nn = "07"
    write_request(nn, """
Hello,

I am writing to Oakmere Academy under the Freedom of Information Act.

Q1 How many CCTV cameras are installed on the school site?
Q2 What make and model are they?
Q3 Are any of them Dahua cameras?
Q4 Is there CCTV in toilets or changing rooms?

Kind regards
Leona Fairbairn
""")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body>
<p>Dear Ms Fairbairn,</p>
<p>Thank you for your FOI request which we received on 4 November. Apologies for the slight delay &ndash; half term fell in the middle of the 20 school days.</p>
<p><b>Q1</b> &ndash; 16</p>
<p><b>Q2</b> &ndash; 12 x DS-2CD2143G2-IU (turret, external) and 4 x DS-2CD2347G2-LU (internal corridors). Recorder is a DS-7616NI-K2/16P.</p>
<p><b>Q3</b> &ndash; No</p>
<p><b>Q4</b> &ndash; No. There are no cameras in toilets, changing rooms or any other area where pupils would expect privacy. Our CCTV policy is on the website under Policies &gt; Safeguarding.</p>
<p>If you are not happy with how we have dealt with your request, please write to the Chair of the Local Governing Body via the school office within 40 working days. You can also contact the ICO.</p>
<p>Best wishes</p>
<p>Ruth Penhallow<br>Business Manager<br>Oakmere Academy &middot; part of the Tamar Valley Learning Trust<br>Tel 01632 960 145</p>
<p style="font-size:8pt;color:#777">This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Tamar Valley Learning Trust is a charitable company limited by guarantee registered in England and Wales, company no. 09876543.</p>
</body></html>"""
    eml_html_only(outpath(nn, "eml"), "Ruth Penhallow <r.penhallow@oakmere-tvlt.org.uk>",
                  "Leona Fairbairn <l.fairbairn.foi@mailbox.example>", "RE: Freedom of Information request - CCTV",
                  html, date="Wed, 20 Nov 2024 15:42:10 +0000", msgid_domain="oakmere-tvlt.org.uk")
    add_label(nn, "eml", "eml", "academy", "foia", "yes", "no", "answered", [], 16,
              "HTML-only email; the make is never named, only Hikvision model numbers (DS-2CD...), and Q3 'No' only makes sense with the request.")


def item08():
    nn = "08"
    write_request(nn, """
Freedom of Information Request - Eastmoor Fire and Rescue Service

1. How many CCTV cameras does the Service have at its fire stations, headquarters and training centre?
2. Are any of the Service's CCTV cameras manufactured by Hikvision or Dahua?
3. Does the Service use cameras on its fire appliances (vehicle cameras)? If so how many?
4. Who installed the CCTV?

Regards
Callum Breck
""")
    d = docx_letter(["Eastmoor Fire and Rescue Service", "Service Headquarters, Beacon Way", "Eastmoor, EM9 2LX",
                     "www.eastmoorfire.gov.uk"],
                    "Eastmoor Fire and Rescue Service - Making Eastmoor Safer. OFFICIAL",
                    font="Calibri", header_color=(180, 20, 20))
    docx_paras(d, """
FOI reference: EFRS-FOI-25-062
Date: 14 February 2025

Dear Mr Breck

Please find below our response to your recent request for information.

**Question 1: How many CCTV cameras does the Service have at its fire stations, headquarters and training centre?**
The Service has 58 CCTV cameras in total: 31 across our 17 fire stations, 19 at Service Headquarters and 8 at the Training Centre at Hollins Cross.

**Question 2: Are any of the Service's CCTV cameras manufactured by Hikvision or Dahua?**
No.

**Question 3: Does the Service use cameras on its fire appliances (vehicle cameras)? If so how many?**
Yes. All 41 front-line appliances and 6 special appliances are fitted with a four-camera vehicle CCTV system (188 vehicle cameras in total). These are not part of the building CCTV system described in Question 1.

**Question 4: Who installed the CCTV?**
Building CCTV was installed by Kestrel Fire & Security Ltd. Vehicle systems were fitted by the appliance builder at the time of manufacture.

If you are dissatisfied with this response you may request an internal review by writing to the Information Governance Manager at the address above or emailing foi@eastmoorfire.gov.uk. If you are still dissatisfied following the review, you have the right to complain to the Information Commissioner.

Yours sincerely

Natalie Ferris-Obi
Information Governance Manager
""")
    att = docx_bytes(d)
    eml_with_attachment(outpath(nn, "eml"), "FOI Eastmoor Fire <foi@eastmoorfire.gov.uk>", "callum.breck@mailbox.example",
                        "Your FOI request EFRS-FOI-25-062",
                        "Dear Mr Breck\n\nPlease see attached our response to your Freedom of Information request.\n\nKind regards\n\nInformation Governance Team\nEastmoor Fire and Rescue Service\n\n--\nOFFICIAL. This e-mail is intended only for the addressee.\n",
                        att, "EFRS-FOI-25-062 Response.docx", date="Fri, 14 Feb 2025 11:05:33 +0000",
                        msgid_domain="eastmoorfire.gov.uk")
    add_label(nn, "eml", "eml", "fire", "foia", "no", "no", "answered", [], 58,
              "Answer only in an attached .docx; a large vehicle-camera figure (188) sits next to the building CCTV count; 'No' to a joint Hikvision/Dahua question.")


def item09():
    nn = "09"
    write_request(nn, """
Dear Coldharbour City Council

Please could you supply:

- The number of public space CCTV cameras operated by the Council
- The locations of all of these cameras (street names or grid references)
- The manufacturers of the cameras, and whether any are Hikvision or Dahua
- Annual running cost of the CCTV control room

Thanks
Ada Brennan-Whitlock
""")
    html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 24-3317 Public space CCTV | Disclosure log | Coldharbour City Council</title>
<link rel="stylesheet" href="/assets/css/main.min.css">
</head>
<body class="page-disclosure">
<header class="site-header"><a class="logo" href="/">Coldharbour City Council</a>
<nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/planning">Planning</a></li><li><a href="/your-council">Your council</a></li></ul></nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/your-council">Your council</a> &rsaquo; <a href="/foi">Freedom of information</a> &rsaquo; <a href="/foi/disclosure-log">Disclosure log</a></nav>
<main id="content">
<h1>FOI 24-3317 &ndash; Public space CCTV</h1>
<dl class="meta"><dt>Date received</dt><dd>3 September 2024</dd><dt>Date responded</dt><dd>30 September 2024</dd><dt>Department</dt><dd>Community Safety</dd><dt>Category</dt><dd>Crime and community safety</dd></dl>
<div class="foi-request">
<h2>Information requested</h2>
<ul>
<li>The number of public space CCTV cameras operated by the Council</li>
<li>The locations of all of these cameras (street names or grid references)</li>
<li>The manufacturers of the cameras, and whether any are Hikvision or Dahua</li>
<li>Annual running cost of the CCTV control room</li>
</ul>
</div>
<div class="foi-response">
<h2>Our response</h2>
<h3>Number of cameras</h3>
<p>Coldharbour City Council operates approximately 430 public space CCTV cameras. The number changes from week to week as redeployable cameras are moved and units are replaced.</p>
<h3>Locations</h3>
<p>A map showing the general areas covered by public space CCTV is published on our website at <a href="/community-safety/cctv">coldharbour.gov.uk/community-safety/cctv</a>. We are withholding the exact location of each camera under section 31(1)(a) and (b) of the Freedom of Information Act (prevention or detection of crime; apprehension or prosecution of offenders). Publishing a full list of camera positions would let people work out where there is no coverage. We have considered the public interest and concluded that it favours withholding the detailed list.</p>
<h3>Manufacturers</h3>
<p>The cameras are manufactured by Hanwha Vision, Axis and Dedicated Micros. The council does not use Hikvision or Dahua equipment.</p>
<h3>Running costs</h3>
<p>The CCTV control room cost &pound;612,400 to run in 2023/24. This includes staffing (&pound;488,900), maintenance (&pound;71,300), fibre and transmission (&pound;39,700) and other costs.</p>
</div>
<div class="foi-rights">
<h2>Your rights</h2>
<p>If you are not satisfied you can ask for an internal review within 40 working days. After that you can complain to the Information Commissioner's Office.</p>
</div>
</main>
<footer class="site-footer"><p>&copy; Coldharbour City Council 2024. Contains public sector information licensed under the Open Government Licence v3.0.</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p></footer>
</body></html>"""
    open(outpath(nn, "html"), "w").write(html)
    add_label(nn, "html", "html", "council", "foia", "no", "no", "partially_answered", ["s31"], 430,
              "Disclosure-log web page with site chrome; 'approximately 430'; exact locations withheld under s31.")


def item10():
    nn = "10"
    write_request(nn, """
To Inverlarig Council

Freedom of Information (Scotland) Act 2002 request

(a) How many CCTV cameras does the Council operate in public spaces and in Council buildings?
(b) Please give a list of the manufacturers of those cameras.
(c) Do you use any cameras manufactured by Hikvision?
(d) Do you use any cameras manufactured by Dahua?

Thank you
Rory MacAulay
""")
    doc = odt_new()
    for i, l in enumerate(["Inverlarig Council", "Governance & Information Services", "Council Headquarters, Ferry Road",
                           "Inverlarig IV19 3AZ", "foi@inverlarig.gov.scot"]):
        doc.text.addElement(P(stylename=doc._st["h"] if i == 0 else doc._st["r"], text=l))
    odt_paras(doc, """
Our Ref: FOISA/2024/0741
Date: 8 October 2024

Dear Mr MacAulay

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUEST FOR INFORMATION

Thank you for your request dated 10 September 2024. I respond as follows.

(a) The Council operates 184 cameras on its public space CCTV system, which is monitored from the control room at Ferry Road. A breakdown is given below. In addition there are cameras at a number of Council buildings; see (b).
""")
    odt_table(doc, [["Area", "Cameras"], ["Inverlarig town centre", "71"], ["Portmallan", "38"],
                    ["Kilbrannan", "29"], ["Strathcorran", "24"], ["Redeployable units", "22"], ["Total", "184"]])
    odt_paras(doc, """

(b) The public space cameras are HiWatch (Hikvision) and Axis. Cameras at Council buildings (schools, depots, offices) were installed at different times by different contractors and no central record of their number or make is kept. In terms of section 17 of the Act the Council gives notice that it does not hold this information.

(c) Yes, see (b). 104 of the public space cameras are HiWatch series.

(d) The Council does not hold this information in respect of Council buildings. None of the public space cameras are Dahua.

If you are dissatisfied with the way the Council has dealt with your request, you may require us to review our actions and decisions. Your request must be in writing and must be made within 40 working days. If you remain dissatisfied following the review you have the right to apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal.

Yours sincerely

Morag Linklater
Information Officer
""")
    doc.save(outpath(nn, "odt"))
    add_label(nn, "odt", "odt", "council", "foisa", "yes", "unknown", "partially_answered", ["s17"], None,
              "ODT; 184 is only the public space system, building cameras not held (FOISA s17), so no total; HiWatch brand; Dahua ruled out only for public space.")


if __name__ == "__main__":
    import sys
    for fn in sys.argv[1:]:
        print(fn, globals()[fn]())
