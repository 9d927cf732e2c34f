from pdfkit import P, SMALL, table, build
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

story = [
    P('<b>FREEDOM OF INFORMATION REQUEST</b>'),
    table([['Request reference', 'FOI/2024/05512'], ['Date of request', '19 June 2024'],
           ['Date of response', '15 July 2024'], ['Subject', 'Body Worn Video']],
          widths=[45 * mm, 80 * mm], header=False),
    Spacer(1, 8),
    P('Dear Mr Darrow'),
    P('Severnside Constabulary has now considered your request under the Freedom of Information Act 2000 (the Act). '
      'Section 1 of the Act places two duties on public authorities: to confirm whether the information is held and, '
      'if so, to communicate it. I can confirm that the information is held and it is provided below.'),
    P('<b>1. How many body worn video cameras does the force have?</b>'),
    P('Severnside Constabulary currently has 2,450 body worn video (BWV) cameras in use. These are issued to '
      'frontline officers and staff and to PCSOs, with a pool of devices held at each deployment base. A further '
      '60 older Axon Body 2 cameras, withdrawn from service in 2023, are held in store awaiting secure disposal.'),
    P('<b>2. Which company manufactures them (and what model)?</b>'),
    P('The cameras are manufactured by Motorola Solutions. The model in use is the VB400.'),
    P('<b>3. Are any of them made by Hikvision or Dahua?</b>'),
    P('No.'),
    P('<b>4. How much did the force spend on body worn video in 2022/23 and 2023/24?</b>'),
    table([['Financial year', 'Devices & docking', 'Licences & storage', 'Total'],
           ['2022/23', '\u00a31,212,640', '\u00a3286,310', '\u00a31,498,950'],
           ['2023/24', '\u00a3164,880', '\u00a3301,455', '\u00a3466,335']],
          widths=[35 * mm, 40 * mm, 40 * mm, 35 * mm], colour='#002855'),
    Spacer(1, 6),
    P('The 2022/23 figure includes the purchase of replacement devices when the force moved from Axon to Motorola '
      'Solutions.'),
    P('<b>Complaint rights</b>'),
    P('Your attention is drawn to the attached sheet which details your right of complaint. If you have any queries '
      'concerning this response please contact the Freedom of Information Unit quoting the reference above.'),
    P('Yours sincerely'), Spacer(1, 10),
    P('Karen Whitlow<br/>Freedom of Information Officer<br/>Information Management Department'),
    Spacer(1, 20),
    P('Severnside Constabulary, Police Headquarters, Portishead Road, Bristol BS20 8QJ. Any re-use of this '
      'information must acknowledge the source. Severnside Constabulary is committed to the principles of openness '
      'and accountability.', SMALL),
]
build('../15-reply.pdf', story, 'SEVERNSIDE CONSTABULARY',
      ['Freedom of Information Unit', 'foi@severnside.police.uk'], colour='#002855', footer='OFFICIAL - PUBLIC')
print('wrote 15-reply.pdf')
