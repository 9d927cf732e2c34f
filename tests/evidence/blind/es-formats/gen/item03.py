from emlkit import base, when, save
from pdfkit import P, BOLD, H, SMALL, table, to_bytes
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

story = [
    P('Our Ref: FOI 003127/24'), P('Date: 9 August 2024'), Spacer(1, 4),
    P('Ms I Tull'), P('By email'), Spacer(1, 6),
    P('Dear Ms Tull,'),
    P('<b>FREEDOM OF INFORMATION ACT 2000 &ndash; REQUEST FOR INFORMATION</b>'),
    P('I write in connection with your request for information received by Northmoor Police on 12 July 2024 '
      'in which you asked for information about CCTV at police premises. I have now completed my enquiries and '
      'I can confirm that Northmoor Police holds information relevant to your request. Please find our '
      'response to each question below.'),
    P('<b>Q1. How many CCTV cameras does the force operate at its police stations, custody suites and other '
      'police buildings?</b>'),
    P('The force currently operates 1,184 CCTV cameras across its estate. This figure includes custody, '
      'front enquiry offices, vehicle compounds and building perimeters. It does not include body worn video, '
      'in-vehicle cameras or the force\'s ANPR capability.'),
    P('<b>Q2. Are any of the cameras made by Hikvision or Dahua?</b>'),
    P('<b>Q3. Please list the sites where the cameras are located, with the number at each.</b>'),
    P('The information requested at questions 2 and 3 is held but is being withheld. Northmoor Police is '
      'applying the exemptions at Section 24(1) National Security and Section 31(1)(a)(b) Law Enforcement of '
      'the Act. Both are prejudice-based, qualified exemptions and the force is required to evidence the harm '
      'in disclosure and to consider the public interest. An explanation is provided below.'),
    P('<u>Harm</u>'),
    P('Disclosure under FOI is disclosure to the world at large. Information identifying the manufacturer of '
      'security equipment at specific police buildings, and the number of cameras at each site, would allow '
      'individuals to build up a picture of the force\'s security infrastructure, identify vulnerabilities in '
      'particular systems or locations and exploit any known weaknesses in particular products. This would '
      'undermine the security of the police estate and the safekeeping of detained persons, and could be '
      'of use to those intent on committing crime or acts of terrorism.'),
    P('<u>Public interest considerations favouring disclosure</u>'),
    P('There is a public interest in transparency about the procurement of security equipment and in '
      'reassuring the public that the force has considered recent concerns expressed by Government regarding '
      'certain surveillance equipment.'),
    P('<u>Public interest considerations favouring non-disclosure</u>'),
    P('The security of the police estate is of paramount importance. Releasing details of the make of '
      'equipment at named sites would provide information to those who would seek to compromise it.'),
    P('<u>Balance test</u>'),
    P('Having considered the arguments, the balance lies in favour of withholding the information at this time. '
      'The force can however confirm that it is aware of the Cabinet Office written ministerial statement of '
      'November 2022 and that a review of its estate is being undertaken.'),
    P('<b>Q4. What was the total cost of the force\'s CCTV maintenance contract(s) in each of the last three '
      'financial years?</b>'),
    table([['Financial year', 'Maintenance cost (ex VAT)'],
           ['2021/22', '\u00a3187,420'], ['2022/23', '\u00a3193,005'], ['2023/24', '\u00a3201,778']],
          widths=[45 * mm, 60 * mm], colour='#12304f'),
    Spacer(1, 8),
    P('<b>Complaint Rights</b>'),
    P('If you are dissatisfied with this response you may request an internal review. Your request should be '
      'made in writing within 40 working days of the date of this letter to the Information Rights Unit, '
      'Northmoor Police Headquarters, Carr Lane, Northallerton DL7 8QP, foi@northmoor.police.uk. If you remain '
      'dissatisfied following the review you have the right to apply to the Information Commissioner.'),
    P('Yours sincerely,'), Spacer(1, 10),
    P('Ravinder Sahota'), P('Disclosure Officer, Information Rights Unit'),
    P('This letter is classified OFFICIAL', SMALL),
]
pdf = to_bytes(story, 'NORTHMOOR POLICE', ['Information Rights Unit  |  Police Headquarters, Carr Lane, '
               'Northallerton DL7 8QP', 'foi@northmoor.police.uk  |  101'], colour='#12304f',
               footer='OFFICIAL')
m = base('Information Rights Unit <foi@northmoor.police.uk>', 'Imogen Tull <imogen.tull@gmail.com>',
         'FOI 003127/24 - Your request for information - CCTV', when(2024, 8, 9, 16, 20), 'northmoor.police.uk')
m.set_content("""OFFICIAL

Dear Ms Tull,

Please find attached the response to your request for information, reference FOI 003127/24.

Regards,

Information Rights Unit
Northmoor Police
""")
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='FOI 003127-24 Response.pdf')
save(m, '03-reply.eml')
