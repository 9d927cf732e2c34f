"""02: e-mail (.eml) with the answer in an attached Word (.docx) letter."""
import io, os
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.join(os.path.dirname(__file__), '..')

def docx_bytes():
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10.5)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = 'Calderbrook Teaching Hospitals NHS Foundation Trust'
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.bold = True; hp.runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    hp2 = d.sections[0].header.add_paragraph('Information Governance, Trust Headquarters, Calderbrook General Hospital, Moor Lane, Calderbrook CB7 9LW')
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp2.runs[0].font.size = Pt(8)
    d.add_paragraph('Ref: FOI 24-0917\n9 July 2024')
    d.add_paragraph('Ms H Okafor\nSent via email')
    d.add_paragraph('Dear Ms Okafor')
    p = d.add_paragraph(); r = p.add_run('Freedom of Information Request - CCTV on Trust premises'); r.bold = True
    d.add_paragraph('Thank you for your request received on 11 June 2024. Please find the Trust\'s response below. '
                    'We apologise for the slight delay in responding.')
    def q(t):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = True
    q('(a) How many CCTV cameras does the Trust operate across its sites?')
    d.add_paragraph('The Trust operates CCTV at three sites as follows:')
    t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
    t.rows[0].cells[0].text = 'Site'; t.rows[0].cells[1].text = 'Cameras'
    for a, b in [('Calderbrook General Hospital', '184'), ("St Anne's Community Hospital", '37'),
                 ('Moorview Unit (adult mental health)', '22')]:
        c = t.add_row().cells; c[0].text = a; c[1].text = b
    d.add_paragraph('Cameras at GP practices and clinics in leased premises are not operated by the Trust and are not included.')
    q('(b) Please list the manufacturers of these cameras.')
    d.add_paragraph('Avigilon, Hanwha Vision and HiWatch. Recording is on Avigilon NVRs at each site.')
    q('(c) Do any of the cameras have facial recognition or audio recording capability?')
    d.add_paragraph('The Trust does not use facial recognition. A small number of cameras have built-in microphones; '
                    'audio recording is disabled on all of them.')
    q('(d) Where are the cameras located on each site?')
    d.add_paragraph('The Trust is withholding the specific locations of its cameras under section 31(1)(a) of the FOIA '
                    '(prevention or detection of crime). Disclosing a map of camera coverage would allow someone to identify '
                    'areas of the hospitals which are not covered, which would be likely to prejudice the prevention of crime '
                    'against patients, staff and property, including controlled drugs stores.')
    d.add_paragraph('Section 31 is a qualified exemption and we have carried out a public interest test. We recognise the '
                    'public interest in transparency about surveillance in NHS premises, and we have therefore told you the '
                    'number of cameras on each site. However we consider that the public interest in maintaining the security '
                    'of the Trust\'s estate outweighs the public interest in disclosing precise locations. In general terms, '
                    'cameras cover entrances, car parks, the Emergency Department and pharmacy.')
    d.add_paragraph('We have also considered section 38 (health and safety) but do not consider it necessary to rely on it.')
    q('(e) Who maintains the system and what is the annual maintenance cost?')
    d.add_paragraph('The system is maintained by Sentinel Fire & Security Ltd under a contract let in 2022. '
                    'The annual maintenance cost for 2023/24 was £38,420 (excluding VAT).')
    q('(f) Do you have a Data Protection Impact Assessment (DPIA) for the CCTV system? If so please provide a copy.')
    d.add_paragraph('Yes. A copy of the DPIA is provided. The names and direct contact details of junior staff have been '
                    'redacted under section 40(2) (personal information) as disclosure would breach the data protection principles.')
    d.add_paragraph('If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. '
                    'Internal review requests should be submitted within two months of the date of receipt of this response and '
                    'should be addressed to: Head of Information Governance, at the address above or cth-tr.foi@nhs.net.')
    d.add_paragraph('If you are not content with the outcome of the internal review, you have the right to apply directly to the '
                    'Information Commissioner for a decision. The Information Commissioner can be contacted at: Information '
                    'Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.')
    d.add_paragraph('Yours sincerely')
    d.add_paragraph('\nGareth Pryce\nFreedom of Information Officer')
    buf = io.BytesIO(); d.save(buf); return buf.getvalue()

msg = EmailMessage()
msg['From'] = 'CALDERBROOK TEACHING HOSPITALS NHS FOUNDATION TRUST (FOI) <cth-tr.foi@nhs.net>'
msg['To'] = 'Helen Okafor <helen.okafor.research@example.org>'
msg['Subject'] = 'FOI 24-0917 Response'
msg['Date'] = format_datetime(datetime(2024, 7, 9, 10, 4, 51, tzinfo=timezone.utc))
msg['Message-ID'] = '<LO2P265MB5121A7D4@LO2P265MB5121.GBRP265.PROD.OUTLOOK.COM>'
msg.set_content("""Good morning

Please find attached the response to your recent Freedom of Information request. The redacted DPIA will follow in a separate email as the file is too large to send with this one.

Kind regards

FOI Team
Calderbrook Teaching Hospitals NHS Foundation Trust

********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.
********************************************************************************************************************
""")
msg.add_attachment(docx_bytes(), maintype='application',
                   subtype='vnd.openxmlformats-officedocument.wordprocessingml.document',
                   filename='FOI 24-0917 Response.docx')
open(os.path.join(OUT, '02-reply.eml'), 'wb').write(bytes(msg))
print('wrote 02-reply.eml')
