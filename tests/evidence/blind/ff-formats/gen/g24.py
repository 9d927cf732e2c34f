import os
from helpers import *

write_text("24-request.txt", """
Dear Tynedale and Wansford College

Please provide:

1. The number of CCTV cameras at each of the college's campuses.
2. The make of the cameras, with numbers for each make.
3. The location of every camera (a site plan marked with cameras would be fine).
4. Whether any of the cameras are manufactured by Hikvision or Dahua.

Regards
Callum Reay
""")

rows = [
    [("b", "Tynedale and Wansford College – CCTV cameras by campus and manufacturer")],
    ["FOI TWC-2024-057"],
    [],
    [("b", "Campus"), ("b", "Hanwha Vision"), ("b", "Axis"), ("b", "Uniview"), ("b", "Total")],
    ["Hexley Campus", 48, 12, "", 60],
    ["Wansford Campus", 31, "", 9, 40],
    ["Corbridge Land-based Centre", "", 7, 6, 13],
    ["Tynedale Engineering & Construction Centre", 22, "", "", 22],
    [("b", "Total"), ("b", 101), ("b", 19), ("b", 15), ("b", 135)],
]
p = out("gen/_24-attachment.ods")
write_ods(p, [("Sheet1", rows)], widths={"Sheet1": [9, 3, 3, 3, 3]})
with open(p, "rb") as f:
    data = f.read()

body = """Dear Mr Reay

Request for information: TWC-2024-057

Thank you for your request received on 12 February 2024, which we have considered under the Freedom of Information Act 2000.

1 & 2. Please see the attached spreadsheet.

3. The College does not hold a single plan or list showing the location of every camera. Camera positions are recorded on separate installation drawings for each building (over 40 buildings across four campuses), many in paper form. Locating, reviewing and collating these would take well in excess of the 18 hours (£450) appropriate limit, and this part of your request is therefore refused under section 12 of the Act. If it would help, we could consider a request for the camera locations at a single building.

4. None of the College's cameras are manufactured by either company.

If you are dissatisfied with the handling of your request you may ask for an internal review by writing to the Clerk to the Corporation, Tynedale and Wansford College, Station Road, Hexley NE46 3QZ (clerk@twcollege.ac.uk) within 40 working days. If you are not content with the outcome of the internal review, you may apply to the Information Commissioner.

Regards

Joanne Whitfield
Data Protection & Information Officer
Tynedale and Wansford College
"""
write_eml(out("24-reply.eml"), {
    "From": "Information Officer <foi@twcollege.ac.uk>",
    "To": "Callum Reay <c.reay@example.org>",
    "Subject": "RE: FOI request - CCTV [TWC-2024-057]",
    "Date": "Mon, 11 Mar 2024 13:31:12 +0000",
    "Message-ID": "<twc-2024-057-resp@twcollege.ac.uk>",
}, body, attachments=[("TWC-2024-057 CCTV.ods", data, "application", "vnd.oasis.opendocument.spreadsheet")])
label(24, "eml", "other", "foia", "no", "no", "partially_answered", ["s12"], 135,
      "FE college e-mail: counts and makes only in an attached .ods (total 135); camera locations refused under s12; 'either company' answer to a joint maker question means neither.")
note(24, "EML + ODS attachment, FE college (other); ODS totals 135 by campus/maker; Q3 locations refused s12 -> partial; Q4 'None ... by either company' -> no/no. Medium-hard.")
