import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pdfhelp import build
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "04-reply.pdf")
H = ["Westmarch Constabulary", "Information Rights Unit", "Force Headquarters, Castle Row, Kingsbury KB1 4AZ",
     "foi@westmarch.police.uk"]
blocks = [
 ("p", "Mr D Reyes-Hart\nBy email\n\nFreedom of Information Reference No: 001847/24\nDate: 22 November 2024"),
 ("p", "Dear Mr Reyes-Hart"),
 ("h", "FREEDOM OF INFORMATION REQUEST"),
 ("p", "I write in connection with your request for information received by Westmarch Constabulary on 25 October 2024. Your request has now been considered and I am able to provide the following response. Some of the information you have requested is exempt from disclosure, and this letter acts as a Refusal Notice for that part of your request under section 17 of the Freedom of Information Act 2000 (the Act)."),
 ("h", "Number of cameras"),
 ("p", "Westmarch Constabulary operates 212 CCTV cameras across its estate. These are located at police stations, custody suites, front enquiry offices, vehicle compounds and the Force Headquarters site."),
 ("p", "The Force Control Room at Kingsbury also houses the public space CCTV monitoring function for Kingsbury City Council and Lowfield District Council under a joint monitoring agreement. Those public space cameras (340 at the time of this response) are owned, maintained and operated by the two councils, which remain the data controllers for the system; the Constabulary provides accommodation and a number of operators who view the feeds. The Constabulary does not hold asset information such as the makes, models or locations of the council-owned cameras. You may wish to make a request directly to the councils concerned."),
 ("h", "Manufacturers / Hikvision or Dahua equipment / Locations"),
 ("p", "This information, in so far as it relates to the cameras operated by the Constabulary, is exempt from disclosure by virtue of the following exemptions:"),
 ("b", "Section 24(1) \u2013 National Security"),
 ("b", "Section 31(1)(a)(b) \u2013 Law Enforcement"),
 ("p", "Sections 24 and 31 are qualified, prejudice-based exemptions, which means that the Constabulary must evidence the harm that would arise from disclosure and consider the public interest."),
 ("h", "Harm"),
 ("p", "Disclosure under the Act is a disclosure to the world at large. Identifying the manufacturers of the security equipment protecting police premises, together with the locations of cameras, would allow individuals intent on criminal or terrorist activity to identify vulnerabilities in particular systems, to target known weaknesses in specific makes of equipment and to map areas of police buildings which are not covered. This would compromise the security of police premises, custody facilities and the staff and detained persons within them."),
 ("h", "Public Interest Test"),
 ("p", "Factors favouring disclosure: Disclosure would promote transparency in the way public money is spent on security equipment and would inform the public debate regarding the use of equipment from particular manufacturers in the public sector."),
 ("p", "Factors favouring non-disclosure: The security of the police estate is of paramount importance and the Constabulary will not disclose information which would assist those intent on causing harm. Any weakening of the security of police premises would hinder the prevention and detection of crime and would put the public and officers at risk."),
 ("h", "Balance test"),
 ("p", "Whilst there is a public interest in transparency, there is a very strong public interest in safeguarding the security of the police estate and the integrity of police operations. On balance the Constabulary considers that the public interest favours withholding the information."),
 ("h", "Complaint Rights"),
 ("p", "If you are dissatisfied with this response you may request an independent internal review within 40 working days by writing to the Information Rights Unit at the address above. If you remain dissatisfied after the internal review you may complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
 ("p", "Yours sincerely\n\n\nK. Adeyemi-Lowe\nDisclosure Officer\nInformation Rights Unit"),
]
build(out, blocks, H, "OFFICIAL")
