import os
from lib import *

REQUEST = """
Dear NHS Carrick and Lochside,

I am requesting the following information under the Freedom of Information (Scotland) Act 2002.

1. How many CCTV cameras does the Board operate at each of its hospitals?
2. Are any of the cameras made by Hikvision or Dahua?
3. If yes to Q2, which manufacturer and how many cameras?
4. How much has the Board spent on CCTV installation and maintenance in each of the last three financial years?

Yours sincerely,
Morven Kilbride
"""

LABEL = dict(format="scan", body_type="nhs", law="foisa", hikvision="yes", dahua="no",
             outcome="partially_answered", exemptions=["s17"], camera_count=389,
             note="two-page scanned FOISA letter; per-hospital counts without a total; Q2 'Yes' to a both-makers question is resolved only by Q3; costs not held (s17 notice)")


def build(out):
    p1 = [
        "##NHS Carrick and Lochside",
        "",
        ">>Information Governance",
        ">>Royal Loch Infirmary",
        ">>Kilbarchan Road, Lochside KA30 7QE",
        ">>foi.carrickloch@nhs.scot",
        "",
        "Ms M Kilbride",
        "By email",
        ">>Date: 21 February 2025",
        ">>Our Ref: FOI-CL-25-0087",
        "",
        "Dear Ms Kilbride",
        "",
        "**FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUEST FOR INFORMATION",
        "",
        "I refer to your request received on 27 January 2025 and respond as follows.",
        "",
        "**1. How many CCTV cameras does the Board operate at each of its hospitals?",
        "",
        "     Royal Loch Infirmary||212",
        "     Carrick General Hospital||121",
        "     Girvanmouth Community Hospital||31",
        "     Dalmellan Community Hospital||25",
        "",
        "**2. Are any of the cameras made by Hikvision or Dahua?",
        "",
        "     Yes.",
        "",
        "**3. If yes to Q2, which manufacturer and how many cameras?",
        "",
        "     Hikvision - 44 cameras, all at Carrick General Hospital.",
        "     The Board does not have any Dahua cameras.",
    ]
    p2 = [
        "**4. How much has the Board spent on CCTV installation and maintenance in",
        "**each of the last three financial years?",
        "",
        "CCTV installation and maintenance is not coded separately within the Board's",
        "financial ledger; it forms part of general Estates and Facilities building",
        "maintenance expenditure. The Board therefore does not hold this information",
        "and, in terms of section 17 of the Freedom of Information (Scotland) Act 2002,",
        "this letter serves as a notice that the information is not held.",
        "",
        "If you are unhappy with this response you may ask the Board to carry out a",
        "review by writing to the Head of Information Governance at the address above",
        "within 40 working days. If you remain dissatisfied you may apply to the",
        "Scottish Information Commissioner, Kinburn Castle, Doubledykes Road,",
        "St Andrews KY16 9DS, or online at www.foi.scot/appeal.",
        "",
        "Yours sincerely",
        "",
        "",
        "Alasdair Munro-Keith",
        "Information Governance Manager",
    ]
    name = "22-reply.pdf"
    scan_pages(os.path.join(out, name), [p1, p2], dpi=250, seed=22, skew=(-1.6, 1.6), size_pt=11)
    return name
