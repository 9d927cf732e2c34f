from lib import write_pdf
EXT = "pdf"
REQUEST = """
Dear Carmarthenshire County Council,

This is a request under the Freedom of Information Act 2000 about body worn video (BWV).

a) How many body worn cameras does the Council use, and in which departments?
b) What is the make and model of the body worn cameras?
c) Are any of the body worn cameras made by Hikvision or Dahua?
d) How long is body worn footage retained?

Yours faithfully,
Owain Harries
"""
LABEL = dict(body_type="welsh_council", law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[],
             camera_count=42,
             note="request is only about body-worn video (42, all Reveal); the reply volunteers that the out-of-scope town centre CCTV includes Hikvision, which must not decide the BWV answer")

def build(path):
    b = [
        ("p", "Ein cyf / Our ref: FOI-CCC-2024-2207\nDyddiad / Date: 9 September 2024\nGofynnwch am / Please ask for: Sian Bowen"),
        ("p", "Dear Mr Harries"),
        ("b", "Freedom of Information Act 2000 – Request for Information: Body Worn Video"),
        ("p", "I refer to your request for information dated 12 August 2024. Please find below the Council's response."),
        ("b", "a) How many body worn cameras does the Council use, and in which departments?"),
        ("table", [["Service", "Body worn cameras"],
                   ["Civil Parking Enforcement", "24"],
                   ["Environmental Enforcement", "12"],
                   ["Housing – Tenancy Support (lone working)", "6"]]),
        ("b", "b) What is the make and model of the body worn cameras?"),
        ("p", "All of the Council's body worn cameras are Reveal Media D-Series (models D5 and D7), managed through Reveal's DEMS 360 software."),
        ("b", "c) Are any of the body worn cameras made by Hikvision or Dahua?"),
        ("p", "No. For information, the Council's town centre CCTV system in Carmarthen, Llanelli and Ammanford, which falls outside the scope of your request, does include some Hikvision cameras; these are scheduled to be replaced during 2025."),
        ("b", "d) How long is body worn footage retained?"),
        ("p", "Footage that is not required for evidential purposes is automatically deleted after 31 days. Footage retained as evidence is held in accordance with the Council's retention schedule for the relevant enforcement case."),
        ("p", "If you are dissatisfied with the way the Council has handled your request, you may ask for an internal review within 40 working days by contacting the Information Governance Team, County Hall, Carmarthen SA31 1JP, or by email to foi@sirgar.gov.uk."),
        ("p", "If you are still dissatisfied following the internal review, you may contact the Information Commissioner's Office – Wales, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH (Tel: 0330 414 6421)."),
        ("p", "Please note that the copyright in the information supplied is owned by Carmarthenshire County Council. You are free to use it for your own purposes, including non-commercial research and private study."),
        ("p", "Yn gywir / Yours sincerely"),
        ("p", "Sian Bowen\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer"),
    ]
    write_pdf(path, b, letterhead=["Cyngor Sir Gâr / Carmarthenshire County Council", "Neuadd y Sir / County Hall", "Caerfyrddin / Carmarthen SA31 1JP"],
              footer="Croesawn ohebiaeth yn Gymraeg / We welcome correspondence in Welsh")
