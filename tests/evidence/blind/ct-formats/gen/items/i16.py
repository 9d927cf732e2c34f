import os
from docx.shared import RGBColor
from lib import *

REQUEST = """
Dear Sir or Madam,

I am writing under the Freedom of Information Act 2000 to ask:

1. How many CCTV cameras does Pelham Abbey District Council currently operate?
2. Are any of those cameras manufactured by Hikvision? If so, where are they?
3. Are any of those cameras manufactured by Dahua?
4. Does the council carry out DPIAs for its CCTV systems?

Kind regards,
Francesca Doyle-Ward
"""

LABEL = dict(format="docx", body_type="council", law="foia", hikvision="yes", dahua="no",
             outcome="answered", exemptions=[], camera_count=179,
             note="letter sent with unaccepted Word tracked changes: the deleted text gives 184 cameras and 'no Hikvision', the inserted (final) text gives 179 and five Hikvision cameras")


def build(out):
    d = new_doc("Arial", 11)
    para(d, "PELHAM ABBEY DISTRICT COUNCIL", bold=True, size=14)
    para(d, "Legal and Democratic Services – Information Requests\nAbbey House, Market Place, Pelham Abbey, PA6 1DW", size=9)
    para(d, "")
    para(d, "Ms F Doyle-Ward\nSent by email", size=11)
    para(d, "Request ref: FOI 24/00562\nDate: 9 December 2024", align="right")
    para(d, "Dear Ms Doyle-Ward,")
    para(d, "Thank you for your request for information received on 11 November 2024. Your questions are repeated below in bold, with the Council's response beneath each one.")
    para(d, "1. How many CCTV cameras does Pelham Abbey District Council currently operate?", bold=True)
    tracked_para(d, [("n", "Response: The Council currently operates "), ("d", "184"), ("i", "179"),
                     ("n", " CCTV cameras across its public space system, car parks, leisure facilities and office buildings.")],
                 author="Hollis, Graham", date="2024-12-06T15:42:00Z")
    para(d, "2. Are any of those cameras manufactured by Hikvision? If so, where are they?", bold=True)
    tracked_para(d, [("n", "Response: "),
                     ("d", "No. None of the Council's cameras are manufactured by Hikvision."),
                     ("i", "Yes. Five cameras at Riverside Walk car park are manufactured by Hikvision.")],
                 author="Hollis, Graham", date="2024-12-06T15:44:00Z")
    para(d, "3. Are any of those cameras manufactured by Dahua?", bold=True)
    para(d, "Response: No.")
    para(d, "4. Does the council carry out DPIAs for its CCTV systems?", bold=True)
    tracked_para(d, [("n", "Response: Yes. A Data Protection Impact Assessment is held for the public space CCTV system "),
                     ("i", "and for each of the car park systems"),
                     ("n", ". These are reviewed annually by the Council's Data Protection Officer.")],
                 author="Ndlovu, Thandi", date="2024-12-09T09:03:00Z")
    para(d, "")
    para(d, "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to: Information Requests, Abbey House, Market Place, Pelham Abbey PA6 1DW, or foi@pelhamabbey.gov.uk.")
    para(d, "If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.")
    para(d, "Yours sincerely,")
    para(d, "")
    para(d, "Thandi Ndlovu\nInformation Requests Officer")
    name = "16-reply.docx"
    d.save(os.path.join(out, name))
    return name
