from common import *
import random
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
rl_fonts(); n, b, h, s = styles('LS', 10)
random.seed(9)
NN='09'
write_request(NN, """
To: Dyfed-Powys Police Freedom of Information Unit

Under the Freedom of Information Act, I would like to know:

- the number of CCTV cameras at each police station, split into internal and external cameras
- the manufacturer of the cameras at each station
- whether any of the cameras are Hikvision or Dahua products

Many thanks
Rhiannon Bevan
""")
stations = ['Headquarters, Llangunnor', 'Aberaeron', 'Aberystwyth', 'Ammanford', 'Brecon', 'Builth Wells', 'Burry Port', 'Cardigan', 'Carmarthen',
 'Crickhowell', 'Crymych', 'Fishguard', 'Haverfordwest', 'Hay-on-Wye', 'Kidwelly', 'Knighton', 'Lampeter', 'Llandeilo', 'Llandovery',
 'Llandrindod Wells', 'Llanelli', 'Llanfyllin', 'Llanidloes', 'Machynlleth', 'Milford Haven', 'Narberth', 'New Quay', 'Newcastle Emlyn',
 'Newtown', 'Pembroke Dock', 'Rhayader', 'Saundersfoot', 'St Clears', 'St Davids', 'Talgarth', 'Tenby', 'Tregaron', 'Welshpool',
 'Whitland', 'Ystradgynlais']
big = {'Headquarters, Llangunnor': (38, 26), 'Aberystwyth': (19, 9), 'Carmarthen': (12, 8), 'Llanelli': (21, 11), 'Haverfordwest': (18, 10),
       'Brecon': (9, 6), 'Newtown': (10, 6), 'Ammanford': (6, 4), 'Welshpool': (6, 4)}
hik = {'Crymych', 'Knighton', 'New Quay', 'Rhayader', 'Talgarth', 'Tregaron'}
rows = []
for st_ in stations:
    if st_ in big: i, e = big[st_]
    else: i, e = random.randint(0, 4), random.randint(1, 4)
    make = 'Hikvision' if st_ in hik else random.choice(['Axis', 'Axis', 'Avigilon', 'Axis / Avigilon', 'Bosch'])
    if st_ in big: make = 'Avigilon' if st_ != 'Headquarters, Llangunnor' else 'Avigilon / Axis'
    rows.append([st_, str(i), str(e), make])
total = sum(int(r[1]) + int(r[2]) for r in rows)
print('total', total, 'hik cams', sum(int(r[1]) + int(r[2]) for r in rows if r[3] == 'Hikvision'))
story = []
story.append(Paragraph('<b>HEDDLU DYFED-POWYS POLICE</b>', h))
story.append(Paragraph('Freedom of Information Unit, PO Box 99, Llangunnor, Carmarthen SA31 2PF', s))
story.append(Paragraph('Reference: FOI/DPP/0614/24<br/>Date: 11 June 2024', n))
story.append(Paragraph('Dear Ms Bevan,', n))
story.append(Paragraph('I write in connection with your request for information which was received by Dyfed-Powys Police on 15 May 2024. '
  'Following receipt of your request, searches were conducted with the Estates Department to locate information relevant to your request.', n))
story.append(Paragraph('Please find below the number of CCTV cameras at each of our police stations, along with the manufacturer. '
  'Some smaller stations have cameras of one make only; where more than one make is installed both are shown.', n))
data = [['Station', 'Internal', 'External', 'Manufacturer']] + rows
t = Table(data, colWidths=[6.5*cm, 2.3*cm, 2.3*cm, 5*cm], repeatRows=0)
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LS', 9.5), ('FONT', (0, 0), (-1, 0), 'LS-B', 9.5), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9D9D9')), ('ALIGN', (1, 0), (2, -1), 'CENTER')]))
story.append(t); story.append(Spacer(1, 10))
story.append(Paragraph('The cameras at Crymych, Knighton, New Quay, Rhayader, Talgarth and Tregaron are connected to stand-alone recorders and are not monitored remotely.', n))
story.append(Paragraph('Should you have any further enquiries concerning this matter, please contact me quoting the reference number above.', n))
story.append(Paragraph('<b>Complaint Rights</b>', b))
story.append(Paragraph('Are you unhappy with how your request has been handled or do you think the decision is incorrect? You have the right to require Dyfed-Powys Police to review their decision. '
  'Prior to lodging a formal complaint you are welcome to discuss the response with the case officer who dealt with your request. '
  'If you are dissatisfied with the outcome of the review you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.', n))
story.append(Paragraph('Yours sincerely<br/><br/>Steffan Lloyd<br/>Freedom of Information Decision Maker', n))
def hf(c, page, tot):
    c.saveState(); c.setFont('LS', 8); c.drawCentredString(A4[0]/2, 1*cm, f'{page}'); c.restoreState()
doc = SimpleDocTemplate(path(f'{NN}-reply.pdf'), pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=2*cm, bottomMargin=2*cm)
doc.build(story, canvasmaker=numbered_canvas(hf))
label(NN, 'pdf', 'police', 'foia', 'yes', 'no', 'answered', [], total,
      f'per-station table split across pages with no repeated header and no total row; count is the sum of internal+external columns ({total}); Hikvision only at six small stations; full make column leaves out Dahua')
