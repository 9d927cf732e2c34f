from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

NN = "17"
req = """Dear Clerk,

Please can you answer the following under the Freedom of Information Act:

1. How many CCTV cameras does Wivenhoe Town Council operate?
2. Are any of them made by Hikvision or Dahua?
3. Who manufactured the cameras?
4. Is any of the CCTV used for ANPR or number plate recognition?

Thanks,
Ben Harrow"""
write_request(NN, req)
m = EmailMessage()
m["From"] = "Town Clerk <clerk@wivenhoetowncouncil.gov.uk>"
m["To"] = "Ben Harrow <ben.harrow.foi@gmail.com>"
m["Subject"] = "RE: Freedom of Information request - CCTV"
m["Date"] = format_datetime(datetime.datetime(2024, 2, 21, 16, 42, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<b7c1e2a04d9@wivenhoetowncouncil.gov.uk>"
m["In-Reply-To"] = "<CAF3x9_kz1@mail.gmail.com>"
quoted = "\n".join("> " + l if l else ">" for l in req.splitlines())
body = f"""Dear Mr Harrow,

In answer to your questions:

1. 14
2. No
3. Not known. The system was put in by Marsh Electrical Ltd in 2017 and we don't have any paperwork giving the make of the cameras.
4. No

Kind regards,

Lisa Penfold
Town Clerk & RFO
Wivenhoe Town Council
Nottage Maritime Institute, Wivenhoe, Colchester CO7 9BX
01206 825 540

If you are not satisfied with this reply you can ask the Council to review it. You can also contact the Information Commissioner's Office.

On Wed, 7 Feb 2024 at 09:13, Ben Harrow <ben.harrow.foi@gmail.com> wrote:
{quoted}
"""
m.set_content(body)
with open(out(f"{NN}-reply.eml"), "wb") as f: f.write(bytes(m))
add_label(NN, "eml", "council", "foia", "no", "no", "partially_answered", [], 14,
          "Terse '1. 14 2. No' answers only readable with the quoted request below; bare 'No' to combined Hik/Dahua question; installer named but make not held.")
