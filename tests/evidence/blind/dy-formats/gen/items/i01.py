from lib import write_docx
EXT = "docx"
REQUEST = """
From: Martin Okafor <m.okafor.foi@protonmail.com>
To: foi@rushcliffe.gov.uk
Subject: Freedom of Information request - CCTV

Dear Rushcliffe Borough Council,

Under the Freedom of Information Act 2000 I would like to request the following information:

1. How many CCTV cameras does the council currently operate (public space, car parks and council buildings)?
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Please list the manufacturers of all cameras and the number from each.
5. Who maintains the system?

Thank you,
Martin Okafor
"""
LABEL = dict(body_type="council", law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
             camera_count=87, note="easy baseline: separate maker questions answered, per-site table with a total row")

def build(path):
    b = [
        ("p", "Our ref: FOI/24/0613\nDate: 14 May 2024"),
        ("p", "Mr M Okafor\nBy email: m.okafor.foi@protonmail.com"),
        ("p", "Dear Mr Okafor"),
        ("b", "Freedom of Information Act 2000 – Request for information: CCTV"),
        ("p", "Thank you for your request for information which we received on 19 April 2024. Please find our response to each of your questions below."),
        ("h", "1. How many CCTV cameras does the council currently operate (public space, car parks and council buildings)?"),
        ("p", "The Council currently operates the following cameras:"),
        ("table", [["Location", "Number of cameras"],
                   ["West Bridgford town centre (public space)", "22"],
                   ["Council car parks (6 sites)", "31"],
                   ["Rushcliffe Arena and Civic Centre", "19"],
                   ["Depot, Abbey Road", "9"],
                   ["Cotgrave and Bingham community sites", "6"],
                   ["Total", "87"]]),
        ("h", "2. Are any of these cameras manufactured by Hikvision?"),
        ("p", "Yes. Some of the car park cameras and the cameras at the Depot are Hikvision."),
        ("h", "3. Are any of these cameras manufactured by Dahua?"),
        ("p", "No."),
        ("h", "4. Please list the manufacturers of all cameras and the number from each."),
        ("bullets", ["Axis Communications – 41", "Hikvision – 34", "Bosch – 12"]),
        ("h", "5. Who maintains the system?"),
        ("p", "The system is maintained under contract by Eyewatch Security Systems Ltd (contract period April 2022 – March 2027)."),
        ("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to: Information Governance Officer, Rushcliffe Borough Council, Rushcliffe Arena, Rugby Road, West Bridgford, Nottingham NG2 7YG, or foi@rushcliffe.gov.uk."),
        ("p", "If you are dissatisfied with the outcome of the internal review, you can apply to the Information Commissioner's Office, who will consider whether we have complied with our obligations under the Act. The ICO can be contacted at: Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, or via www.ico.org.uk."),
        ("p", "Yours sincerely"),
        ("p", "Joanne Whitlock\nInformation Governance Officer\nTel: 0115 981 0472"),
    ]
    write_docx(path, b, header=["Rushcliffe Borough Council", "Rushcliffe Arena, Rugby Road, West Bridgford, Nottingham NG2 7YG"],
               footer="This information is supplied under the Freedom of Information Act 2000. Re-use may require permission of the copyright holder.")
