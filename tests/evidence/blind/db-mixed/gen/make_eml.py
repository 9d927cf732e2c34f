"""Generate the .eml replies for db-mixed (stdlib only)."""
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
import sys, time, datetime

def write(path, frm, to, subject, date, body):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = make_msgid(domain=frm.split("@")[1].rstrip(">"))
    m.set_content(body)
    with open(path, "wb") as f:
        f.write(bytes(m))

ITEMS = {}

ITEMS["22"] = dict(
    frm="Hollowell St Giles Parish Clerk <clerk@hollowellstgiles-pc.gov.uk>",
    to="Ruth Kendal <ruth.kendal@fastmail.example>",
    subject="Re: FOI request - CCTV",
    date="Tue, 08 Oct 2024 21:47:12 +0100",
    body="""Hi Ruth

Answers below yours, hope thats ok.

Jenny

Jenny Olufemi
Clerk, Hollowell St Giles Parish Council
Sent from my iPhone

> 1. How many CCTV cameras does Hollowell St Giles Parish Council operate?

half a dozen, all at the recreation ground (pavilion, play area and the car park)

> 2. Who manufactured them?

no idea sorry, they were put in by Sparks & Sons who do all the councils electrical work and the paperwork doesnt say the make, just "6 x IP bullet camera"

> 3. Are any made by Hikvision or Dahua?

see above, we dont know

> 4. How much has the council spent on CCTV in the last three financial years?

2021/22 - £0
2022/23 - £2,960 (install)
2023/24 - £185 (service visit)

If you want a review you can write to the chairman, Cllr Mike Ruddock, at the same address, and after that the ICO.

On 2 Oct 2024, at 09:12, Ruth Kendal <ruth.kendal@fastmail.example> wrote:
> Dear Clerk,
> Please treat this as a request under the Freedom of Information Act 2000.
""")

ITEMS["23"] = dict(
    frm="Carrow Marshes IDB <office@carrowmarshes-idb.org.uk>",
    to="Thomas Ridley <t.ridley@mailbox.example>",
    subject="RE: Freedom of Information - cameras at pumping stations [CMIDB FOI 3/2025]",
    date="Mon, 17 Mar 2025 10:02:55 +0000",
    body="""Dear Mr Ridley

Thank you for your email of 24 February 2025.

The Board has three cameras, one at each of Carrow Sluice, Hempnall Marsh and Stokeby pumping stations. They point at the weed screens so that our operatives can check from the office whether the screens are blocked after heavy rain, rather than driving out. They are not really security cameras but I've included them as they are the only cameras we have.

They are Imou cameras with 4G routers. We have no Hikvision products.

If you are dissatisfied with the way your request has been handled, you can ask for an internal review by writing to the Clerk to the Board at the address below. You may also complain to the Information Commissioner's Office.

Yours sincerely

Paula Brundall
Administration Assistant
Carrow Marshes Internal Drainage Board
Drainage House, Staithe Road, Carrow, Norfolk NR14 7LF
01508 491 602

This email and any attachments are intended for the addressee only and may contain confidential information. If you have received it in error please notify the sender and delete it.
""")

if __name__ == "__main__":
    for n in sys.argv[1:]:
        it = ITEMS[n]
        write(f"{n}-reply.eml", it["frm"], it["to"], it["subject"], it["date"], it["body"])
        print("wrote", n)
