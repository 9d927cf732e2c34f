from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, html as H

req = """Dear Betsi Cadwaladr University Health Board,

Under the Freedom of Information Act 2000 please tell me:

1. How many CCTV cameras does the Health Board operate at each of its hospitals?
2. What makes are the cameras, and how many of each make?
3. Are any of them Hikvision or Dahua?
4. Is the CCTV system connected to the NHS Wales network?

Yours faithfully,

Iwan Hughes-Parry"""
write_text("20-request.txt", req + "\n")

hosp = [("Ysbyty Gwynedd, Bangor", 148), ("Ysbyty Glan Clwyd, Bodelwyddan", 172),
        ("Wrexham Maelor Hospital", 165), ("Community hospitals (combined)", 94)]
total = sum(n for _, n in hosp)
makes = [("Axis", 301), ("Hikvison", 142), ("Bosch", 88), ("Hanwha", 48)]
assert sum(n for _, n in makes) == total

resp = [
    ["Betsi Cadwaladr University Health Board / Bwrdd Iechyd Prifysgol Betsi Cadwaladr"],
    ["FOI reference: FOI.24.1442"],
    [],
    ["Q", "Response"],
    [1, "See tab 'By hospital'"],
    [2, "See tab 'By make'"],
    [3, "Yes - Hikvision, see tab 'By make'. There are no Dahua cameras."],
    [4, "No. CCTV operates on a separate, segregated network managed by Estates."],
]
byh = [["Hospital / site", "Cameras"]] + [[h, n] for h, n in hosp] + [["Total", total]]
bym = [["Make", "Cameras"]] + [[mk, n] for mk, n in makes] + [["Grand Total", total]]
xdata = xlsx_bytes([
    ("Response", resp, {"bold_rows": [0, 3], "widths": [6, 90]}),
    ("By hospital", byh, {"bold_rows": [0, len(byh) - 1], "widths": [38, 12]}),
    ("By make", bym, {"bold_rows": [0, len(bym) - 1], "widths": [20, 12]}),
])

intro = """Dear Mr Hughes-Parry,

Thank you for your request for information which was received on 15 October 2024.

Please find our response in the attached spreadsheet.

If you are dissatisfied with our response you may request an internal review within 40 working days by writing to the FOI Team at BCU.FOI@wales.nhs.uk. If you remain dissatisfied you may complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.

Yn gywir / Yours sincerely

Tîm Rhyddid Gwybodaeth / Freedom of Information Team
Betsi Cadwaladr University Health Board"""

quoted_hdr = "From: Iwan Hughes-Parry <request-818930-f1a22b6c@whatdotheyknow.com>\nSent: 15 October 2024 08:41\nTo: FOI (BCUHB) <BCU.FOI@wales.nhs.uk>\nSubject: Freedom of Information request - CCTV cameras at hospitals"
plain = intro + "\n\n________________________________\n" + quoted_hdr + "\n\n" + req + "\n"
htmlbody = ("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{H.escape(par).replace(chr(10), '<br>')}</p>" for par in intro.split("\n\n"))
            + "<hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\"><p><b>From:</b> Iwan Hughes-Parry &lt;request-818930-f1a22b6c@whatdotheyknow.com&gt;<br><b>Sent:</b> 15 October 2024 08:41<br><b>To:</b> FOI (BCUHB) &lt;BCU.FOI@wales.nhs.uk&gt;<br><b>Subject:</b> Freedom of Information request - CCTV cameras at hospitals</p></div>"
            + "".join(f"<p>{H.escape(par).replace(chr(10), '<br>')}</p>" for par in req.split("\n\n"))
            + "</body></html>")

m = EmailMessage()
m["From"] = "FOI (BCUHB) <BCU.FOI@wales.nhs.uk>"
m["To"] = "Iwan Hughes-Parry <request-818930-f1a22b6c@whatdotheyknow.com>"
m["Subject"] = "RE: Freedom of Information request - CCTV cameras at hospitals [FOI.24.1442]"
m["Date"] = format_datetime(datetime.datetime(2024, 11, 12, 9, 18, 55, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<CWLP265MB5126E07A1D3B9C4F88A1B62F8E1F2@CWLP265MB5126.GBRP265.PROD.OUTLOOK.COM>"
m.set_content(plain)
m.add_alternative(htmlbody, subtype="html")
m.add_attachment(xdata, maintype="application",
                 subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 filename="FOI.24.1442 CCTV response.xlsx")
write_eml("20-reply.eml", m)
print(total)
add_label("20", "eml", "eml", "nhs", "foia", "yes", "no", "answered", [], total,
          "Multipart e-mail (text+HTML) quoting the request below, with the answers only in an attached workbook: per-hospital tab with a Total row, per-make tab ('Hikvison' misspelt) and 'There are no Dahua cameras.'")
