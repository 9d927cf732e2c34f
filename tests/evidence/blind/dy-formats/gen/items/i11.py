from lib import write_docx
EXT = "docx"
REQUEST = """
Dear Falkirk Council,

Under the Freedom of Information (Scotland) Act 2002 I request:

Q1 - How many public space CCTV cameras does the Council operate?
Q2 - How many of them are manufactured by Hikvision?
Q3 - How many of them are manufactured by Dahua?
Q4 - The total cost of the public space CCTV system (capital and maintenance) in each of the last five financial years.

Yours faithfully,
Morag Lindsay
"""
LABEL = dict(body_type="council", law="foisa", hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s17"],
             camera_count=190,
             note="approximate total ('approximately 190'); Hikvision cameras still installed but being replaced by March 2026 = in use now; FOISA s17 notice for earlier cost years")

def build(path):
    b = [
        ("p", "Our Ref: FOI-24-03381\nYour Ref: n/a\nDate: 29 October 2024"),
        ("p", "Morag Lindsay\nBy email"),
        ("p", "Dear Ms Lindsay"),
        ("b", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION"),
        ("p", "I refer to your request for information received on 1 October 2024. Your request has been considered under the Freedom of Information (Scotland) Act 2002 (FOISA) and I am now in a position to respond."),
        ("b", "Q1 - How many public space CCTV cameras does the Council operate?"),
        ("p", "The Council's public space CCTV system currently comprises approximately 190 cameras covering Falkirk town centre, Grangemouth, Bo'ness, Denny, Stenhousemuir and Larbert. The number changes from time to time as cameras are moved or replaced."),
        ("b", "Q2 - How many of them are manufactured by Hikvision?"),
        ("p", "Around 40 of the cameras are Hikvision units installed between 2017 and 2019. These are being replaced through the Council's CCTV Upgrade Programme, which is due to complete by March 2026. Until their replacement these cameras remain in operation."),
        ("b", "Q3 - How many of them are manufactured by Dahua?"),
        ("p", "The Council does not have any Dahua equipment."),
        ("b", "Q4 - The total cost of the public space CCTV system (capital and maintenance) in each of the last five financial years."),
        ("table", [["Financial year", "Capital (£)", "Maintenance (£)"],
                   ["2022/23", "14,200", "61,880"],
                   ["2023/24", "212,450", "63,105"]]),
        ("p", "The Council migrated to a new finance system in April 2022 and coded expenditure on CCTV before that date was not separately identified. In terms of section 17 of FOISA, I must therefore advise that the Council does not hold cost information for 2019/20, 2020/21 or 2021/22 in the form requested."),
        ("b", "Your right to seek a review"),
        ("p", "If you are unhappy with this response, you have the right to ask the Council to review its decision. Your request for a review must be made in writing, within 40 working days of receiving this response, to: Review Officer, Corporate and Housing Services, Falkirk Council, Municipal Buildings, Falkirk FK1 5RS, or foi@falkirk.gov.uk."),
        ("p", "If you remain dissatisfied following the review, you have the right to apply to the Scottish Information Commissioner for a decision. You can apply online at www.foi.scot/appeal, or write to: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS. Should you then wish to appeal against the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only."),
        ("p", "Yours sincerely"),
        ("p", "Euan Baird\nInformation Governance Officer\nFalkirk Council"),
    ]
    write_docx(path, b, header=["Falkirk Council", "Corporate and Housing Services"], font="Calibri")
