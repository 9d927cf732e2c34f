from common import *

NN = "16"
write_request(NN, """
Dear Lincolnshire Police,

I would like to request the following information under the Freedom of Information Act 2000 regarding CCTV in custody:

Q1. How many CCTV cameras are installed in your custody suites?
Q2. Which company manufactured the cameras and recording equipment?
Q3. Are any of the cameras made by Hikvision or Dahua?
Q4. The names and job titles of the officers or staff responsible for the custody CCTV system.

Yours faithfully,
R. Osei
""")
p1 = [("h", "LINCOLNSHIRE POLICE"),
      ("small", "Freedom of Information Team, Police Headquarters, PO Box 999, Lincoln LN5 7PH"),
      ("blank", ""),
      ("p", "FOI Reference: 000784/24"),
      ("p", "Date: 28 June 2024"),
      ("blank", ""),
      ("p", "Dear R. Osei,"),
      ("b", "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION"),
      ("p", "I write in connection with your request for information which was received by Lincolnshire Police on 30 May 2024. "
            "Please find below our response."),
      ("b", "Q1. How many CCTV cameras are installed in your custody suites?"),
      ("p", "There are three hundred and twelve (312) CCTV cameras across the Force's custody suites at Lincoln and Boston, "
            "including cell, corridor, booking-in and vehicle dock cameras."),
      ("b", "Q2. Which company manufactured the cameras and recording equipment?"),
      ("b", "Q3. Are any of the cameras made by Hikvision or Dahua?"),
      ("p", "Lincolnshire Police can neither confirm nor deny that it holds any further information relevant to questions 2 "
            "and 3 by virtue of the following exemptions: Section 24(2) National Security; Section 31(3) Law Enforcement."),
      ("p", "Sections 24 and 31 are prejudice-based qualified exemptions. To confirm or deny whether any particular "
            "manufacturer's equipment is in use within the custody estate would identify potential vulnerabilities in "
            "systems that protect detained persons and staff. Any disclosure under FOI is a disclosure to the world at "
            "large. The Police Service will not divulge information if to do so would place the security of its estate at "
            "risk. Whilst there is a public interest in the transparency of policing operations and in the debate "
            "surrounding certain manufacturers, this is outweighed by the need to protect the integrity of police "
            "systems. This should not be taken as an indication that the information you have requested does or does "
            "not exist."),
      ("b", "Q4. The names and job titles of the officers or staff responsible for the custody CCTV system."),
      ("p", "The custody CCTV system is the responsibility of the Chief Inspector, Criminal Justice. The names of individual "
            "officers and staff are personal data and are exempt under Section 40(2) of the Act; disclosure would breach "
            "the first data protection principle as it would not be fair or lawful.")]
p2 = [("p", "This letter serves as a Refusal Notice under Section 17 of the Act in respect of Q2, Q3 and the names requested at Q4."),
      ("blank", ""),
      ("b", "Complaint Rights"),
      ("p", "If you are dissatisfied with the response you have been provided with, in compliance with the Freedom of "
            "Information legislation, you can lodge a complaint with Lincolnshire Police to have the decision reviewed "
            "within 40 working days of the date of this response. The complaint should be sent to the Freedom of "
            "Information Team at the address above."),
      ("p", "If, after lodging a complaint with Lincolnshire Police, you are still unhappy with the outcome, you may make "
            "an application to the Information Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
      ("blank", ""),
      ("p", "Yours sincerely,"),
      ("blank", ""),
      ("p", "Paula Stringer"),
      ("p", "Freedom of Information Officer"),
      ("blank", ""),
      ("small", "Please note: information released under FOI is subject to the Re-use of Public Sector Information Regulations 2015.")]
scanned_pdf(out(f"{NN}-reply.pdf"), [p1, p2], dpi=240, skew=-0.9, seed=16)
add_label(NN, "pdf", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31", "s40"], 312,
          "Two-page scanned image PDF; count in words and digits; NCND s24(2)/s31(3) on makers; s40(2) for names.")
