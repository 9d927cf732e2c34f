import os
from lib import *

REQUEST = """
Dear Northmarsh Constabulary,

I would be grateful for the following under FOIA:

(a) the number of CCTV cameras installed at police stations and custody suites operated by the force;
(b) the manufacturer(s) of those cameras;
(c) whether any cameras are manufactured by Hikvision or Dahua;
(d) the locations of the cameras within each custody suite.

Thank you,
R. Abernethy
"""

LABEL = dict(format="scan", body_type="police", law="foia", hikvision="unknown", dahua="unknown",
             outcome="partially_answered", exemptions=["s24", "s31"], camera_count=412,
             note="scanned letter (image-only PDF, skewed); count given but makers and locations withheld under s24/s31")


def build(out):
    p1 = [
        "##NORTHMARSH CONSTABULARY",
        ">>Information Access Unit",
        ">>Force Headquarters, Saltings Way",
        ">>Northmarsh NM2 7HD",
        ">>Tel: 01632 961 200",
        "",
        "Mr R Abernethy",
        "By email only",
        ">>Our Ref: IAU/0931/24",
        ">>14 June 2024",
        "",
        "Dear Mr Abernethy,",
        "",
        "**Freedom of Information Request - Reference IAU/0931/24",
        "",
        "I write in connection with your request for information received on 17 May 2024",
        "concerning CCTV at police premises. Your questions and our answers are below.",
        "",
        "**(a) Number of cameras at police stations and custody suites",
        "Northmarsh Constabulary currently has 412 CCTV cameras installed across its",
        "station and custody estate.",
        "",
        "**(b) and (c) Manufacturers, including Hikvision or Dahua",
        "**(d) Locations of cameras within custody suites",
        "This information is exempt under sections 24(1) (National Security) and 31(1)(a)",
        "and (b) (Law Enforcement) of the Freedom of Information Act 2000.",
        "",
        "Identifying the make of the equipment installed, or where cameras are placed",
        "within custody, would indicate to those intent on causing harm the capability",
        "of the force's systems and any potential vulnerabilities of that equipment.",
        "The cumulative effect of such disclosures across forces would assist offenders",
        "in evading detection and could compromise the safety of detained persons and staff.",
        "",
        "Sections 24 and 31 are qualified exemptions and we have considered the public",
        "interest. We recognise the public interest in transparency about the security of",
        "surveillance equipment used by the police. However, the public interest in",
        "safeguarding national security and the prevention and detection of crime is",
        "very strong and, on balance, favours withholding this information.",
    ]
    p2 = [
        "",
        "This letter serves as a refusal notice under section 17 of the Act in respect of",
        "parts (b) to (d) of your request.",
        "",
        "**Complaint Rights",
        "If you are dissatisfied with this response you may ask for an internal review.",
        "Please write to the Information Access Unit at the above address, or email",
        "foi@northmarsh.police.uk, within 40 working days of the date of this letter.",
        "",
        "If you remain dissatisfied following the review you may apply to the",
        "Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
        "",
        "Yours sincerely,",
        "",
        "",
        "D. Kaur-Pennington",
        "Information Access Officer",
        "Northmarsh Constabulary",
    ]
    name = "04-reply.pdf"
    scan_pages(os.path.join(out, name), [p1, p2], dpi=200, seed=4, skew=(-1.4, 1.4))
    return name
