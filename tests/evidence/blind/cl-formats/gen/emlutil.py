from email.message import EmailMessage
from email.utils import format_datetime
import datetime, hashlib

def make(frm, to, subject, date, text=None, html=None, attachments=()):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    m["Message-ID"] = f"<{hashlib.md5(subject.encode()).hexdigest()[:12]}.{date[0]}@mail.example.nhs.uk>"
    if text is not None and html is None:
        m.set_content(text)
    elif html is not None and text is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    for fname, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m

def save(m, path):
    with open(path, "wb") as f:
        f.write(bytes(m))

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PDF = ("application", "pdf")
