from lib import write_odt
EXT = "odt"
REQUEST = """
To: NHS Highland FOI
Subject: FOISA request - facial recognition

Please answer the following under the Freedom of Information (Scotland) Act 2002.

1. Does NHS Highland use facial recognition technology on its CCTV cameras or any other system?
2. If so, who is the supplier?
3. Has a data protection impact assessment been completed for facial recognition?
4. Are there any plans to introduce facial recognition within the next two years?

Regards,
Callum Ross
"""
LABEL = dict(body_type="nhs", law="foisa", hikvision="unknown", dahua="unknown", outcome="answered", exemptions=[],
             camera_count=None,
             note="request is only about facial recognition; 'does not use' says nothing about the cameras or their makers")

def build(path):
    b = [
        ("title", "NHS Highland"),
        ("p", "Board Headquarters, Assynt House, Beechwood Park, Inverness IV2 3BW"),
        ("p", "Freedom of Information (Scotland) Act 2002\nReference: FOI 1562-24\nDate: 5 August 2024"),
        ("p", "Dear Mr Ross"),
        ("p", "Thank you for your request received on 9 July 2024. NHS Highland's response is below."),
        ("p", "Q1. No. NHS Highland does not use facial recognition technology on its CCTV systems or on any other system."),
        ("p", "Q2. Not applicable."),
        ("p", "Q3. As facial recognition technology is not used, no data protection impact assessment has been carried out for it."),
        ("p", "Q4. There are no plans to introduce facial recognition technology."),
        ("p", "NHS Highland's CCTV is used solely for the safety and security of patients, staff and visitors and is operated in line with the Board's CCTV Policy and the Information Commissioner's guidance."),
        ("h", "Review and appeal"),
        ("p", "If you are dissatisfied with the way in which we have dealt with your request, you are entitled to require us to review our decision. Please note that your request for review must be made in writing within 40 working days of receipt of this letter to: Head of Information Governance, NHS Highland, or by email to nhshighland.foi@nhs.scot."),
        ("p", "If you are not satisfied with the outcome of the review, you have the right to make an application to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS (www.foi.scot/appeal)."),
        ("p", "Yours sincerely"),
        ("p", "Fiona MacPhee\nFreedom of Information Officer"),
    ]
    write_odt(path, b)
