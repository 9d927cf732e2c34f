from lib import write_rtf
EXT = "rtf"
REQUEST = """
FOI request to Hereford & Worcester Fire and Rescue Service

1. How many CCTV cameras does the Service operate across its fire stations and headquarters?
2. Do you use any Hikvision cameras?
3. Do you use any Dahua cameras?
4. Are any of the cameras connected to the internet or a cloud service?
5. Are any of your fire appliances fitted with vehicle-mounted cameras?

Regards
Craig Nunn
"""
LABEL = dict(body_type="fire", law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
             camera_count=212,
             note="bare numbered answers ('2. Yes 3. No') that mean nothing without the request; vehicle camera answer is outside the CCTV estate")

def build(path):
    b = [
        ("b", "Hereford & Worcester Fire and Rescue Service"),
        ("p", "Service Headquarters, Hindlip Park, Worcester WR3 8SP"),
        ("p", "FOI Ref: HWFRS 24-117\n16 August 2024"),
        ("p", "Dear Mr Nunn"),
        ("p", "Thank you for your request received 22 July 2024. Our response is as follows:"),
        ("p", "1.  212 (across 25 fire stations, Service HQ and the Training Centre)\n2.  Yes\n3.  No\n4.  No\n5.  Yes \u2013 all frontline appliances are fitted with 360\u00b0 vehicle camera systems (Brigade Electronics)"),
        ("p", "If you are dissatisfied with our response you can request an internal review by contacting foi@hwfire.org.uk within 40 working days. If you remain dissatisfied you may contact the Information Commissioner's Office at www.ico.org.uk."),
        ("p", "Regards"),
        ("p", "Information Governance\nHereford & Worcester Fire and Rescue Service"),
    ]
    write_rtf(path, b)
