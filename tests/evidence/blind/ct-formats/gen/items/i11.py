import os, random
from docx.enum.text import WD_BREAK
from lib import *

REQUEST = """
Dear Greyfriars and Wendle Valley NHS Trust,

I am researching the use of surveillance equipment in mental health and community settings and would be grateful for the following information under the Freedom of Information Act 2000.

1. For each Trust site, the number of CCTV cameras (internal and external).
2. Does the Trust use any cameras manufactured by Hikvision?
3. Does the Trust use any cameras manufactured by Dahua?
4. Are any cameras installed in patient bedrooms or seclusion rooms? If so, how many?
5. Does the Trust have a Data Protection Impact Assessment covering its CCTV?

Yours faithfully,
Marcus Ilesanmi
"""

LABEL = dict(format="docx", body_type="nhs", law="foia", hikvision="yes", dahua="no",
             outcome="answered", exemptions=[], camera_count=None,
             note="long per-site appendix table running over several pages with the header row repeated on each page and no total row; count is the sum of internal and external columns")

PLACES = ["Greyfriars House", "Wendle Bridge Hospital", "Oakapple Unit", "Rowan Lodge", "The Cedars", "Millstream CMHT",
          "Hawthorn Ward", "Bracken Day Hospital", "Quarry Lane Clinic", "St Ebba's Resource Centre", "Larkspur House",
          "Fenwick Road Health Centre", "Tansy Court", "Holm Oak Unit", "Kingfisher PICU", "Elder Grove", "Copperbeech Place",
          "Orchard View", "Pennyroyal Unit", "Southgate CAMHS", "Thornfield Recovery College", "Willowmead",
          "Harrowby Court", "Sandpiper House", "Wendle Valley Headquarters", "Marram Lodge", "Foxglove Ward",
          "Beacon Hill Clinic", "Lowther Street Hub", "Saltmarsh Unit", "Dunlin Centre", "Heron Ward", "Juniper House",
          "Castlegate Wellbeing Centre", "Ridgeway Clinic", "Amberley Suite", "Eastfield Community Base", "Yarrow Unit",
          "Northbank Older Adults", "Brookside Memory Clinic", "Sycamore Lodge", "Lantern House"]
MAKERS = ["Hikvision", "Axis", "Hanwha", "Bosch", "Axis", "Hanwha", "Hikvision / Axis", "Avigilon"]


def rows():
    rnd = random.Random(11)
    out = []
    for p in PLACES:
        i = rnd.choice([0, 2, 3, 4, 6, 8, 12, 15, 22])
        e = rnd.choice([2, 3, 4, 5, 6, 8, 10, 14])
        m = rnd.choice(MAKERS)
        out.append((p, i, e, m))
    return out


def build(out):
    R = rows()
    LABEL["camera_count"] = sum(i + e for _, i, e, _ in R)
    d = new_doc("Arial", 11)
    para(d, "Greyfriars and Wendle Valley NHS Trust", bold=True, size=14, align="right")
    para(d, "Trust Headquarters\nGreyfriars House, 40 Abbotsgate\nWendlebury WB3 1NF", size=9, align="right")
    para(d, "Freedom of Information Office\nEmail: gwv.foi@nhs.net", size=9, align="right")
    para(d, "")
    para(d, "3 July 2024")
    para(d, "Mr M Ilesanmi\nVia email")
    para(d, "Dear Mr Ilesanmi")
    para(d, "Re: Freedom of Information Request – FOI/GWV/2425/0109", bold=True)
    para(d, "We write in response to your request for information dated 4 June 2024, which has been dealt with under the Freedom of Information Act 2000. The Trust's response to your questions is as follows:")
    para(d, "1. For each Trust site, the number of CCTV cameras (internal and external).", bold=True)
    para(d, "The number of internal and external CCTV cameras at each Trust site is provided in Appendix A at the end of this letter. Sites which do not appear in Appendix A do not have CCTV.")
    para(d, "2. Does the Trust use any cameras manufactured by Hikvision?", bold=True)
    para(d, "Yes – the manufacturer at each site is shown in Appendix A.")
    para(d, "3. Does the Trust use any cameras manufactured by Dahua?", bold=True)
    para(d, "No.")
    para(d, "4. Are any cameras installed in patient bedrooms or seclusion rooms? If so, how many?", bold=True)
    para(d, "There are no cameras in patient bedrooms. Seclusion rooms at Kingfisher PICU and Hawthorn Ward are monitored by a camera linked to the nurses' station; these are included in the internal figures for those sites in Appendix A (2 cameras in total). These cameras do not record.")
    para(d, "5. Does the Trust have a Data Protection Impact Assessment covering its CCTV?", bold=True)
    para(d, "Yes. The Trust's CCTV DPIA was last reviewed in January 2024.")
    para(d, "We hope this information is helpful. If you are unhappy with the service you have received in relation to your request, you may ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of this response and should be addressed to the Head of Information Governance at the email address above.")
    para(d, "If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(d, "Yours sincerely")
    para(d, "")
    para(d, "Olusegun Prentice\nFreedom of Information Lead\nOn behalf of Greyfriars and Wendle Valley NHS Trust")
    para(d, "")
    para(d, "Appendix A – CCTV cameras by site (as at 30 June 2024)", bold=True, size=12)
    data = [["Site", "Internal cameras", "External cameras", "Manufacturer"]] + [[a, str(b), str(c), m] for a, b, c, m in R]
    table(d, data, widths=[7.0, 3.0, 3.0, 4.0], repeat=True, size=10)
    para(d, "")
    para(d, "Note: figures include cameras that monitor only and do not record.", italic=True, size=9)
    name = "11-reply.docx"
    d.save(os.path.join(out, name))
    return name
