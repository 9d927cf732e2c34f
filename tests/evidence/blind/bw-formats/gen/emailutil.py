from email.message import EmailMessage
from email.utils import formatdate, make_msgid
import email.policy, time, datetime

def make_eml(path, frm, to, subject, date, text=None, html=None, attachments=(), in_reply_to=None, extra_headers=None):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm; m["To"] = to; m["Subject"] = subject
    dt = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
    m["Date"] = formatdate(time.mktime(dt.timetuple()), localtime=False)
    m["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">"))
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to; m["References"] = in_reply_to
    for k, v in (extra_headers or {}).items():
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text); m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
    for fname, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    with open(path, "wb") as f:
        f.write(m.as_bytes())
