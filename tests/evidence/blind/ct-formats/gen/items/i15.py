import os
from lib import *

REQUEST = """
Dear South Marches Ambulance Service NHS Trust,

Could you please provide:

(1) the number of CCTV cameras at each of the Trust's ambulance stations, hubs and offices;
(2) the manufacturer of each camera;
(3) whether any cameras are made by Hikvision or Dahua; and
(4) the annual maintenance cost of the CCTV.

Thank you.
Keir Anstruther
"""

LABEL = dict(format="eml", body_type="nhs", law="foia", hikvision="unknown", dahua="unknown",
             outcome="refused", exemptions=["s12"], camera_count=None,
             note="e-mail says only 'see attached'; the .docx attachment refuses the whole request under the s12 cost limit with s16 advice")


def letter():
    d = new_doc("Calibri", 11)
    para(d, "South Marches Ambulance Service", bold=True, size=15)
    para(d, "NHS Trust", bold=True, size=11)
    para(d, "Trust Headquarters, Unit 4 Beacon Park, Leominster Road, Marchbury HR9 2TE", size=8.5)
    para(d, "")
    para(d, "Our ref: SMAS-FOI-3390\nDate: 15 January 2025")
    para(d, "Dear Mr Anstruther")
    para(d, "Request for information under the Freedom of Information Act 2000", bold=True)
    para(d, "Thank you for your request received on 12 December 2024 about CCTV cameras at Trust premises.")
    para(d, "The Trust operates from 61 stations, hubs, make-ready centres and offices. CCTV at these premises has been installed over many years, often by the landlord or as part of local building works, and the Trust does not hold a central asset register of CCTV cameras or their manufacturers. To answer parts (1) to (3) of your request we would need to arrange for each site to be visited or for local managers to inspect and identify each camera and recorder, and to search purchase records held across former legacy organisations to identify maintenance costs for part (4).")
    para(d, "We estimate that this would take in excess of 30 hours (61 sites at approximately 30 minutes each, before any search of financial records). The cost of complying with your request would therefore exceed the appropriate limit of £450 set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, which equates to 18 hours of work. Under section 12 of the Freedom of Information Act the Trust is not obliged to comply with your request and we are refusing it in full.")
    para(d, "Advice and assistance (section 16)", bold=True)
    para(d, "You may wish to consider narrowing your request, for example to the Trust's headquarters and its three make-ready centres (Marchbury, Kington and Ross Road). We would then be able to consider a refined request.")
    para(d, "Your rights", bold=True)
    para(d, "If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Please contact smas.foi@nhs.net quoting the reference above within 40 working days. If you are not content with the outcome of the internal review you may apply to the Information Commissioner's Office.")
    para(d, "Yours sincerely")
    para(d, "Bethan Scudamore\nInformation Governance Officer")
    return docx_bytes(d)


TXT = """Dear Mr Anstruther,

Please find attached the Trust's response to your Freedom of Information request SMAS-FOI-3390.

Kind regards,

Information Governance Team
South Marches Ambulance Service NHS Trust

***************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
***************************************************************
"""

HTML = """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Mr Anstruther,</p>
<p>Please find attached the Trust&#8217;s response to your Freedom of Information request SMAS-FOI-3390.</p>
<p>Kind regards,</p>
<p><b>Information Governance Team</b><br>South Marches Ambulance Service NHS Trust</p>
<p style="font-size:8pt">***************************************************************<br>This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.<br>***************************************************************</p>
</div></body></html>"""


def build(out):
    name = "15-reply.eml"
    eml(os.path.join(out, name), "SMAS FOI <smas.foi@nhs.net>", "Keir Anstruther <keir.anstruther@example.org>",
        "SMAS-FOI-3390 Response", dt(2025, 1, 15, 16, 5), TXT, HTML,
        attachments=[("SMAS-FOI-3390 response letter.docx", letter(), DOCX)])
    return name
