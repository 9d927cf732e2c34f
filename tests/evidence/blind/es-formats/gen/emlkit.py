"""Small helpers for building .eml replies."""
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def base(frm, to, subject, when, domain):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = format_datetime(when)
    m['Message-ID'] = make_msgid(domain=domain)
    m['MIME-Version'] = '1.0'
    return m


def when(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=1 if 4 <= mo <= 10 else 0)))


def save(m, name):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(bytes(m))
    print('wrote', name)
