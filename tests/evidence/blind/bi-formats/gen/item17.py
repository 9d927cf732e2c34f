from common import *
import io, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
rl_fonts(); n, b, h, s = styles('LS', 10.5)
NN='17'
write_request(NN, """
Dear Thames Valley Police,

Under the Freedom of Information Act 2000 I request the following information:

Q1 - How many CCTV cameras are installed in Thames Valley Police custody suites and police stations?
Q2 - Are any of these cameras made by Hikvision or Dahua?
Q3 - Which manufacturers supply the force's CCTV cameras?

Yours faithfully,
Helen Marsh
""")
st = [Paragraph('THAMES VALLEY POLICE', h), Paragraph('Information Access – Joint Information Management Unit<br/>Headquarters South, Oxford Road, Kidlington, Oxfordshire OX5 2NX', s),
      Spacer(1, 10), Paragraph('<b>Freedom of Information Request Reference No: 2024-04412</b>', n), Paragraph('Date: 19/09/2024', n),
      Paragraph('I write in connection with your request for information received on 22/08/2024 concerning CCTV cameras. '
                'Thames Valley Police has considered your request under the Freedom of Information Act 2000 (the Act).', n),
      Paragraph('<b>Q1 – How many CCTV cameras are installed in Thames Valley Police custody suites and police stations?</b>', n),
      Paragraph('Thames Valley Police has 1,146 CCTV cameras installed across its custody suites and police stations.', n),
      Paragraph('<b>Q2 – Are any of these cameras made by Hikvision or Dahua?</b><br/><b>Q3 – Which manufacturers supply the force\'s CCTV cameras?</b>', n),
      Paragraph('Thames Valley Police can neither confirm nor deny that it holds any further information relevant to questions 2 and 3 of your request, '
                'by virtue of the following exemptions:', n),
      Paragraph('Section 24(2) – National Security<br/>Section 31(3) – Law Enforcement', n),
      Paragraph('Sections 24 and 31 are prejudice-based qualified exemptions, and there is a requirement to articulate the harm that would be caused in confirming or denying '
                'whether information is held, as well as carrying out a public interest test.', n),
      Paragraph('<b>Harm</b><br/>Confirming or denying the make of equipment used to protect police premises would allow individuals to identify known vulnerabilities in that '
                'equipment and to target particular sites. When considered alongside responses from other forces (the "mosaic effect"), disclosure could build a picture of '
                'the security of the police estate across the country.', n),
      Paragraph('<b>Public interest considerations</b><br/>Factors favouring confirmation or denial: there is a public interest in transparency about the use of public funds and '
                'in public debate about equipment manufactured by companies subject to the Government\'s 2022 announcement on surveillance equipment at sensitive sites. '
                'Factors favouring neither confirming nor denying: the security of the police estate and the safety of staff and detained persons is paramount; the force '
                'will not disclose information that would undermine it.', n),
      Paragraph('<b>Balance test</b><br/>Having considered the above, the balance lies in favour of neither confirming nor denying whether any further information is held. '
                'However, this should not be taken as necessarily indicating that any information that would meet your request does or does not exist.', n),
      Paragraph('<b>Complaint rights</b><br/>If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Joint '
                'Information Management Unit at the address above or emailing foi@thamesvalley.police.uk. If you remain dissatisfied you may complain to the '
                'Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.', n),
      Paragraph('Yours sincerely,<br/><br/>Daniel Fenwick<br/>Information Access Officer', n)]
buf = io.BytesIO()
SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2*cm, rightMargin=2.2*cm, topMargin=2*cm, bottomMargin=2*cm, title='2024-04412 Response').build(st)
m = EmailMessage()
m['From'] = 'FOI <foi@thamesvalley.police.uk>'
m['To'] = 'Helen Marsh <request-884213-a1f0c6e2@whatdotheyknow.com>'
m['Subject'] = 'Freedom of Information Request 2024-04412 - Response'
m['Date'] = format_datetime(datetime.datetime(2024, 9, 19, 11, 47, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m['Message-ID'] = '<a7c3f9e2.4412.tvp@thamesvalley.police.uk>'
m.set_content("""Dear Ms Marsh,

Please find attached the response to your Freedom of Information request, reference 2024-04412.

Kind regards,

Joint Information Management Unit
Thames Valley Police

*****************************************************************
This email and any attachments are confidential and may be subject to legal privilege. If you are not the intended recipient please notify the sender immediately and delete it. Thames Valley Police may monitor emails.
*****************************************************************
""")
m.add_alternative("""<html><body style="font-family:Calibri,sans-serif;font-size:11pt"><p>Dear Ms Marsh,</p>
<p>Please find attached the response to your Freedom of Information request, reference 2024-04412.</p>
<p>Kind regards,</p><p>Joint Information Management Unit<br>Thames Valley Police</p>
<p style="font-size:8pt">This email and any attachments are confidential and may be subject to legal privilege. If you are not the intended recipient please notify the sender immediately and delete it. Thames Valley Police may monitor emails.</p></body></html>""", subtype='html')
m.add_attachment(buf.getvalue(), maintype='application', subtype='pdf', filename='2024-04412 Response.pdf')
open(path(f'{NN}-reply.eml'), 'wb').write(bytes(m))
label(NN, 'eml', 'police', 'foia', 'unknown', 'unknown', 'partially_answered', ['s24', 's31'], 1146,
      'e-mail body is only a cover note; the answer is in the attached PDF: count given, maker questions met with NCND under s24(2)/s31(3)')
