from lib import *
NN = "06"
write_request(NN, """
FAO Information Governance, Mercia Borders Fire and Rescue Service

Freedom of Information request

1. How many CCTV cameras are installed at your fire stations and headquarters?
2. Who is the manufacturer of the cameras?
3. Is any of your CCTV equipment made by Hikvision or Dahua?
4. Who installed the system?

Regards,
Owen Pryce-Jenkins
""")
C = [0, 620, 900, 1150]
p1 = [
    ("MERCIA BORDERS FIRE AND RESCUE SERVICE", {"bold": True, "size": 36}),
    ("Service Headquarters, Ridgeway House, Lydney Road, Ledstow HR9 4PQ", {"size": 22}),
    ("Making Mercia Borders Safer", {"size": 22}),
    ("", {"gap": 1.2}),
    ("Mr O Pryce-Jenkins", {}),
    ("Via email", {}),
    ("Our Ref: IG/FOI/24/061", {"align": "right"}),
    ("Date: 22 May 2024", {"align": "right"}),
    ("", {}),
    ("Dear Mr Pryce-Jenkins,", {}),
    ("", {}),
    ("Freedom of Information Act 2000 - CCTV", {"bold": True}),
    ("", {}),
    ("Thank you for your request dated 29 April 2024. The Service holds the information", {}),
    ("requested and our response is below.", {}),
    ("", {}),
    ("1.  Cameras are installed at the following locations:", {}),
    ("", {"gap": 0.4}),
    ("Location|External|Internal|Recorder", {"cols": C, "bold": True}),
    ("Ashby Road Fire Station|4|2|Station NVR", {"cols": C}),
    ("Brackley Fire Station|3|1|Station NVR", {"cols": C}),
    ("Carrbridge Fire Station|4|2|Station NVR", {"cols": C}),
    ("Denholme Fire Station|3|0|Station NVR", {"cols": C}),
    ("Eastwick Fire Station|5|2|Station NVR", {"cols": C}),
    ("Fulford Fire Station|3|1|Station NVR", {"cols": C}),
    ("Garstang Fire Station|4|1|Station NVR", {"cols": C}),
    ("HQ & Control, Ridgeway House|12|9|Server (HQ)", {"cols": C}),
    ("Total|38|18|", {"cols": C, "bold": True}),
    ("", {}),
    ("2.  All cameras are manufactured by Axis Communications.", {}),
    ("", {}),
    ("3.  None of the Service's cameras are Hikvision or Dahua products. The network", {}),
    ("     video recorders at each of the seven stations are Dahua units; the HQ site", {}),
    ("     records to a Milestone XProtect server.", {}),
]
p2 = [
    ("IG/FOI/24/061", {"align": "right", "size": 22}),
    ("", {}),
    ("4.  The system was installed in 2020-21 by Severn Fire & Security Ltd, who", {}),
    ("     continue to maintain it.", {}),
    ("", {}),
    ("If you are dissatisfied with this response, you may ask for an internal review", {}),
    ("by writing to the Information Governance Manager at the above address within", {}),
    ("40 working days. If you are still not satisfied you can complain to the", {}),
    ("Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow,", {}),
    ("Cheshire SK9 5AF.", {}),
    ("", {}),
    ("Yours sincerely", {}),
    ("__SIGNATURE__", {}),
    ("Sandra Kowalczyk", {}),
    ("Information Governance Officer", {}),
    ("Direct line: 01432 559 208", {}),
]
pages = [render_page(p1, seed=61, skew=-1.1, noise=0.015, size=29),
         render_page(p2, seed=62, skew=-0.7, noise=0.015, size=29)]
save_image_pdf(pages, out(f"{NN}-reply.pdf"))
label(NN, "pdf", "fire", "foia", "no", "yes", "answered", [], 56,
      "image-only skewed 2-page scan; positional table totals External and Internal separately (38+18); 'no cameras are Dahua' but the NVRs are Dahua")
