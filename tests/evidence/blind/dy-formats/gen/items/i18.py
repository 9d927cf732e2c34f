import io, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from lib import write_pdf
EXT = "eml"
REQUEST = """
Dear Dorset Police,

Under the Freedom of Information Act 2000, please tell me:

1) How many fixed ANPR cameras does the force operate?
2) Who manufactures them?
3) Are any of the force's ANPR cameras made by Hikvision or Dahua?
4) Please list the locations of the fixed ANPR cameras.

Thank you,
Ben Marchetti
"""
LABEL = dict(body_type="police", law="foia", hikvision="unknown", dahua="unknown", outcome="partially_answered",
             exemptions=["s24", "s31"], camera_count=128,
             note="e-mail with the answer only in an attached PDF; ANPR-only request: count disclosed, manufacturers withheld, Hikvision/Dahua NCND, locations withheld (s24/s31)")

def pdf_bytes():
    b = [
        ("p", "FREEDOM OF INFORMATION REQUEST\nReference: 2024-DOR-00917\nDate: 6 June 2024"),
        ("p", "Dear Mr Marchetti,"),
        ("p", "Thank you for your request for information dated 9 May 2024. Your request has now been considered and I am able to respond as follows."),
        ("b", "Q1 How many fixed ANPR cameras does the force operate?"),
        ("p", "Dorset Police operates 128 ANPR cameras at fixed sites."),
        ("b", "Q2 Who manufactures them?"),
        ("p", "This information is exempt under section 31(1)(a)(b) (Law Enforcement) and section 24(1) (National Security)."),
        ("b", "Q3 Are any of the force's ANPR cameras made by Hikvision or Dahua?"),
        ("p", "Dorset Police neither confirms nor denies that it holds any information relevant to this question by virtue of sections 24(2) and 31(3) of the Act."),
        ("b", "Q4 Please list the locations of the fixed ANPR cameras."),
        ("p", "This information is exempt under sections 24(1) and 31(1)(a)(b)."),
        ("h", "Reasons for decision"),
        ("p", "ANPR is used by the police to detect, deter and disrupt criminality at a local, force, regional and national level, including serious and organised crime and terrorism. Disclosure of camera locations or of the makes of equipment in use would allow those intent on committing crime to identify where ANPR coverage exists, to avoid it, or to attack the technology itself. The National Police Chiefs' Council position is that the locations of ANPR cameras are not published. Confirming or denying whether equipment from named manufacturers is in use would, when combined with responses from other forces, allow a national picture to be built of the vulnerability of the ANPR network."),
        ("p", "Sections 24 and 31 are prejudice-based qualified exemptions. The public interest in transparency and accountability for public spending is recognised and is partly met by the disclosure at Q1. However, the public interest in safeguarding national security and in the effective operation of law enforcement outweighs the public interest in disclosure of the remaining information."),
        ("h", "Complaint rights"),
        ("p", "Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this response you may ask for an internal review within 40 working days by writing to the Freedom of Information Team, Dorset Police, Force Headquarters, Winfrith, Dorchester DT2 8DZ."),
        ("p", "Yours sincerely,\n\nPaula Greenaway\nFreedom of Information Decision Maker"),
    ]
    buf = io.BytesIO()
    write_pdf(buf, b, letterhead=["DORSET POLICE", "Freedom of Information Team", "Force Headquarters, Winfrith, Dorchester DT2 8DZ"], footer="OFFICIAL")
    return buf.getvalue()

BODY = """Dear Mr Marchetti,

Please find attached the response to your Freedom of Information request, reference 2024-DOR-00917.

Kind regards,

Freedom of Information Team
Dorset Police
Force Headquarters, Winfrith, Dorchester DT2 8DZ

Please consider the environment before printing this e-mail.

This e-mail and any attachments are intended for the named recipient only and may contain information which is classified as OFFICIAL. If you are not the intended recipient you must not copy, distribute or take any action in reliance on it. If you have received this e-mail in error please notify the sender and delete it. All communications sent to or from Dorset Police may be subject to recording and/or monitoring in accordance with relevant legislation.
"""

def build(path):
    m = EmailMessage()
    m["From"] = "FOI Team <foi@dorset.police.uk>"
    m["To"] = "ben.marchetti@gmail.com"
    m["Date"] = format_datetime(datetime.datetime(2024, 6, 6, 11, 4, 52, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
    m["Subject"] = "FOI 2024-DOR-00917 - Response [OFFICIAL]"
    m["Message-ID"] = "<LO2P265MB5120E1B7C3A0@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>"
    m["X-Classification"] = "OFFICIAL"
    m.set_content(BODY)
    m.add_attachment(pdf_bytes(), maintype="application", subtype="pdf", filename="2024-DOR-00917 Response.pdf")
    with open(path, "wb") as fh:
        fh.write(bytes(m))
