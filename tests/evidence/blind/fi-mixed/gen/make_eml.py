import sys
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
# usage: make_eml.py out.eml from to subject "YYYY-MM-DD HH:MM" body.txt [body.html]
out, frm, to, subj, dt, bodyf = sys.argv[1:7]
html = sys.argv[7] if len(sys.argv) > 7 else None
m = EmailMessage()
m["From"] = frm
m["To"] = to
m["Subject"] = subj
d = datetime.datetime.strptime(dt, "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone(datetime.timedelta(hours=0)))
m["Date"] = format_datetime(d)
m["Message-ID"] = f"<{abs(hash(subj+dt))}@mail.{frm.split('@')[-1].strip('>')}>"
m.set_content(open(bodyf).read())
if html:
    m.add_alternative(open(html).read(), subtype="html")
open(out, "wb").write(bytes(m))
