"""16: scanned image-only PDF (typewriter font, rotated ~0.9 deg, noise) from a parish council with no CCTV; it mentions
the village hall's cameras run by a separate charity, about which it holds nothing."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from scan import render_page, save_pdf
OUT = os.path.join(os.path.dirname(__file__), '..')
L = [('LITTLE ASHWELL PARISH COUNCIL', {'center': True, 'bold': True, 'size': 36, 'gap': 4}),
     ('Clerk: Mrs Margaret Dunne, 3 Glebe Cottages, Little Ashwell, Herts SG7 5RE', {'center': True, 'size': 22}),
     ('Tel: 01632 963 115   clerk@littleashwell-pc.example.org.uk', {'center': True, 'size': 22, 'gap': 50}),
     ('', {}),
     ('Ms B Lowther', {}), ('(by email)', {'gap': 30}),
     ('29th January 2024', {'right': True, 'gap': 30}),
     ('Dear Ms Lowther,', {'gap': 20}),
     ('Freedom of Information request - CCTV', {'bold': True, 'gap': 20}),
     ('Thank you for your email of 9th January. I have answered your questions in the same order as you asked them.', {'gap': 22}),
     ('1. None. The Parish Council does not own or operate any CCTV cameras.', {'gap': 22}),
     ('2. Not applicable.', {'gap': 22}),
     ('3. The Parish Council makes an annual grant of £750 to the Little Ashwell Village Hall Management Committee towards '
      'the general upkeep of the hall. The Committee is a separate registered charity and, as far as I am aware, has '
      'cameras at the hall and the car park. The grant is not given specifically for CCTV and the Parish Council holds no '
      'information about those cameras; you may wish to contact the Committee\'s secretary directly. The Parish Council '
      'does not contribute to any other CCTV in the parish.', {'gap': 22}),
     ('If you are not satisfied with this reply you can ask the Council to review it, and after that you can complain to the '
      'Information Commissioner\'s Office.', {'gap': 30}),
     ('Yours sincerely,', {'gap': 70}),
     ('M. Dunne', {}), ('Clerk to the Council', {}), ('Responsible Financial Officer', {})]
save_pdf([render_page(L, family='mono', size=27)], os.path.join(OUT, '16-reply.pdf'), angles=[0.9], seed=16)
print('wrote 16-reply.pdf')
