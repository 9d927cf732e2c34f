import docxkit as K
d = K.new('Arial', 11)
K.letterhead(d, 'Cyngor Sir Dyffryn Teifi\nTeifi Valley County Council', ['Swyddfeydd y Cyngor / Council Offices',
             'Stryd y Bont, Llanbedr Pont Steffan SA48 7AB', 'rhyddid.gwybodaeth@dyffrynteifi.gov.wales  |  '
             'foi@teifivalley.gov.wales'], colour=(0x8b, 0x00, 0x00))
K.para(d, 'Dyddiad / Date: 17/01/2025\nEin cyf / Our ref: RhG-FOI-2024-1290\nGofynnwch am / Please ask for: '
       'Llinos Evans')
K.para(d, 'Annwyl / Dear Mr Pritchard')
K.para(d, 'Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000', bold=True)
K.para(d, 'Thank you for your request for information which was received on 16 December 2024. The Council\'s '
       'response is set out below.')
K.para(d, '(1) Public space CCTV cameras', bold=True)
K.para(d, 'The Council operates public space CCTV in the following towns:')
K.table(d, [['Town', 'Number of cameras', 'of which PTZ (pan/tilt/zoom)'],
            ['Aberteifi / Cardigan', '14', '6'],
            ['Llanbedr Pont Steffan / Lampeter', '9', '3'],
            ['Castellnewydd Emlyn / Newcastle Emlyn', '6', '2'],
            ['Llandysul', '5', '2'],
            ['Tregaron', '3', '1'],
            ['CCTV control room (external)', '2', '0'],
            ['Cyfanswm / Total', '39', '14']], bold_last=True, widths=[75, 40, 50])
K.para(d, '(2) Hikvision or Dahua', bold=True)
K.para(d, 'None of the Council\'s public space CCTV cameras are manufactured by Hikvision or Dahua.')
K.para(d, '(3) Monitoring costs', bold=True)
K.para(d, 'The cameras are monitored from the Council\'s control room in Lampeter. The cost of monitoring in '
       '2023/24 was \u00a3112,300, which is mainly staffing costs.')
K.para(d, 'If you are dissatisfied with this response you may ask for an internal review within 40 working days. '
       'If you remain dissatisfied you may complain to the Information Commissioner\'s Office, 2nd Floor, '
       'Churchill House, Churchill Way, Cardiff CF10 2HH.')
K.para(d, 'Mae\'r llythyr hwn ar gael yn Gymraeg. This letter is also available in Welsh. We welcome '
       'correspondence in Welsh and will respond in Welsh without delay.', italic=True, size=9)
K.para(d, 'Yn gywir / Yours sincerely')
K.para(d, 'Llinos Evans\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer')
d.save('../10-reply.docx')
print('wrote 10-reply.docx')
