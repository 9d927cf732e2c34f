from lib import *
write_request("01", """
Dear Freedom of Information Officer,

Under the Freedom of Information Act 2000 I would like to ask:

1. How many CCTV cameras does the Council currently operate?
2. For each site, please give the number of cameras and the manufacturer.
3. Is any of the Council's CCTV equipment (cameras or recorders) made by Hikvision or Dahua?
4. Does the Council use facial recognition on any of its CCTV?

Many thanks,
Imogen Pryce
""")
rows = [["Site", "Cameras", "Camera make", "Recorder", "Recorder make"],
        ["Civic Centre, Station Road", "24", "Axis", "Server (VMS)", "Milestone / Dell"],
        ["Market Square (public space)", "12", "Axis", "Control room", "Milestone / Dell"],
        ["Bus Station", "9", "Hanwha", "NVR x1", "Hikvision"],
        ["Riverside Car Park", "7", "Hanwha", "NVR x1", "Hikvision"],
        ["Hollins Street MSCP", "14", "Axis", "NVR x2", "Axis"],
        ["Bradwell Lane Depot", "6", "Hanwha", "DVR x1", "Hikvision"],
        ["Eastfield Cemetery", "3", "Hanwha", "DVR x1", "Hikvision"],
        ["Town Hall", "5", "Axis", "Server (VMS)", "Milestone / Dell"],
        ["Northgate Park pavilion", "4", "Hanwha", "NVR x1", "Hanwha"],
        ["Fenmoor Museum *", "3", "Axis", "NVR x1", "Axis"],
        ["Total", "87", "", "8 units + VMS", ""]]
blocks = [
    ("b", "Fenmoor District Council"),
    ("p", "Information Governance Team<br/>Civic Centre, Station Road, Fenmoor, FN4 2QD<br/>foi@fenmoor-dc.gov.uk &nbsp; 01762 448 210"),
    ("sp", 8),
    ("p", "Ms I Pryce<br/>By email"),
    ("p", "Our ref: FOI/24/0917<br/>Date: 14 October 2024"),
    ("b", "Freedom of Information Act 2000 - Request for Information"),
    ("p", "Dear Ms Pryce,"),
    ("p", "Thank you for your request for information received on 18 September 2024. I can confirm that the Council holds information within the scope of your request, which is set out below."),
    ("p", "<b>Questions 1 and 2</b><br/>The Council's CCTV by site is as follows:"),
    ("table", rows, [58, 18, 26, 30, 34], "plain", {"bold_rows": [11], "right_cols": [1]}),
    ("small", "* Museum cameras are owned by the Council but monitored by the Friends of Fenmoor Museum volunteers during opening hours.<br/>"
              "Figures exclude the leisure centres transferred to Fenmoor Leisure Trust in April 2022 and the housing stock, which is managed by Fenmoor Homes Ltd."),
    ("p", "<b>Question 3</b><br/>Please refer to the table provided in response to questions 1 and 2, which lists the manufacturer of both cameras and recording equipment at each site."),
    ("p", "<b>Question 4</b><br/>No. The Council does not use facial recognition technology."),
    ("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this letter and should be addressed to the Information Governance Manager at the address above."),
    ("p", "If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    ("p", "Yours sincerely,"),
    ("p", "Darren Whitlow<br/>Information Governance Officer"),
]
pdf("01-reply.pdf", blocks, footer="Fenmoor District Council - OFFICIAL")
label("01", "pdf", "council", "foia", "yes", "no", "answered", [], 87,
      "Borderless PDF table with cameras and recorders side by side; Hikvision appears only as recorder make and Q3 is answered by 'refer to the table'.")
