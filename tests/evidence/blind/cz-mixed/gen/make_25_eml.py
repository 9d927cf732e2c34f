from email.message import EmailMessage
from email.utils import format_datetime
import datetime
m = EmailMessage()
m['From'] = 'FOI Team <foi@eastfen-ambulance.nhs.example>'
m['To'] = 'foi.openlens@protonmail.example'
m['Subject'] = 'FOI Response - EFAS-FOI-2425-0309 - CCTV'
m['Date'] = format_datetime(datetime.datetime(2024, 9, 4, 15, 12, tzinfo=datetime.timezone.utc))
m['Message-ID'] = '<20240904151244.7731@eastfen-ambulance.nhs.example>'
body = """Good afternoon Ms Okonjo-Hale,

Please find below the East Fenland Ambulance Service NHS Trust response to your FOI request (our ref EFAS-FOI-2425-0309).

1) Total CCTV cameras
Our buildings (stations, make-ready centres, the two emergency operations centres and HQ) have 214 CCTV cameras. In addition, each of our front-line vehicles carries an integrated vehicle CCTV system with between four and six cameras depending on vehicle type. The exact number of vehicle cameras changes as vehicles enter and leave the fleet; across the fleet there are between 1,100 and 1,200 vehicle cameras at any one time.

2) Manufacturers
Buildings - Hanwha and Axis.
Vehicles - Brigade Electronics.

3) Hikvision/Dahua
No

4) Facial recognition
No

5) Due diligence
The vehicle CCTV is procured through the National Ambulance Vehicle Specification, which includes a cyber security assessment. Building CCTV is procured through our estates contractor. The Trust holds no further information.

6) Plans to replace
Vehicle cameras are replaced with the vehicle (typically on a 7 year cycle). No plans for building CCTV.

If you are dissatisfied with this response, you may request an internal review within 40 working days by replying to this email. If you remain dissatisfied after the review, you may contact the Information Commissioner's Office.

Kind regards,

Becky Tranter
FOI & Records Officer
East Fenland Ambulance Service NHS Trust
Beacon House, Fengate Business Park, Peterborough PE1 5XJ
--
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender and delete it.
"""
m.set_content(body)
open('/work/blind/cz-mixed/25-reply.eml', 'w').write(m.as_string())
