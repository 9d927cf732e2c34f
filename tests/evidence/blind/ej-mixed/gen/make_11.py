from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
import pathlib
here = pathlib.Path(__file__).resolve().parent.parent
plain = """Dear Ms Marsh

Freedom of Information Request - Ref: HDC-FOI-6650

Thank you for your request received on 2 September 2024.

Hartmoor District Council does not operate ANPR cameras in any of its car parks or elsewhere. All Council car parks are pay and display or pay by phone, and enforcement is carried out by the Council's Civil Enforcement Officers on foot.

For completeness, the Council's public space CCTV system consists of 46 cameras in Hartmoor and Upper Wendle town centres. None of these cameras are used for ANPR and the system does not have ANPR software.

The barrier-controlled car park at Hartmoor railway station is not owned or operated by the Council. You may wish to direct any enquiry about that car park to the train operating company.

As the Council does not operate ANPR cameras, questions 2 to 4 do not apply.

If you are not satisfied with this response you may request an internal review by writing to the Information Governance Officer within 40 working days. You may also contact the Information Commissioner's Office: https://ico.org.uk/make-a-complaint/

Kind regards

Martin Oyelaran
Customer Feedback & FOI Officer
Hartmoor District Council | Council Offices | Moor Street | Hartmoor | TS13 2LB
01287 633 800
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Ms Marsh</p>
<p><b>Freedom of Information Request - Ref: HDC-FOI-6650</b></p>
<p>Thank you for your request received on 2 September 2024.</p>
<p>Hartmoor District Council does not operate ANPR cameras in any of its car parks or elsewhere. All Council car parks are pay and display or pay by phone, and enforcement is carried out by the Council&#39;s Civil Enforcement Officers on foot.</p>
<p>For completeness, the Council&#39;s public space CCTV system consists of 46 cameras in Hartmoor and Upper Wendle town centres. None of these cameras are used for ANPR and the system does not have ANPR software.</p>
<p>The barrier-controlled car park at Hartmoor railway station is not owned or operated by the Council. You may wish to direct any enquiry about that car park to the train operating company.</p>
<p>As the Council does not operate ANPR cameras, questions 2 to 4 do not apply.</p>
<p>If you are not satisfied with this response you may request an internal review by writing to the Information Governance Officer within 40 working days. You may also contact the Information Commissioner&#39;s Office: <a href="https://ico.org.uk/make-a-complaint/">https://ico.org.uk/make-a-complaint/</a></p>
<p>Kind regards</p>
<p><b>Martin Oyelaran</b><br>Customer Feedback &amp; FOI Officer<br>Hartmoor District Council | Council Offices | Moor Street | Hartmoor | TS13 2LB<br>01287 633 800</p>
<p style="font-size:8pt;color:#777">This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender immediately and delete it. Hartmoor District Council may monitor e-mail traffic.</p>
</body></html>
"""
m = EmailMessage()
m["From"] = "FOI <foi@hartmoor.gov.uk>"
m["To"] = "ellen.marsh.requests@gmail.com"
m["Subject"] = "HDC-FOI-6650 Response - ANPR"
m["Date"] = format_datetime(datetime(2024, 9, 24, 10, 3, tzinfo=timezone(timedelta(hours=1))))
m["Message-ID"] = "<a81f3c2e-6650-4b7e-9e1a-hdc0924@hartmoor.gov.uk>"
m.set_content(plain)
m.add_alternative(html, subtype="html")
(here / "11-reply.eml").write_bytes(bytes(m))
