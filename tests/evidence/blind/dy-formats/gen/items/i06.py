from lib import write_scan
EXT = "scan"
REQUEST = """
To: clerk@kirkbymoorsidetowncouncil.gov.uk
Subject: FOI - CCTV cameras

Hello,

I'm researching the use of surveillance cameras by local councils in North Yorkshire. Under the Freedom of Information Act could you please tell me:

- how many CCTV cameras the Town Council owns or operates
- the make(s) of those cameras
- whether any are Hikvision or Dahua
- the annual running cost

Thanks very much,
Tom Ellerby
"""
LABEL = dict(body_type="council", law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[],
             camera_count=0,
             note="scanned image-only letter from a town council saying it has no CCTV at all, pointing to the unitary council for town centre cameras")

def build(path):
    b = [
        ("title", "KIRKBYMOORSIDE TOWN COUNCIL"),
        ("p", "Moorside Hall, 4 Crown Square, Kirkbymoorside, York YO62 6AY\nTel: 01751 430 218    Email: clerk@kirkbymoorsidetowncouncil.gov.uk"),
        ("gap",),
        ("p", "Mr T Ellerby\n(by email)"),
        ("p", "3rd July 2024"),
        ("p", "Dear Mr Ellerby,"),
        ("b", "Freedom of Information request – CCTV cameras"),
        ("p", "Thank you for your email of 12th June 2024 requesting information under the Freedom of Information Act 2000."),
        ("p", "I can confirm that Kirkbymoorside Town Council does not own or operate any CCTV cameras. As a result the Council holds no information in respect of the make of cameras, Hikvision or Dahua equipment, or running costs."),
        ("p", "The cameras in the Market Place are operated by North Yorkshire Council and you may wish to direct your enquiry to them at foi@northyorks.gov.uk."),
        ("p", "If you are not satisfied with this response you may ask the Council to review it by writing to me at the above address. You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
        ("p", "Yours sincerely,"),
        ("gap",),
        ("p", "Mrs Sandra Pickering\nTown Clerk & RFO"),
    ]
    write_scan(path, b, seed=6, angle=0.8)
