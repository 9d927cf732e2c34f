from lib import *
write_request("23", """
Dear Information Governance,

Request under FOIA:
1) How many CCTV cameras are there across the Service's estate?
2) Is any of the Service's CCTV equipment made by Hikvision or Dahua?
3) How much has the Service spent on CCTV (purchase, installation, maintenance) in each of the last three years, and with which suppliers?
4) Which company maintains the CCTV?

Thank you
Bernard Okafor
""")
parts = [
    ("b", "Humberdale Fire and Rescue Service"),
    ("p", "Information Governance, Service Headquarters, Summergangs Road, Kingsholme HU9 4RT"),
    ("p", "Our reference: HFRS-FOI-2024-188\nDate: 27 June 2024"),
    ("p", "Dear Mr Okafor,"),
    ("b", "Freedom of Information Act 2000 - your request of 30 May 2024"),
    ("p", "The Service has now completed its search for the information you requested and our response is as follows."),
    ("b", "Question 1"),
    ("p", "Approximately 240 cameras across 31 stations and support sites. An exact figure is not held centrally as cameras are added and removed during station refurbishments."),
    ("b", "Question 2"),
    ("p", "Yes. The Service still uses HIKVISION digital video recorders at six of its retained (on-call) stations; these were installed between 2015 and 2017. All other sites record to a central Milestone server."),
    ("b", "Question 3"),
    ("p", "The Service holds this information. It is withheld under section 43(2) of the Act (commercial interests). The Service is currently procuring a replacement CCTV and access control contract and disclosure of historic spend by supplier would be likely to prejudice that competition and the commercial interests of the suppliers concerned. We have considered the public interest test and concluded that the public interest in maintaining the exemption outweighs the public interest in disclosure at this time."),
    ("b", "Question 4"),
    ("table", [["Contractor", "Scope", "Contract end"],
               ["Vantage Security Group Ltd", "Maintenance of CCTV and intruder alarms, all sites", "31 March 2025"],
               ["In-house Estates team", "Minor repairs, camera repositioning", "n/a"]], [3000, 4300, 1700], [0], False),
    ("p", "If you are dissatisfied with the handling of your request you may ask for an internal review. Requests should be made within 40 working days to the Information Governance Manager. If you are still not satisfied you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    ("p", "Copyright: the information supplied is subject to the Service's copyright and may be re-used under the Open Government Licence."),
    ("p", "Yours sincerely,\n\nClaire Swaby\nInformation Governance Officer"),
]
rtf_doc("23-reply.rtf", parts, font="Calibri")
label("23", "rtf", "fire", "foia", "yes", "unknown", "partially_answered", ["s43"], 240,
      "RTF letter: approximate count ('Approximately 240'), a 'Yes' to a joint question that names only Hikvision (recorders), spend withheld under s43(2), borderless contractor table.")
