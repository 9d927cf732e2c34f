from lib import write_ods
EXT = "ods"
REQUEST = """
Subject: Freedom of Information Request: CCTV on campus

Dear University of Leicester FOI team,

Under the FOI Act please could you tell me:

(a) the number of CCTV cameras operated by the university, broken down by campus and by internal / external;
(b) whether the university uses cameras made by Hikvision, Dahua, or any of their subsidiaries (e.g. EZVIZ, Imou);
(c) the manufacturers of the cameras the university uses;
(d) whether any cameras have audio recording or facial recognition enabled;
(e) the amount spent on CCTV maintenance in financial year 2023/24.

Many thanks,
Priya Raman
(student, School of Geography)
"""
LABEL = dict(body_type="university", law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[],
             camera_count=499,
             note="count must be summed from a campus x internal/external sheet with no total; a 'No' to a question naming both makers and a closed manufacturer list")

def build(path):
    resp = [
        ["University of Leicester - Freedom of Information Act 2000", ""],
        ["Reference", "FOI-UoL-24-355"],
        ["Date received", "08/10/2024"],
        ["Date responded", "04/11/2024"],
        ["", ""],
        ["Request", "Response"],
        ["(a) the number of CCTV cameras operated by the university, broken down by campus and by internal / external",
         "Please see the sheet 'Camera numbers'."],
        ["(b) whether the university uses cameras made by Hikvision, Dahua, or any of their subsidiaries (e.g. EZVIZ, Imou)",
         "No."],
        ["(c) the manufacturers of the cameras the university uses",
         "Axis, Avigilon, Bosch and Hanwha. The University does not use cameras from any other manufacturer."],
        ["(d) whether any cameras have audio recording or facial recognition enabled",
         "No cameras record audio. Facial recognition is not used."],
        ["(e) the amount spent on CCTV maintenance in financial year 2023/24", "£38,420 (excl. VAT)"],
        ["", ""],
        ["Notes", "Figures are correct as at 31 October 2024. Cameras operated by third parties (e.g. retail tenants in the Percy Gee building and the Leicester Royal Infirmary site which is NHS-managed) are not included."],
        ["", ""],
        ["Internal review", "If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days by contacting foi@le.ac.uk. If you are not content with the outcome you may apply to the Information Commissioner's Office (https://ico.org.uk/make-a-complaint/)."],
        ["Copyright", "The information supplied is the copyright of the University of Leicester unless otherwise stated and may be re-used under the Open Government Licence."],
        ["", ""],
        ["Information Assurance Services, University of Leicester, University Road, Leicester LE1 7RH", ""],
    ]
    nums = [
        ["Campus", "Internal cameras", "External cameras"],
        ["Main campus (University Road)", 214, 131],
        ["Brookfield", 22, 18],
        ["Oadby Student Village", 41, 37],
        ["Freemen's Common", 16, 20],
    ]
    write_ods(path, [("FOI response", resp), ("Camera numbers", nums)])
