"""03: plain-text e-mail (.eml), terse numbered answers on top, request quoted below with '>' marks."""
import os
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
OUT = os.path.join(os.path.dirname(__file__), '..')
msg = EmailMessage()
msg['From'] = 'Julie Whitlock <j.whitlock@oakfield-academy.example.sch.uk>'
msg['To'] = 'Daniel Brennan <d.brennan.foi@example.com>'
msg['Cc'] = 'office@oakfield-academy.example.sch.uk'
msg['Subject'] = 'RE: Freedom of Information request - CCTV'
msg['Date'] = format_datetime(datetime(2024, 2, 6, 16, 31, 2, tzinfo=timezone.utc))
msg['Message-ID'] = '<CAF7w9+eqL1x@mail.oakfield-academy.example.sch.uk>'
msg['In-Reply-To'] = '<req-20240115-brennan@example.com>'
msg.set_content("""Hi Mr Brennan

Sorry for the delay, answers below

1. 64
2. Yes
3. No
4. £18,450 + VAT (installed summer 2019)
5. No, monitored in house by the site team

If you are not happy with this response you can ask for a review by writing to the Chair of Governors at the school address. You can also complain to the Information Commissioner's Office.

Regards

Mrs J Whitlock
School Business Manager
Oakfield Academy
Part of the Lyndale Learning Trust
Tel 01632 960 788

On Mon, 15 Jan 2024 at 08:47, Daniel Brennan <d.brennan.foi@example.com> wrote:
> Dear Oakfield Academy,
>
> I am writing to make a request under the Freedom of Information Act 2000.
>
> Q1 How many CCTV cameras are installed at the academy?
> Q2 Are any of them made by Hikvision?
> Q3 Are any of them made by Dahua?
> Q4 How much did the CCTV system cost to install?
> Q5 Is the CCTV monitored by an external company?
>
> Thank you,
> Daniel Brennan
""")
open(os.path.join(OUT, '03-reply.eml'), 'wb').write(bytes(msg))
print('wrote 03-reply.eml')
