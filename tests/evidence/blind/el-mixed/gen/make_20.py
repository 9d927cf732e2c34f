from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime
body = """Good afternoon Mr Ferris,

Further to your request for information, please see the Service's response below.

Q1 - We currently have 96 CCTV cameras across our 31 fire stations, Service Headquarters and the Training Centre at Pont-ar-Gwili.

Q2 - 9. These are at three of our on-call stations (Tregaron, Llanybydder and Newcastle Emlyn) and were installed before 2019.

Q3 - None.

Q4 - Yes. The nine cameras referred to at Q2 are included in the station refurbishment programme and are scheduled to be replaced by the end of March 2026.

Q5 - Installation and maintenance are carried out by Teifi Fire & Security Ltd under a regional framework agreement.

If you are dissatisfied with the way your request has been handled, you may request an internal review by contacting the Information Governance Manager at the address below. If you remain dissatisfied you may then contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.

Kind regards / Cofion cynnes,

Siân Willis
Information Governance Officer / Swyddog Llywodraethu Gwybodaeth
Cambria Fire and Rescue Service / Gwasanaeth Tân ac Achub Cambria
Service Headquarters, Lime Grove Avenue, Caerfyrddin SA31 1SP
Tel: 0370 606 0788

Rydym yn croesawu gohebiaeth yn Gymraeg. Byddwn yn ymateb i ohebiaeth yn Gymraeg heb oedi.
We welcome correspondence in Welsh. We will respond to correspondence in Welsh without delay.

________________________________________
From: Daniel Ferris <d.ferris@openlensproject.org>
Sent: 20 October 2025 10:04
To: FOI / RhG <foi@cambriafire.gov.wales>
Subject: Freedom of Information Request - CCTV equipment (national survey)

Dear Freedom of Information Officer,

I am writing on behalf of the Open Lens Project, a not-for-profit research group, to make a request under the Freedom of Information Act 2000 (or, for Scottish authorities, the Freedom of Information (Scotland) Act 2002). We are sending this request to public bodies across the United Kingdom.

Please provide the following information:

1. How many CCTV cameras does your organisation currently operate?
2. How many of these cameras were manufactured by Hikvision?
3. How many were manufactured by Dahua?
4. Does your organisation have any plans to remove or replace Hikvision or Dahua equipment? If so, by what date?
5. Which company or companies installed and maintain your CCTV system?

If any part of this request is unclear, please contact me. I would prefer to receive the response by email.

Yours faithfully,

Daniel Ferris
Research Coordinator, Open Lens Project
"""
m = EmailMessage()
m["From"] = "FOI / RhG <foi@cambriafire.gov.wales>"
m["To"] = "Daniel Ferris <d.ferris@openlensproject.org>"
m["Subject"] = "RE: Freedom of Information Request - CCTV equipment (national survey) - CFRS FOI 25/112"
m["Date"] = format_datetime(datetime.datetime(2025, 11, 13, 13, 51, tzinfo=datetime.timezone.utc))
m["Message-ID"] = make_msgid(domain="cambriafire.gov.wales")
m.set_content(body, cte="8bit")
open(str(__import__("pathlib").Path(__file__).resolve().parents[1]) + "/20-reply.eml", "wb").write(bytes(m))
