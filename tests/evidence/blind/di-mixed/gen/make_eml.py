"""Build .eml replies with the standard library. Usage: python3 make_eml.py NN"""
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
ITEMS = {}

ITEMS['13'] = dict(
    frm='Information Governance <infogov@cardinham.gov.uk>',
    to='Owen Treloar <o.treloar.foi@mailbox.example>',
    subject='RE: Freedom of Information request - Hikvision and Dahua surveillance equipment [Ref: IG/26/00981]',
    date=datetime(2026, 6, 30, 14, 12, tzinfo=timezone.utc),
    body='''Dear Mr Treloar,

Freedom of Information Act 2000 - Ref IG/26/00981

Thank you for your request, received on 2 June 2026. The Council's response is as follows.

1. Yes.

2. Nine cameras of the HiLook brand (IPC-B140H bullet cameras) are in use: five at the Bramley Road operational depot and four at the Eastgate highways depot. They were installed in 2018 as part of a depot security upgrade.

3. The depot cameras are included in the Council's 2027/28 capital programme for replacement, subject to budget approval.

4. The Council operates 143 CCTV cameras (this includes the depot cameras above, the town centre public space system, council offices and car parks).

If you are unhappy with the way your request has been handled you can ask for an internal review by replying to this email within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner's Office (https://ico.org.uk/make-a-complaint/).

Kind regards,

Sian Penrose
Information Governance Officer
Cardinham Borough Council
Tel: 01632 960 305

-- 
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Cardinham Borough Council may monitor email traffic data and content.
''')

def build(n):
    it = ITEMS[n]
    m = EmailMessage()
    m['From'] = it['frm']
    m['To'] = it['to']
    m['Subject'] = it['subject']
    m['Date'] = format_datetime(it['date'])
    m['Message-ID'] = f"<{n}.{int(it['date'].timestamp())}@mail.example.gov.uk>"
    m.set_content(it['body'])
    out = HERE / f'{n}-reply.eml'
    out.write_bytes(bytes(m))
    print('wrote', out)

if __name__ == '__main__':
    for n in sys.argv[1:]:
        build(n)
