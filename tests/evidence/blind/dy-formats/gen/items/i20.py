from lib import write_docx
EXT = "docx"
REQUEST = """
Dear Network Rail,

I would like to request the following information under the Freedom of Information Act 2000 regarding CCTV at the stations Network Rail manages:

1. The total number of CCTV cameras at Network Rail managed stations.
2. The manufacturers of those cameras.
3. Are any of them made by Hikvision or Dahua?
4. The number of cameras at each managed station.

Yours faithfully,
Hannah Cole
"""
LABEL = dict(body_type="other", law="foia", hikvision="yes", dahua="unknown", outcome="partially_answered",
             exemptions=["s24", "s31"], camera_count=None,
             note="total given only as a range (no figure); manufacturers given as a non-exhaustive 'including' list naming Hikvision, so Dahua stays unknown; Q3 only 'see Q2'; per-station figures withheld s24/s31")

def build(path):
    b = [
        ("p", "Freedom of Information\nNetwork Rail\nWaterloo General Offices\nLondon SE1 8SW"),
        ("p", "FOI2024/00872\n22 July 2024"),
        ("p", "Dear Ms Cole,"),
        ("b", "Information request"),
        ("p", "Thank you for your request of 24 June 2024 for information about CCTV at Network Rail managed stations. I have processed your request under the Freedom of Information Act 2000 (FOIA)."),
        ("p", "Please accept my apologies for the delay in responding."),
        ("p", "I can confirm that we hold some of the information you have requested. I have set out our response to each question below."),
        ("b", "1. The total number of CCTV cameras at Network Rail managed stations."),
        ("p", "There are between 7,000 and 8,000 CCTV cameras across our 20 managed stations. The exact figure changes frequently as a result of station works, and cameras operated by train operating companies and retail tenants are not included."),
        ("b", "2. The manufacturers of those cameras."),
        ("p", "Our station CCTV estate has been installed over a long period by a number of contractors and includes equipment from several manufacturers, including Axis, Bosch, Hanwha, Panasonic and Hikvision."),
        ("b", "3. Are any of them made by Hikvision or Dahua?"),
        ("p", "Please see our response to question 2."),
        ("b", "4. The number of cameras at each managed station."),
        ("p", "I am withholding this information under sections 24(1) and 31(1)(a) of FOIA. Railway stations are crowded places and are part of the UK's critical national infrastructure. Information about the density of CCTV coverage at individual stations would, when put together with other information in the public domain, help anyone planning an attack or criminal activity to identify stations or areas with less coverage. I have considered the public interest in disclosure, including transparency about how public money is spent on station security, but I have concluded that it is outweighed by the public interest in protecting passengers, staff and the railway network. I have attached a copy of the public interest test I carried out."),
        ("p", "If you are dissatisfied with this response, please contact us within 40 working days to ask for an internal review: FOI@networkrail.co.uk. If you remain dissatisfied following the outcome of the review, you may complain to the Information Commissioner's Office. Details are available at ico.org.uk."),
        ("p", "The information supplied to you is owned by Network Rail unless otherwise stated and may be protected by copyright. You are free to use it for your own purposes, including for private study and non-commercial research."),
        ("p", "Yours sincerely,"),
        ("p", "Marcus Adeyemi\nInformation Officer"),
    ]
    write_docx(path, b, header=["NetworkRail"], footer="Network Rail Infrastructure Limited Registered Office: Waterloo General Office, London, SE1 8SW Registered in England and Wales No. 2904587 www.networkrail.co.uk")
