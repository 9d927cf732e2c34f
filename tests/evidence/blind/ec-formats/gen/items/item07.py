import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "07"
REQ = """
To the Town Clerk, Ashbourne Town Council

Freedom of Information request

Q1. Does the Town Council own or operate any CCTV cameras? If so how many?
Q2. Who installed and who maintains them?
Q3. Are any of the cameras made by Hikvision?
Q4. Are any of the cameras made by Dahua?
Q5. How much did the Council spend on CCTV in 2023/24?

Regards,
Lorna Fitch
"""

page1 = [
    "##ASHBOURNE TOWN COUNCIL",
    "Town Hall, Market Place, Ashbourne, Derbyshire DE6 1ES",
    "Tel: 01335 300 418    clerk@ashbournetc.example.gov.uk",
    "",
    "Town Clerk: Mrs D. A. Wardle",
    "",
    "Ms L Fitch",
    "By post and email                                        12th July 2024",
    "",
    "Dear Ms Fitch,",
    "",
    "Freedom of Information Act 2000 - your request dated 17th June 2024",
    "",
    "Thank you for your letter. The Council's answers are as follows.",
    "",
    "1.  Yes. The Town Council owns and operates fourteen cameras in the",
    "    town centre (Market Place, St John Street, Compton and the bus",
    "    station), monitored from the Town Hall.",
    "",
    "2.  The system was installed in 2020 by Peak Vision Security Ltd of",
    "    Matlock, who also carry out the annual maintenance. The cameras",
    "    are Dahua, with one Dahua recorder in the Town Hall.",
    "",
    "3.  No.",
    "",
    "4.  Yes, see 2 above.",
    "",
    "5.  Maintenance contract £1,860; electricity and line rental £744;",
    "    one replacement camera (Compton) £412.  Total £3,016.",
    "",
    "If you are not satisfied with this reply you may ask the Council to",
    "review it. Please write to me at the address above. You may also",
    "complain to the Information Commissioner's Office, Wycliffe House,",
    "Water Lane, Wilmslow, Cheshire SK9 5AF.",
    "",
    "Yours sincerely,",
    "",
    "",
    "D. A. Wardle",
    "Town Clerk & RFO",
]
write_request(NN, REQ)
render_scan([page1], f"{NN}-reply.pdf", seed=7, skew=0.9)
write_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="scan", body_type="council",
            law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=14,
            note="Image-only scanned letter (no text layer, skewed and speckled); count written as a word ('fourteen'); bare 'No' to the Hikvision-only question.")
