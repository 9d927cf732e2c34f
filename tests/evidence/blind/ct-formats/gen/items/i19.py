import os
from lib import *

REQUEST = """
Dear Hollinsdale and Wyre Fire and Rescue Service,

1 - How many CCTV cameras are installed at your fire stations, training centre and HQ?
2 - Are any of them made by Hikvision?
3 - Are any of them made by Dahua?
4 - Are any connected to the internet or accessible remotely by the supplier?

Yours faithfully,
Priyanka Sandhu-Ellis
"""

LABEL = dict(format="pdf", body_type="fire", law="foia", hikvision="unknown", dahua="unknown",
             outcome="refused", exemptions=["s24", "s31"], camera_count=None,
             note="Word-to-PDF refusal: count withheld and neither confirm nor deny on makers and remote access under s24(2)/s31(3); s38 mentioned as considered but not relied on")


def build(out):
    body = pstyle("b", 10.5, leading=14)
    f = []
    f.append(Paragraph("Hollinsdale and Wyre Fire and Rescue Service", pstyle("h", 14, bold=True)))
    f.append(Paragraph("Service Headquarters, Garstang Road East, Wyrebridge PR9 0FB &nbsp;|&nbsp; information.rights@hwfire.gov.uk", pstyle("s", 8.5)))
    f.append(Spacer(1, 16))
    f.append(Paragraph("Ms P Sandhu-Ellis", body))
    f.append(Paragraph("Date: 30 May 2024<br/>Our reference: HWFRS IR 24/118", body))
    f.append(Spacer(1, 6))
    f.append(Paragraph("Dear Ms Sandhu-Ellis", body))
    f.append(Paragraph("<b>Freedom of Information Act 2000 – Refusal Notice</b>", body))
    f.append(Paragraph("We have considered your request of 2 May 2024 for information about closed circuit television at Service premises. I am sorry to tell you that we are unable to provide the information you have asked for, for the reasons set out below.", body))
    f.append(Paragraph("<b>Question 1</b> – the number of cameras at Service premises is withheld under section 24(1) (national security) and section 31(1)(a) (prevention or detection of crime). Fire stations and the Service Headquarters house critical command and control infrastructure and are part of the national resilience network. Disclosure of the extent of camera coverage across the estate would assist a person seeking to identify weaker points in the security of these sites.", body))
    f.append(Paragraph("<b>Questions 2 to 4</b> – the Service neither confirms nor denies whether it holds information about the manufacturer of its CCTV equipment or its remote connectivity. Sections 24(2) and 31(3) of the Act remove the duty to confirm or deny where to do so would be likely to prejudice national security or law enforcement. Confirming or denying the presence of particular manufacturers' equipment at named emergency-service premises would in itself reveal information about potential vulnerabilities in the Service's systems.", body))
    f.append(Paragraph("We have considered the public interest in each case. There is a genuine public interest in the Service being open about its use of surveillance technology and about equipment from suppliers whose products have been the subject of government security guidance. Against this is the very strong public interest in ensuring emergency services premises are not exposed to attack or disruption. On balance we consider that the public interest favours maintaining the exemptions and not confirming or denying.", body))
    f.append(Paragraph("For completeness, we also considered whether section 38 (health and safety) applied to your request but have not found it necessary to rely on it.", body))
    f.append(Paragraph("The Service has published guidance on its approach to the government's 2022 advice on visual surveillance systems on its website.", body))
    f.append(Paragraph("<b>Your right to complain</b>", body))
    f.append(Paragraph("If you are unhappy with our response you may request an internal review by contacting the Information Rights Officer at the address above within 40 working days. If you are still dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", body))
    f.append(Paragraph("Yours sincerely", body))
    f.append(Spacer(1, 14))
    f.append(Paragraph("Declan Farraday<br/>Information Rights Officer", body))
    name = "19-reply.pdf"
    build_pdf(os.path.join(out, name), f, title="IR 24-118 response", author="Farraday, Declan",
              footer="OFFICIAL - Hollinsdale and Wyre Fire and Rescue Service")
    return name
