from email.message import EmailMessage
from email.utils import format_datetime
import datetime, os
here = os.path.dirname(os.path.abspath(__file__)) + "/.."
text = """Dear Mr Doyle

Your request for information - reference 101009874512

Thank you for your request. I have now received a response from the service area and have set out your
questions with our answers below.

Q1 - How many CCTV cameras does the council currently operate?
>> 431

Q2 - How many did it operate in 2021?
>> 512 (as at 31/03/2021). The reduction is mainly due to the closure of two multi-storey car parks and the
transfer of Oldbridge Leisure to a charitable trust in 2022.

Q3 - Does the council have any Hikvision or Dahua CCTV equipment (cameras or recorders)?
>> No. The 64 Hikvision cameras and 3 Hikvision recorders previously installed at the Town Hall, the Market
Hall and the CCTV Control Room were all taken out between March and October 2023. The Council has not bought
Dahua equipment.

Q4 - If any Hikvision/Dahua equipment has been removed, when was it removed and what did that cost?
>> See Q3 for dates. The total cost of the work was £86,412.50 (ex VAT), funded from the corporate ICT security
budget.

Q5 - What was it replaced with?
>> Axis (52 cameras) and Hanwha (12 cameras) with a Milestone XProtect video management system.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review.
Internal review requests should be submitted within 40 working days of the date of receipt of this response and
should be addressed to: Information Governance, Oldbridge MBC, Civic Centre, Union Street, Oldbridge OL2 5LA, or
by replying to this email.

If you are not content with the outcome of the internal review, you have the right to apply directly to the
Information Commissioner for a decision.

Please note that this response may be published in the Council's disclosure log, with your personal details
removed.

Regards

Information Governance Team
Oldbridge Metropolitan Borough Council
0161 770 4410
"""
m = EmailMessage()
m["From"] = "Oldbridge MBC Information Governance <information.governance@oldbridge.gov.uk>"
m["To"] = "kieran.doyle.77@outlook.com"
m["Subject"] = "Your FOI request 101009874512 - response"
m["Date"] = format_datetime(datetime.datetime(2025, 7, 2, 8, 51, 3, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<ob-foi-101009874512-resp@oldbridge.gov.uk>"
m.set_content(text)
open(os.path.join(here, "25-reply.eml"), "wb").write(bytes(m))
