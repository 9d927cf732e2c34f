"""Build a plain-text .eml reply with the request quoted below it.

usage: make_eml.py NN "From" "To" "Subject" "Date" [--no-quote]
reads gen/NN-body.txt (the reply text) and NN-request.txt (quoted below, unless --no-quote)
writes NN-reply.eml
"""
import sys
from email.message import EmailMessage
from email.utils import make_msgid

nn, frm, to, subj, date = sys.argv[1:6]
quote = "--no-quote" not in sys.argv[6:]
body = open(f"gen/{nn}-body.txt", encoding="utf-8").read().rstrip("\n")
if quote:
    req = open(f"{nn}-request.txt", encoding="utf-8").read().rstrip("\n")
    # the request header lines (From/Subject) are kept out of the quote; just its text
    quoted = "\n".join(("> " + l) if l.strip() else ">" for l in req.splitlines())
    body += "\n\n" + "-----Original Message-----\n" + quoted + "\n"
msg = EmailMessage()
msg["From"] = frm
msg["To"] = to
msg["Subject"] = subj
msg["Date"] = date
msg["Message-ID"] = make_msgid(domain=frm.split("@")[-1].rstrip(">"))
msg["MIME-Version"] = "1.0"
msg.set_content(body, charset="utf-8", cte="quoted-printable" if any(ord(c) > 127 for c in body) else "7bit")
with open(f"{nn}-reply.eml", "wb") as f:
    f.write(bytes(msg))
print("wrote", f"{nn}-reply.eml")
