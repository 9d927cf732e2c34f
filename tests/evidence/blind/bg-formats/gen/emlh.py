from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime, io, textwrap

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def message(frm, to, subject, date, body, html=None, domain="example.gov.uk", extra=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = make_msgid(domain=domain)
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(textwrap.dedent(body).lstrip("\n"))
    if html:
        m.add_alternative(html, subtype="html")
    return m

def attach(m, data, filename, mime):
    maintype, subtype = mime.split("/", 1)
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)

def save(m, path):
    with open(path, "wb") as f:
        f.write(bytes(m))

def wb_bytes(wb):
    b = io.BytesIO(); wb.save(b); return b.getvalue()
