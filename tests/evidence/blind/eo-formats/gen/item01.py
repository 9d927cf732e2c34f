"""01: e-mail (.eml) whose answer is in an attached PDF letter; the request is quoted below the covering note."""
import io, os
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(__file__), '..')

def letterhead(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#1d4f73'))
    c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 18)
    c.drawString(20 * mm, A4[1] - 17 * mm, 'Harrowden Borough Council')
    c.setFont('Helvetica', 9)
    c.drawString(20 * mm, A4[1] - 23 * mm, 'Civic Centre, Lodge Road, Harrowden HD4 2QT  |  01632 960 411  |  www.harrowden.gov.uk')
    c.setFillColor(colors.grey)
    c.setFont('Helvetica', 7.5)
    c.drawString(20 * mm, 12 * mm, 'Information Governance Team - Harrowden Borough Council - Page %d' % doc.page)
    c.restoreState()

def pdf_bytes():
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, topMargin=38 * mm, leftMargin=20 * mm, rightMargin=20 * mm)
    ss = getSampleStyleSheet()
    n = ParagraphStyle('n', parent=ss['Normal'], fontName='Helvetica', fontSize=10, leading=13.5, spaceAfter=6)
    b = ParagraphStyle('b', parent=n, fontName='Helvetica-Bold')
    s = []
    s.append(Paragraph('Our ref: FOI/2024/03318<br/>Your ref: request-88121<br/>Date: 28 March 2024', n))
    s.append(Spacer(1, 6))
    s.append(Paragraph('Mr T Ashworth<br/>By email only', n))
    s.append(Spacer(1, 6))
    s.append(Paragraph('Dear Mr Ashworth', n))
    s.append(Paragraph('<b>Freedom of Information Act 2000 - Request for Information</b>', n))
    s.append(Paragraph('Thank you for your request for information, which was received on 4 March 2024. '
                       'I can confirm that the Council holds the information you requested and our response is set out below.', n))
    s.append(Paragraph('1. How many CCTV cameras does the council currently operate (public space and council buildings)?', b))
    s.append(Paragraph('The Council currently operates 212 CCTV cameras in total. Of these, 148 are public space cameras '
                       'monitored from the CCTV control room at Market Street, 41 are in Council-run car parks and 23 are '
                       'at Council buildings.', n))
    s.append(Paragraph('2. Are any of these cameras manufactured by Hikvision? If so, how many?', b))
    s.append(Paragraph('Yes. 38 of the cameras are manufactured by Hikvision (models DS-2DE4425IW-DE and DS-2CD2346G2-ISU). '
                       'These were installed in the multi-storey car parks between 2017 and 2019.', n))
    s.append(Paragraph('3. Are any of these cameras manufactured by Dahua? If so, how many?', b))
    s.append(Paragraph('No.', n))
    s.append(Paragraph('4. Where are the cameras located (a list of sites is sufficient)?', b))
    s.append(Paragraph('Please see the table below.', n))
    data = [['Site', 'Type'],
            ['Harrowden town centre (High Street, Market Street, Bridge Street)', 'Public space'],
            ['Kettleby Road shopping parade', 'Public space'],
            ['Harrowden bus station', 'Public space'],
            ['Riverside Park and Jubilee Gardens', 'Public space'],
            ['Lodge Road multi-storey car park', 'Car park'],
            ['Station Approach multi-storey car park', 'Car park'],
            ['Mill Lane surface car park', 'Car park'],
            ['Civic Centre, Lodge Road', 'Council building'],
            ['Eastfield depot', 'Council building'],
            ['Harrowden Leisure Centre', 'Council building']]
    t = Table(data, colWidths=[120 * mm, 45 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9),
                           ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dbe6ef')),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.grey)]))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(Paragraph('<b>Re-use of information</b>', n))
    s.append(Paragraph('The information supplied to you is subject to copyright. You are free to use it for your own purposes, '
                       'including for private study and non-commercial research, and for any other purpose authorised by an '
                       'exception in current copyright law. Any other re-use requires the permission of the copyright holder.', n))
    s.append(Paragraph('<b>Your right to complain</b>', n))
    s.append(Paragraph('If you are unhappy with the way your request has been handled you may ask for an internal review by writing '
                       'to foi@harrowden.gov.uk within 40 working days of the date of this letter. If you remain dissatisfied after '
                       'the internal review you may apply to the Information Commissioner\'s Office, Wycliffe House, Water Lane, '
                       'Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).', n))
    s.append(Spacer(1, 8))
    s.append(Paragraph('Yours sincerely', n))
    s.append(Spacer(1, 14))
    s.append(Paragraph('Priya Lakhani<br/>Information Governance Officer', n))
    doc.build(s, onFirstPage=letterhead, onLaterPages=letterhead)
    return buf.getvalue()

msg = EmailMessage()
msg['From'] = 'Information Governance <foi@harrowden.gov.uk>'
msg['To'] = 'Tom Ashworth <request-88121-4be1c0f2@whatdotheyknow.com>'
msg['Subject'] = 'RE: Freedom of Information request - CCTV cameras [FOI/2024/03318]'
msg['Date'] = format_datetime(datetime(2024, 3, 28, 14, 52, 7, tzinfo=timezone.utc))
msg['Message-ID'] = '<20240328145207.4410@mail.harrowden.gov.uk>'
msg.set_content("""Dear Mr Ashworth,

Please find attached the Council's response to your Freedom of Information request.

Kind regards

Priya Lakhani
Information Governance Officer
Harrowden Borough Council
01632 960 411

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received
this e-mail in error please notify the sender and delete it. Harrowden Borough Council may monitor e-mail traffic.

-----Original Message-----
From: Tom Ashworth <request-88121-4be1c0f2@whatdotheyknow.com>
Sent: 04 March 2024 09:13
To: FOI <foi@harrowden.gov.uk>
Subject: Freedom of Information request - CCTV cameras

Dear Harrowden Borough Council,

Under the Freedom of Information Act 2000 I would like to request the following information:

1. How many CCTV cameras does the council currently operate (public space and council buildings)?
2. Are any of these cameras manufactured by Hikvision? If so, how many?
3. Are any of these cameras manufactured by Dahua? If so, how many?
4. Where are the cameras located (a list of sites is sufficient)?

Yours faithfully,

Tom Ashworth
""")
msg.add_attachment(pdf_bytes(), maintype='application', subtype='pdf', filename='FOI-2024-03318 response.pdf')
open(os.path.join(OUT, '01-reply.eml'), 'wb').write(bytes(msg))
print('wrote 01-reply.eml')
