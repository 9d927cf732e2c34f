import docxkit as K
d = K.new('Arial', 11)
K.letterhead(d, 'Westmarch County Council', ['Information Governance Team', 'County Hall, Shire Street, '
             'Westmarch WM1 1AA', 'Email: foi@westmarch.gov.uk   Tel: 01743 200 400'], colour=(0x00, 0x5a, 0x32))
K.para(d, 'Mr R Mendes')
K.para(d, 'Date: 2 May 2024\nOur ref: WCC/FOI/24/01366\nPlease ask for: Martin Caddick')
K.para(d, 'Dear Mr Mendes')
K.para(d, 'Freedom of Information Act 2000 - CCTV cameras', bold=True)
K.para(d, 'Thank you for your request for information received on 4 April 2024. I am pleased to provide the '
       'information that the County Council holds.')
K.para(d, 'Questions 1 and 2', bold=True)
K.para(d, 'The table below shows the number of CCTV cameras operated by the County Council in each service area '
       'and the manufacturers of the cameras in that area.')
K.table(d, [['Service area', 'Number of cameras', 'Manufacturer(s)'],
            ['Corporate buildings (County Hall, area offices, libraries)', '226', 'Hikvision, Bosch, Axis'],
            ['Household waste recycling centres (9 sites)', '84', 'Dahua, Hanwha'],
            ['Country parks and visitor car parks', '41', 'Axis'],
            ['Highways traffic monitoring', '63', 'Bosch'],
            ['Children\'s residential homes', '28', 'Hanwha'],
            ['Total', '442', '']], bold_last=True, widths=[85, 35, 50])
K.para(d, 'Question 3', bold=True)
K.para(d, 'Yes. Hikvision cameras are in use at some corporate buildings and Dahua cameras are in use at a number '
       'of household waste recycling centres (see table above).')
K.para(d, 'Question 4', bold=True)
K.para(d, 'No. The County Council does not use facial recognition technology and none of its CCTV cameras record '
       'audio.')
K.para(d, 'Re-use of information', bold=True)
K.para(d, 'The information provided is subject to copyright held by Westmarch County Council and may be re-used '
       'under the terms of the Open Government Licence.')
K.para(d, 'Internal review', bold=True)
K.para(d, 'If you are dissatisfied with the handling of your request you may ask for an internal review. Please '
       'contact us within 40 working days at the address above. If you are not content with the outcome of the '
       'internal review you may apply to the Information Commissioner for a decision.')
K.para(d, 'Yours sincerely')
K.para(d, 'Martin Caddick\nInformation Governance Officer')
d.save('../08-reply.docx')
print('wrote 08-reply.docx')
