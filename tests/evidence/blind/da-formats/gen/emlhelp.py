from email.message import EmailMessage
from email.utils import format_datetime
import datetime
def make_eml(path, frm, to, subject, date, body, attachments=(), html=None, msgid=None, inreply=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subject
    m["Date"] = format_datetime(date)
    if msgid: m["Message-ID"] = msgid
    if inreply: m["In-Reply-To"] = inreply; m["References"] = inreply
    m.set_content(body)
    if html: m.add_alternative(html, subtype="html")
    for name, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    with open(path, "wb") as f:
        f.write(bytes(m))
def quote(text):
    return "\n".join((">" + l) if l.startswith(">") else (("> " + l) if l else ">") for l in text.strip("\n").split("\n"))
def dt(*a):
    return datetime.datetime(*a, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
