from lib import write_rtf
EXT = "rtf"
REQUEST = """
Dear London Borough of Hounslow,

I would be grateful if you could answer the following under the FOI Act. How many CCTV cameras does the council operate in total, including on housing estates? How many of these are made by Hikvision, and how many by Dahua? Have any Hikvision or Dahua cameras been removed since November 2022, and if so how many, and what was the cost of replacing them?

Many thanks
Raj Bhamra
"""
LABEL = dict(body_type="council", law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[],
             camera_count=1204,
             note="questions run on in one paragraph; total with thousands separator and sub-totals; 212 Hikvision cameras are historical (removed 2023), current Hikvision count 0")

def build(path):
    b = [
        ("p", "London Borough of Hounslow\nInformation Governance\nHounslow House, 7 Bath Road, Hounslow TW3 3EB"),
        ("p", "Request reference: LBH-11520\nDate: 4 April 2024"),
        ("p", "Dear Mr Bhamra,"),
        ("b", "Freedom of Information Request – CCTV cameras"),
        ("p", "Thank you for your request, which we received on 7 March 2024. We have dealt with it under the Freedom of Information Act 2000 and our response is below."),
        ("p", "The Council currently operates 1,204 CCTV cameras. This is made up of 684 public space cameras monitored from the Hounslow CCTV control room, 412 cameras on Council housing estates and 108 cameras at corporate buildings and depots."),
        ("p", "Hikvison: 0"),
        ("p", "Dahua: 0"),
        ("p", "During 2023 the Council removed 212 Hikvision cameras from its housing estates and replaced them with Hanwha Vision cameras as part of the estates CCTV refresh. No Dahua cameras have been removed as the Council has not used Dahua equipment. The cost of the replacement works was £486,300 (including installation), funded from the Housing Revenue Account capital programme."),
        ("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original letter and should be addressed to: Information Governance, Hounslow House, 7 Bath Road, Hounslow TW3 3EB, or email foi@hounslow.gov.uk."),
        ("p", "If you are dissatisfied with the outcome of the internal review, you can apply to the Information Commissioner, who will consider whether we have complied with our obligations under the Act and can require us to remedy any problems. You can find out more about how to do this, and about the Act in general, on the Information Commissioner's Office website at: https://ico.org.uk/."),
        ("p", "Yours sincerely,"),
        ("p", "Information Governance Team\nLondon Borough of Hounslow"),
    ]
    write_rtf(path, b, font="Calibri")
