import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from reportlab.platypus import Paragraph, Spacer

NN = '06'
write_request(NN, """
Dear Dorset & Wiltshire Fire and Rescue Service,

Under the Freedom of Information Act could you please tell me how many CCTV cameras the Service has at its fire stations and headquarters, whether any of them are made by Hikvision or Dahua, and who supplies and maintains them.

Thanks,
Martin Oyelaran
""")

st = pdf_styles('Times-Roman', 11)
st['h'].fontName = 'Times-Bold'
st['b'].fontName = 'Times-Bold'
story = [
    Paragraph('Dorset &amp; Wiltshire Fire and Rescue Service', st['h']),
    Paragraph('Service Headquarters, Five Rivers Health &amp; Wellbeing Centre, Salisbury SP1 3NR', st['small']),
    Spacer(1, 14),
    Paragraph('Your ref: request-93311<br/>Our ref: DWFRS/FOI/0457/24<br/>Date: 2 December 2024', st['n']),
    Spacer(1, 8),
    Paragraph('Dear Mr Oyelaran', st['n']),
    Paragraph('<b>Request for information &ndash; CCTV</b>', st['n']),
    Paragraph('Thank you for your request dated 5 November 2024.', st['n']),
    Paragraph('The Service has 64 CCTV cameras in total across its 22 fire stations and Service Headquarters. None of '
              'these cameras are manufactured by Hikvision or Dahua. The cameras are supplied, installed and maintained '
              'by Wessex Security Systems Ltd under the Service\'s building maintenance framework.', st['n']),
    Paragraph('If you are not satisfied with this response you may ask for an internal review by writing to the '
              'Information Governance Team at the above address or foi@dwfire-example.org.uk. If you remain '
              'dissatisfied you have the right to complain to the Information Commissioner\'s Office.', st['n']),
    Spacer(1, 10),
    Paragraph('Yours sincerely', st['n']),
    Spacer(1, 16),
    Paragraph('Lorna Beckwith<br/>Information Governance Officer', st['n']),
]
build_pdf(out(f'{NN}-reply.pdf'), story, title='FOI 0457-24', author='L Beckwith')
put_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "pdf",
           "body_type": "fire", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 64,
           "note": "short text PDF letter; installer named is not a maker, '22 fire stations' is a site count not a camera count"})
