from lib import write_ods
EXT = "ods"
REQUEST = """
Dear Thurrock Council,

I am making a request about the cameras the council uses to catch fly-tippers.

Q1 How many cameras does the council use for fly-tipping enforcement?
Q2 What make and model are they?
Q3 Where are they currently deployed?
Q4 How many fixed penalty notices for fly-tipping were issued in 2023 as a result of camera evidence?

Thank you,
Shirin Patel
"""
LABEL = dict(body_type="council", law="eir", hikvision="yes", dahua="no", outcome="partially_answered",
             exemptions=["EIR 12(5)(b)"], camera_count=14,
             note="handled under EIR; request is only about fly-tipping cameras so their facts are the answer; count summed from equipment sheet, locations withheld under reg 12(5)(b)")

def build(path):
    resp = [
        ["Thurrock Council - Information Request", ""],
        ["Reference", "EIR/14482/24"],
        ["Received", "19/02/2024"],
        ["Response", "15/03/2024"],
        ["", ""],
        ["Legislation", "Your request has been considered under the Environmental Information Regulations 2004 (EIR), as the information relates to measures affecting the state of the land (regulation 2(1)(c)), rather than the Freedom of Information Act 2000."],
        ["", ""],
        ["Question", "Answer"],
        ["Q1 How many cameras does the council use for fly-tipping enforcement?", "See tab 'Equipment'."],
        ["Q2 What make and model are they?", "See tab 'Equipment'."],
        ["Q3 Where are they currently deployed?",
         "Withheld. Regulation 12(5)(b) - disclosure would adversely affect the ability of the Council to conduct an inquiry of a criminal nature. Cameras are redeployed to hot-spot locations and publishing current locations would allow offenders to avoid them. The public interest in maintaining the exception outweighs the public interest in disclosure."],
        ["Q4 How many fixed penalty notices for fly-tipping were issued in 2023 as a result of camera evidence?", 87],
        ["", ""],
        ["Review", "If you are dissatisfied you may request an internal review under regulation 11 within 40 working days by emailing information.matters@thurrock.gov.uk. You may then complain to the Information Commissioner's Office (www.ico.org.uk)."],
        ["", ""],
        ["Information Management Team, Thurrock Council, Civic Offices, New Road, Grays RM17 6SL", ""],
    ]
    equip = [
        ["Make", "Model", "Qty", "Power / connectivity", "Notes"],
        ["HIKVISION", "DS-2XS6A25G0-I/CH20S40 solar 4G kit", 9, "Solar, 4G", "Purchased 2022"],
        ["Reolink", "Go PT Plus", 3, "Battery/solar, 4G", ""],
        ["Enforcer (Ultra Secure Ltd)", "Enforcer 4G rapid deployment", 2, "Battery, 4G", "On loan from Essex Police partnership until 2025"],
    ]
    write_ods(path, [("Response", resp), ("Equipment", equip)])
