from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
rl_fonts(); n, b, h, s = styles('LS', 10.5)
NN='08'
write_request(NN, """
Subject: FOI - CCTV - Hikvision / Dahua cameras

Dear Oxleas NHS Foundation Trust,

Please provide:

1. How many CCTV cameras does the Trust operate across all sites?
2. Please list the manufacturers and the number of cameras from each.
3. Are any of the cameras made by Hikvision or Dahua?
4. Please give the locations of cameras on inpatient wards.
5. What has the Trust spent on CCTV installation and maintenance in each of the last three financial years?

Thank you,
Callum Reid
""")
def hf(c, page, total):
    W, H = A4
    c.saveState()
    c.setFont('LS-B', 8); c.setFillColor(colors.HexColor('#005EB8'))
    c.drawString(2*cm, H - 1.2*cm, 'Oxleas NHS Foundation Trust')
    c.setFont('LS', 8); c.setFillColor(colors.black)
    c.drawRightString(W - 2*cm, H - 1.2*cm, 'FOI 2024/3321  |  Subject: CCTV – Hikvision / Dahua cameras')
    c.setStrokeColor(colors.HexColor('#005EB8')); c.line(2*cm, H - 1.4*cm, W - 2*cm, H - 1.4*cm)
    c.line(2*cm, 1.6*cm, W - 2*cm, 1.6*cm)
    c.drawString(2*cm, 1.1*cm, 'OFFICIAL  |  Pinewood House, Pinewood Place, Dartford DA2 7WG  |  oxl-tr.foi@nhs.net')
    c.drawRightString(W - 2*cm, 1.1*cm, f'Page {page} of {total}')
    c.restoreState()
st = []
st.append(Paragraph('Freedom of Information Act 2000 – Response', h))
st.append(Paragraph('Date: 14 November 2024<br/>Our reference: FOI 2024/3321<br/>Requester: Mr C Reid', n))
st.append(Paragraph('Dear Mr Reid,', n))
st.append(Paragraph('Thank you for your request under the Freedom of Information Act 2000 (the Act), which the Trust received on 17 October 2024. '
  'We have now completed our searches. The Trust holds some of the information you have requested. Our response to each part of your request is set out below. '
  'Where information has been withheld we have explained why.', n))
st.append(Paragraph('<b>Question 1:</b> How many CCTV cameras does the Trust operate across all sites?', n))
st.append(Paragraph('As at 31 October 2024 the Trust operates 318 CCTV cameras across its inpatient, community and office sites in the London Boroughs of Bexley, Bromley and Greenwich and in Kent.', n))
st.append(Paragraph('<b>Question 2:</b> Please list the manufacturers and the number of cameras from each.', n))
t = Table([['Manufacturer', 'Number of cameras'], ['Bosch', '141'], ['Axis', '120'], ['Panasonic (i-PRO)', '57']], colWidths=[6*cm, 4*cm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LS', 10), ('FONT', (0, 0), (-1, 0), 'LS-B', 10), ('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DCE6F2'))]))
st.append(t); st.append(Spacer(1, 8))
st.append(Paragraph('<b>Question 3:</b> Are any of the cameras made by Hikvision or Dahua?', n))
st.append(Paragraph('Please refer to our response to question 2.', n))
st.append(Paragraph('<b>Question 4:</b> Please give the locations of cameras on inpatient wards.', n))
st.append(Paragraph('The Trust holds this information. However, it is being withheld under section 31(1)(a) (law enforcement – the prevention or detection of crime) '
  'and section 38(1)(a) and (b) (health and safety) of the Act.', n))
st.append(Paragraph('Section 31(1)(a) is a qualified exemption and we are therefore required to consider whether the public interest in maintaining the exemption outweighs the public interest in disclosure. '
  'The Trust recognises the general public interest in openness and transparency, and in the public understanding how surveillance is used within mental health settings. '
  'However, disclosing the specific positions of cameras on inpatient wards would reveal where coverage is and is not provided. This would be likely to assist anyone wishing to commit an offence, '
  'including the introduction of prohibited items, and to undermine the safety of patients and staff.', n))
st.append(Paragraph('Section 38(1) is also a qualified exemption. Inpatient wards care for people who may be at risk of self-harm. Information revealing areas without camera coverage could '
  'be used in a way that endangers the physical or mental health of an individual. The Trust considers that the public interest in protecting the safety of patients clearly outweighs the public interest in disclosure. '
  'The Trust is satisfied that the general information provided in response to questions 1 to 3 meets the public interest in understanding the Trust\'s use of CCTV.', n))
st.append(Paragraph('<b>Question 5:</b> What has the Trust spent on CCTV installation and maintenance in each of the last three financial years?', n))
t = Table([['Financial year', 'Installation / upgrade', 'Maintenance'], ['2021/22', '£84,210', '£22,640'], ['2022/23', '£131,905', '£23,115'],
           ['2023/24', '£47,380', '£24,980']], colWidths=[4*cm, 5*cm, 4*cm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LS', 10), ('FONT', (0, 0), (-1, 0), 'LS-B', 10), ('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DCE6F2')), ('ALIGN', (1, 1), (-1, -1), 'RIGHT')]))
st.append(t); st.append(Spacer(1, 8))
st.append(Paragraph('Figures exclude VAT and the Trust\'s own Estates staff time.', s))
st.append(Paragraph('<b>Re-use of information</b>', b))
st.append(Paragraph('The information provided in this response is subject to copyright protection. You are free to use it for your own purposes, including any non-commercial research '
  'you are doing and for the purposes of news reporting. Any other re-use, for example commercial publication, will require the permission of the copyright holder. '
  'Most documents supplied by the Trust will have been produced by Trust employees and the copyright will be owned by the Trust.', n))
st.append(Paragraph('<b>Your right to complain</b>', b))
st.append(Paragraph('If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within '
  'two months of the date of receipt of this response and should be addressed to: Head of Information Governance, Oxleas NHS Foundation Trust, Pinewood House, Pinewood Place, Dartford DA2 7WG. '
  'If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. '
  'The Information Commissioner can be contacted at: Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113.', n))
st.append(Paragraph('Yours sincerely,<br/><br/>Amara Nwosu<br/>Information Governance Officer (FOI)<br/>On behalf of Oxleas NHS Foundation Trust', n))
doc = SimpleDocTemplate(path(f'{NN}-reply.pdf'), pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=2.2*cm, bottomMargin=2.2*cm,
                        title='FOI 2024-3321 response', author='Oxleas NHS Foundation Trust')
doc.build(st, canvasmaker=numbered_canvas(hf))
label(NN, 'pdf', 'nhs', 'foia', 'no', 'no', 'partially_answered', ['s31', 's38'], 318,
      'running header on every page repeats "Hikvision / Dahua" from the subject line; Q3 only says "refer to Q2", whose complete manufacturer table leaves both out; ward locations withheld')
