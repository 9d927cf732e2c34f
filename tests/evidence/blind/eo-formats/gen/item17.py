"""17: scanned image-only PDF (sans font, rotated -0.6 deg, noise) from a maintained school: count split inside/outside,
HiWatch cameras with a Hikvision recorder, cost not held."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from scan import render_page, save_pdf
OUT = os.path.join(os.path.dirname(__file__), '..')
L = [('Hartside Community High School', {'center': True, 'bold': True, 'size': 40, 'gap': 2}),
     ('Moor Road, Hartside, Durham DH9 4LX   Tel 01632 964 330', {'center': True, 'size': 23}),
     ('Headteacher: Mr P. Armstrong BSc NPQH', {'center': True, 'size': 23, 'gap': 8}),
     ('\u201cAchieving together\u201d', {'center': True, 'size': 23, 'gap': 60}),
     ('Mr K Doyle', {}), ('Sent by email', {'gap': 26}),
     ('14 May 2024', {'gap': 26}),
     ('Dear Mr Doyle', {'gap': 18}),
     ('Re: Freedom of Information Request', {'bold': True, 'gap': 18}),
     ('Thank you for your request which we received on 24 April 2024. Please find our answers below.', {'gap': 22}),
     ('1)  16 inside the building and 8 outside.', {'gap': 18}),
     ('2)  The cameras are HiWatch and the recorder is a Hikvision DS-7616NI-Q2.', {'gap': 18}),
     ('3)  No.', {'gap': 18}),
     ('4)  We do not hold this information. The system was installed in 2012 and the purchase records are no longer '
      'held in line with the school\u2019s records retention schedule.', {'gap': 18}),
     ('5)  Yes. A copy of our CCTV Policy (reviewed September 2023) is attached.', {'gap': 26}),
     ('If you are unhappy with the way your request has been dealt with you can ask for an internal review by writing to '
      'the Chair of Governors at the school address. If you are still not satisfied you can contact the Information '
      'Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.', {'gap': 30}),
     ('Yours sincerely', {'gap': 80}),
     ('Mrs Karen Telford', {}), ('School Business Manager', {})]
save_pdf([render_page(L, family='sans', size=29)], os.path.join(OUT, '17-reply.pdf'), angles=[-0.6], seed=17)
print('wrote 17-reply.pdf')
