#!/usr/bin/env python3
"""Build an .eml reply from a body text file.
Usage: make_eml.py OUT.eml FROM TO SUBJECT DATE MSGID BODY.txt [INREPLYTO]"""
import sys
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
out, frm, to, subj, date, msgid, bodyf = sys.argv[1:8]
irt = sys.argv[8] if len(sys.argv) > 8 else None
m = EmailMessage()
m["From"] = frm
m["To"] = to
m["Subject"] = subj
m["Date"] = date
m["Message-ID"] = msgid
if irt:
    m["In-Reply-To"] = irt
    m["References"] = irt
m["MIME-Version"] = "1.0"
m.set_content(open(bodyf, encoding="utf-8").read(), cte="quoted-printable")
open(out, "wb").write(bytes(m))
print("wrote", out)
