from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

doc = OpenDocumentText()
bold = Style(name='Bold', family='text'); bold.addElement(TextProperties(fontweight='bold'))
doc.automaticstyles.addElement(bold)
h = Style(name='Head', family='paragraph'); h.addElement(TextProperties(fontsize='15pt', fontweight='bold',
                                                                        color='#00677f'))
doc.automaticstyles.addElement(h)
small = Style(name='Small', family='paragraph'); small.addElement(TextProperties(fontsize='8pt'))
doc.automaticstyles.addElement(small)
right = Style(name='Right', family='paragraph'); right.addElement(ParagraphProperties(textalign='right'))
doc.automaticstyles.addElement(right)
cell = Style(name='Cell', family='table-cell'); cell.addElement(TableCellProperties(border='0.5pt solid #000000',
                                                                                   padding='0.08cm'))
doc.automaticstyles.addElement(cell)

def p(t, style=None):
    doc.text.addElement(P(text=t, stylename=style) if style else P(text=t))

def pb(label, t=''):
    para = P()
    para.addElement(Span(text=label, stylename=bold))
    if t:
        para.addText(t)
    doc.text.addElement(para)

p('Wessex Vale Water', h)
p('Regulatory Affairs - Information Requests, Kingsmead House, Claverton Road, Bath BA2 7WW', small)
p('information.requests@wessexvalewater.co.uk', small)
p('')
p('Our reference: EIR-2425-0193', right)
p('20 November 2024', right)
p('Dear Mr Osei')
pb('Your request for information - CCTV at operational sites')
p('Thank you for your request, which we received on 24 October 2024. As a water and sewerage undertaker, Wessex '
  'Vale Water is a public authority for the purposes of the Environmental Information Regulations 2004 (EIR) but is '
  'not subject to the Freedom of Information Act. Although it is not clear that all of the information you have '
  'asked for is environmental information, we have considered your request under the EIR as that is the regime '
  'which applies to us.')
pb('a) Number of CCTV cameras')
p('We operate approximately 1,900 CCTV cameras across our operational sites. The approximate breakdown by site type '
  'is below.')
t = Table(name='Cameras')
t.addElement(TableColumn(numbercolumnsrepeated=2))
for row in [['Site type', 'Approx. cameras'], ['Water treatment works', '520'], ['Wastewater treatment works', '760'],
            ['Service reservoirs', '290'], ['Pumping stations', '330']]:
    tr = TableRow()
    for v in row:
        tc = TableCell(stylename=cell)
        tc.addElement(P(text=v))
        tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
p('')
pb('b) Manufacturers')
p('Our CCTV estate is made up of cameras from Axis Communications, Hanwha Vision and Hikvision.')
pb('c) Hikvision or Dahua')
p('Around 340 of our cameras, mainly at smaller pumping stations and service reservoirs, are Hikvision. We are '
  'replacing these as sites are upgraded under our AMP8 investment programme. We do not use any Dahua equipment.')
pb('d) Sites with CCTV')
p('We are withholding the list of sites under regulation 12(5)(a) of the EIR, which allows a public authority to '
  'refuse to disclose information where disclosure would adversely affect public safety or national security. Our '
  'treatment works, reservoirs and pumping stations form part of the UK\'s Critical National Infrastructure. A list '
  'identifying which of them have CCTV, and by implication which do not, would be of use to anyone seeking to '
  'interfere with the public water supply or with sewage treatment.')
p('We have considered the public interest. There is a presumption in favour of disclosure under regulation 12(2) and '
  'a public interest in understanding how the company protects its assets. However, we consider that the public '
  'interest in protecting the security of essential water and wastewater services is greater, and that the '
  'exception should be maintained.')
pb('Your right to ask for a review')
p('If you are not happy with our response you can ask us to review it under regulation 11 of the EIR. Please write '
  'to us within 40 working days at the address above. If you are still not satisfied you can complain to the '
  'Information Commissioner\'s Office (ico.org.uk).')
p('Yours sincerely')
p('')
p('Harriet Okonkwo')
p('Information Requests Manager')
p('Wessex Vale Water Limited. Registered in England and Wales No. 02366921. Registered office: Kingsmead House, '
  'Claverton Road, Bath BA2 7WW.', small)
doc.save('../19-reply.odt')
print('wrote 19-reply.odt')
