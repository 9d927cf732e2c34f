import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '07'
write_request(NN, """
To the Data Protection / FOI lead, Beacon Hill Academy

I am requesting the following under the Freedom of Information Act 2000:

Q1. How many CCTV cameras does the academy have?
Q2. Are any of your cameras made by Hikvision or Dahua?
Q3. What make are your cameras and recorder(s)?
Q4. Are any cameras installed in toilets or changing rooms?

Thank you
Gemma Ashdown
""")

L = []
L += [('Thameside Learning Trust', 'bc'), ('Beacon Hill Academy', 'c'),
      ('Stanford Road, Grays, Essex RM16 4XT   Tel: 01375 640 228', 'smallc'), ('', ''), ('', '')]
L += [('Ms G Ashdown', ''), ('By email', ''), ('', ''), ('21st January 2025', 'r'), ('', '')]
L += [('Dear Ms Ashdown', ''), ('', ''), ('Freedom of Information Request - CCTV', 'b'), ('', '')]
L += [(l, '') for l in wrap('Thank you for your request received on 6th January 2025. Please see our response '
                            'to each of your questions below.', 78)]
L += [('', '')]
L += [('Q1.  16 (12 inside the building and 4 external).', ''), ('', '')]
L += [('Q2.  Not to our knowledge.', ''), ('', '')]
L += [(l, '') for l in wrap('Q3.  All cameras and the recorder are HiLook, supplied and installed by Tri-Secure '
                            'Ltd in 2019.', 78)]
L += [('', '')]
L += [(l, '') for l in wrap('Q4.  No. There is no CCTV in toilets or changing rooms. One camera covers the '
                            'corridor outside the sports hall changing rooms.', 78)]
L += [('', '')]
L += [(l, '') for l in wrap('If you are unhappy with this response you can ask for a review by writing to the '
                            'Chair of the Trust Board at the address above. If you are still not satisfied '
                            'you can contact the Information Commissioner\'s Office, Wycliffe House, Water '
                            'Lane, Wilmslow, Cheshire SK9 5AF.', 78)]
L += [('', ''), ('Yours sincerely', ''), ('', ''), ('', ''), ('K. Pemberton', ''), ('Business Manager', ''),
      ('On behalf of the Headteacher', '')]
render_scan_pdf(out(f'{NN}-reply.pdf'), [L], seed=7, skew=(0.6, 1.1), size=31)
put_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "scan",
           "body_type": "academy", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 16,
           "note": "image-only scan; answers are bare and need the request, Q2 says 'Not to our knowledge' but Q3 names HiLook (a Hikvision brand) as the only make"})
