import sys; sys.path.insert(0, "/work/blind/fe-mixed/gen")
from docx_helpers import *
d = new_doc("Arial", 10.5)
para(d, "North Calderbrook Teaching Hospitals NHS Foundation Trust", bold=True, size=13)
para(d, "Information Governance Department, Hollins Park Hospital, Moorside Lane, Calderbrook CB4 7TN", size=9)
para(d, "Tel: 01422 608 119   Email: nct-tr.foi@nhs.net", size=9)
para(d, "")
para(d, "Our Ref: FOI/2025/1043", bold=True)
para(d, "Date: 3 June 2025")
para(d, "")
para(d, "Dear Dr Brennan")
para(d, "Re: Freedom of Information Act 2000 - Request for Information", bold=True)
para(d, "Thank you for your request for information which was received by the Trust on 6 May 2025. The Trust has considered your request under the terms of the Freedom of Information Act 2000 (the Act) and our response is set out below.")
qa = [
 ("1) How many CCTV cameras does the Trust operate across all of its sites?",
  "The Trust operates approximately 640 CCTV cameras across its three hospital sites (Hollins Park Hospital, Calderbrook General Hospital and Todmere Community Hospital) and its community premises. This figure excludes body worn cameras used by the security team."),
 ("2) Please list the manufacturers of these cameras.",
  "The Trust's CCTV estate is predominantly Avigilon and Axis Communications, with a smaller number of Hikvision cameras at Hollins Park Hospital (see question 3)."),
 ("3) Are any of the Trust's cameras manufactured by Hikvision? If so, how many?",
  "Yes. There are 57 Hikvision units at Hollins Park Hospital, installed in 2018 as part of the car park extension. These are being phased out under the Trust's Security Improvement Programme and will be replaced with Avigilon units by March 2026."),
 ("4) Are any of the Trust's cameras manufactured by Dahua? If so, how many?",
  "No. The Trust does not have any cameras manufactured by Dahua."),
 ("5) Does the Trust use facial recognition technology on any CCTV?",
  "No."),
 ("6) Which company maintains the Trust's CCTV, and what is the annual value of that contract?",
  "The Trust's CCTV is maintained by Sentinel Integrated Systems Ltd under a contract awarded following a competitive tender in 2023. The annual value of the contract is withheld under section 43(2) of the Act (commercial interests). Please see below."),
]
for q, a in qa:
    para(d, q, bold=True)
    para(d, a)
para(d, "Section 43(2) - Commercial interests", bold=True)
para(d, "Section 43(2) of the Act provides that information is exempt if its disclosure would, or would be likely to, prejudice the commercial interests of any person (including the public authority holding it). The contract is due for re-tender in 2026. Disclosure of the annual contract value would be likely to prejudice the commercial interests of the contractor, by revealing its pricing to competitors, and of the Trust, by weakening its negotiating position in the forthcoming procurement.")
para(d, "Public interest test", bold=True)
para(d, "Section 43(2) is a qualified exemption and the Trust must consider whether the public interest in maintaining the exemption outweighs the public interest in disclosure. The Trust recognises the public interest in openness and accountability for the expenditure of public money and in demonstrating that the Trust obtains value for money. However, the Trust considers there is a stronger public interest in protecting its ability to achieve best value in a competitive procurement process, and in not disadvantaging a supplier in a live market. Contract award notices, which do not include the annual breakdown requested, are published on Contracts Finder. Having weighed these factors, the Trust has concluded that the public interest favours maintaining the exemption.")
para(d, "This letter constitutes a refusal notice for the purposes of section 17 of the Act in respect of the information withheld.")
para(d, "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original letter and should be addressed to: Head of Information Governance, at the address above. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
para(d, "Please note that the information supplied to you is protected by copyright. You are free to use it for your own purposes, but any re-use, for example commercial publication, would require the permission of the copyright holder.")
para(d, "Yours sincerely")
para(d, "")
para(d, "Rebecca Lindqvist")
para(d, "Freedom of Information Officer")
para(d, "On behalf of North Calderbrook Teaching Hospitals NHS Foundation Trust")
d.save("/work/blind/fe-mixed/15-reply.docx")
