from pdfkit import P, SMALL, table, build
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

story = [
    P('Mr D Fairweather'), P('Sent by email only'), Spacer(1, 4),
    P('Date: 11 December 2024<br/>Our reference: LBE-FOI-24-3318<br/>Contact: Access to Information Team'),
    Spacer(1, 6), P('Dear Mr Fairweather,'),
    P('<b>Freedom of Information Request: CCTV cameras - Hikvision</b>'),
    P('Thank you for your request received on 13 November 2024. I can confirm that the London Borough of Eastbrook '
      'holds the information you requested, and it is provided below.'),
    P('<b>1. Does the council use any CCTV cameras manufactured by Hikvision?</b>'),
    P('Yes.'),
    P('<b>2. If yes, how many Hikvision cameras are there and where are they located?</b>'),
    P('There are 57 Hikvision cameras, all on council housing estates. These were installed between 2016 and 2019 '
      'and are being phased out by March 2026 under the Housing CCTV Renewal Programme. The locations are:'),
    table([['Housing estate', 'Hikvision cameras'], ['Marsh Lane Estate', '19'], ['Cranbrook Gardens', '14'],
           ['Tideway Estate', '12'], ['Abbey Wharf', '8'], ['Fenner Court', '4'], ['Total', '57']],
          widths=[70 * mm, 40 * mm], total=True, colour='#4b2c69'),
    Spacer(1, 8),
    P('<b>3. What is the total number of CCTV cameras operated by the council?</b>'),
    P('The council operates 486 CCTV cameras in total. This comprises 312 public space cameras monitored from the '
      'Eastbrook CCTV Control Centre and 174 cameras on housing estates (including the Hikvision cameras above).'),
    P('<b>4. Does the council use live facial recognition technology with its CCTV?</b>'),
    P('No.'),
    P('<b>5. Has the council carried out a Data Protection Impact Assessment for its public space CCTV? Please '
      'provide a copy.</b>'),
    P('Yes. A copy of the DPIA (version 2.1, approved June 2023) is enclosed with this letter.'),
    Spacer(1, 4),
    P('<b>Your rights</b>'),
    P('If you are unhappy with this response, you may request an internal review within two months of the date of '
      'this letter by emailing foi@eastbrook.gov.uk. If you remain dissatisfied after the internal review you may '
      'complain to the Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.'),
    P('Copyright in the information provided belongs to the London Borough of Eastbrook. You may re-use it under the '
      'Open Government Licence.'),
    P('Yours sincerely,'), Spacer(1, 12),
    P('Aisha Conteh<br/>Access to Information Officer<br/>Corporate Governance'),
]
build('../14-reply.pdf', story, 'London Borough of Eastbrook',
      ['Corporate Governance  |  Town Hall, 1 Broadway, London E15 4BQ', 'foi@eastbrook.gov.uk  |  020 8430 2000'],
      colour='#4b2c69', footer='London Borough of Eastbrook - Access to Information')
print('wrote 14-reply.pdf')
