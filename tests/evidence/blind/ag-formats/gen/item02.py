from lib import *
from docxlib import *
NN = "02"
write_request(NN, """Dear Sir/Madam,

Please can you provide the following under the Freedom of Information Act:

a) The number of CCTV cameras in operation at each of the Trust's hospital sites.
b) The manufacturer(s) of those cameras.
c) Whether any cameras are made by Hikvision.
d) Whether any cameras are made by Dahua.
e) Whether any of the Trust's CCTV has facial recognition or audio recording capability enabled.

Many thanks,
Priya Raman
""")
d = new_doc()
letterhead(d, ["Royal Berkshire NHS Foundation Trust", "Information Governance Department", "London Road, Reading RG1 5AN",
               "Tel: 0118 322 7011   foi.requests@royalberkshire.nhs.uk"])
para(d, "Ms P Raman\nBy email only")
para(d, "Date: 14 November 2024\nOur ref: FOI 2024/1187")
para(d, "Dear Ms Raman,")
para(d, "Re: Freedom of Information Act 2000 - Request for Information")
para(d, "Thank you for your request for information dated 21 October 2024, which has been processed under the Freedom of Information Act 2000. The Trust's response to each part of your request is set out below.")
para(d, "a) The number of CCTV cameras in operation at each of the Trust's hospital sites.", bold=True)
para(d, "Please see the table below. The figures are taken from the Estates CCTV asset list as at 1 November 2024 and include internal and external cameras.")
table(d, [["Site", "Internal", "External", "Total"],
          ["Royal Berkshire Hospital, Reading", "187", "61", "248"],
          ["West Berkshire Community Hospital, Thatcham", "34", "12", "46"],
          ["Prince Charles Eye Unit, Windsor", "9", "4", "13"],
          ["Townlands Memorial Hospital, Henley", "11", "6", "17"],
          ["Bracknell Healthspace", "7", "3", "10"],
          ["Total", "248", "86", "334"]], bold_last=True)
para(d, "b) The manufacturer(s) of those cameras.", bold=True)
para(d, "Avigilon, Hanwha Vision (formerly Samsung Techwin) and Hikvision. Recording is on Avigilon Control Center servers at all sites.")
para(d, "c) Whether any cameras are made by Hikvision.", bold=True)
para(d, "Yes. 41 of the external cameras at the Royal Berkshire Hospital car parks are Hikvision. These are covered by the car park management contract and are scheduled for replacement during 2026/27 subject to capital funding.")
para(d, "d) Whether any cameras are made by Dahua.", bold=True)
para(d, "No.")
para(d, "e) Whether any of the Trust's CCTV has facial recognition or audio recording capability enabled.", bold=True)
para(d, "No. Neither facial recognition nor audio recording is enabled on any Trust CCTV camera.")
para(d, "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original request and should be addressed to the Head of Information Governance at the address above.")
para(d, "If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para(d, "Yours sincerely,")
para(d, "\n\nMarcus Ellery\nFreedom of Information Officer\nOn behalf of Royal Berkshire NHS Foundation Trust")
header_footer(d, foot="FOI 2024/1187 - OFFICIAL")
d.save(path(f"{NN}-reply.docx"))
append_label(NN, "docx", "nhs", "foia", "yes", "no", "answered", [], 334,
             "Straightforward per-site table with a total row, but the Hikvision cameras are scheduled for future replacement and a subset count (41) sits beside the total.")
