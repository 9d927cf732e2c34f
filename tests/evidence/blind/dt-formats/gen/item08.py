from common import *
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime

req = """Dear Oakridge Primary Academy,

Under the Freedom of Information Act 2000, please could you tell me:

1. How many CCTV cameras does the academy have on its site?
2. Are any of them made by Hikvision?
3. Are any of them made by Dahua?
4. Who is your CCTV maintenance contractor, and what did you pay them last year?

Yours faithfully,

Ruth Ambrose-Lyle
"""
write_text("08-request.txt", "Subject: Freedom of Information request - CCTV cameras\n\n" + req)

quoted = "\n".join(("> " + l) if l else ">" for l in req.rstrip("\n").split("\n"))
body = f"""Dear Ms Ambrose-Lyle,

Thank you for your email, which we received on 14 May. Please see our answers below.

1. The academy does not have CCTV.
2. No
3. No
4. Not applicable

For completeness, there is a video intercom on the main pedestrian gate so the office can see who is at the gate before releasing it. It does not record.

If you are unhappy with how your request has been handled you can ask for a review by writing to the Trust's Data Protection Lead at dpo@meadowbanklearningtrust.org.uk. If you are still not satisfied you can contact the Information Commissioner's Office.

Kind regards

Lisa Moorcroft
Office Manager
Oakridge Primary Academy (part of Meadowbank Learning Trust)
Tel: 01632 960 731

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Meadowbank Learning Trust is a charitable company limited by guarantee registered in England and Wales, company no. 08812345.

On Tue, 14 May 2024 at 10:02, Ruth Ambrose-Lyle <request-803317-e2c91f40@whatdotheyknow.com> wrote:
{quoted}
>
> -------------------------------------------------------------------
> Please use this email address for all replies to this request:
> request-803317-e2c91f40@whatdotheyknow.com
>
> Is office@oakridge.meadowbanklearningtrust.org.uk the wrong address for Freedom of Information requests to Oakridge Primary Academy? If so, please contact us using this form:
> https://www.whatdotheyknow.com/change_request/new?body=oakridge_primary_academy
>
> -------------------------------------------------------------------
"""

m = EmailMessage()
m["From"] = "Oakridge Office <office@oakridge.meadowbanklearningtrust.org.uk>"
m["To"] = "Ruth Ambrose-Lyle <request-803317-e2c91f40@whatdotheyknow.com>"
m["Subject"] = "RE: Freedom of Information request - CCTV cameras"
m["Date"] = format_datetime(datetime.datetime(2024, 6, 4, 15, 47, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<PR3P195MB0712A4C1B8E0F3D2C9A1E44BC8F02@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>"
m["In-Reply-To"] = "<request-803317-e2c91f40@whatdotheyknow.com>"
m["X-Mailer"] = "Microsoft Outlook 16.0"
m.set_content(body)
write_eml("08-reply.eml", m)

add_label("08", "eml", "eml", "academy", "foia", "no", "no", "answered", [], 0,
          "Plain-text e-mail with bare answers above the quoted request ('2. No 3. No'); the academy has no CCTV at all (count 0); a non-recording video intercom is mentioned but is not CCTV.")
