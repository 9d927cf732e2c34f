import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

NN = "06"
REQ = """
Dear University of Hertfordshire,

I would like to request the following under FOIA:

1) Approximately how many CCTV cameras are installed across the university's campuses and halls of residence?
2) Which manufacturers supply these cameras?
3) Do you have any cameras made by Hikvision?
4) Do you have any cameras made by Dahua?
5) Has the university considered removing any equipment because of security concerns about these manufacturers?
6) Is any of the CCTV capable of recording audio?

Best wishes,
Dr. Meera Santhanam
"""

base, bold, small, head = pdf_styles()
S = []
S.append(Paragraph("UNIVERSITY OF HERTFORDSHIRE", head))
S.append(Paragraph("Information Compliance Office &middot; College Lane &middot; Hatfield &middot; AL10 9AB", small))
S.append(Spacer(1, 0.5 * cm))
S.append(Paragraph("Dr M Santhanam<br/>via email", base))
S.append(Paragraph("Our ref: IC/FOI/2025/0148<br/>18 February 2025", base))
S.append(Spacer(1, 0.3 * cm))
S.append(Paragraph("Dear Dr Santhanam", base))
S.append(Paragraph("<b>Request for information under the Freedom of Information Act 2000</b>", base))
S.append(Paragraph("Thank you for your email of 21 January 2025 requesting information about the University's CCTV. "
                   "I have set out each part of your request below, followed by our response.", base))

qa = [
    ("1) Approximately how many CCTV cameras are installed across the university's campuses and halls of residence?",
     "The University operates approximately 650 CCTV cameras across the College Lane and de Havilland campuses, Bayfordbury "
     "Observatory and University-managed halls of residence."),
    ("2) Which manufacturers supply these cameras?",
     "The estate is predominantly Axis and Hanwha. There remain a small number of legacy Hikvision units in older "
     "residences (Fern Court and Coales Court), which are scheduled for replacement during 2026 as part of the "
     "residences refurbishment programme."),
    ("3) Do you have any cameras made by Hikvision?", "Please see our response to question 2."),
    ("4) Do you have any cameras made by Dahua?", "We do not have any Dahua equipment."),
    ("5) Has the university considered removing any equipment because of security concerns?",
     "The University's Estates and IT Security teams reviewed the CCTV estate in 2023 following the Government's "
     "announcement regarding visual surveillance systems on sensitive sites. All cameras are on a segregated network "
     "with no internet access. Replacement of the remaining legacy units has been timed to coincide with the "
     "refurbishment of the buildings concerned."),
    ("6) Is any of the CCTV capable of recording audio?",
     "Some camera models have the hardware capability to record audio; this function is disabled on all University cameras."),
]
for q, a in qa:
    S.append(Paragraph(f"<i>{q}</i>", base))
    S.append(Paragraph(a, base))

S.append(Paragraph("<b>Your right to complain</b>", base))
S.append(Paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
                   "review. Internal review requests should be submitted within 40 working days of the date of receipt "
                   "of this response and should be addressed to the Information Compliance Manager at the address above. "
                   "If you are not content with the outcome of the internal review, you have the right to apply directly "
                   "to the Information Commissioner for a decision.", base))
S.append(Paragraph("Yours sincerely", base))
S.append(Spacer(1, 0.6 * cm))
S.append(Paragraph("Ruth Edgecombe<br/>Information Compliance Officer", base))

data = pdf_story(S, footer="University of Hertfordshire  |  IC/FOI/2025/0148  |  Page {page}")
write_request(NN, REQ)
write_bytes(f"{NN}-reply.pdf", data)
write_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf", body_type="university",
            law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=650,
            note="Hikvision named only as legacy units still in place but scheduled for replacement in 2026 (in use now); Q3 answered by cross-reference; 'approximately 650'.")
