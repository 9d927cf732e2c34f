from common import *

NN = "11"
write_request(NN, """
Kent Police FOI

Question 1: How many CCTV cameras are installed in Kent Police custody suites?
Question 2: Are any of the custody CCTV cameras manufactured by Hikvision or Dahua?
Question 3: If yes to Q2, how many, and are there plans to replace them?

Jordan Mayhew
""")
P = lambda t: ("p", t)
blocks = [
    ("l", "OFFICIAL"),
    ("b", "KENT POLICE"),
    ("l", "Information Access Team, Police Headquarters, Sutton Road, Maidstone ME15 9BZ"),
    ("rule", ""),
    ("right", "Reference: FOI/KP/2024/11873"),
    ("right", "Date: 4 October 2024"),
    ("l", "Dear Mr Mayhew"),
    ("gap", None),
    ("b", "FREEDOM OF INFORMATION REQUEST"),
    P("Thank you for your email dated 9 September 2024 in which you requested information regarding CCTV "
      "cameras in Kent Police custody suites. Your request has been considered under the Freedom of "
      "Information Act 2000 (the Act)."),
    ("b", "Decision"),
    P("Kent Police is unable to provide the number of cameras installed in custody suites (Question 1) as "
      "this information is exempt under section 24(1) National Security and section 31(1)(a)(b) Law "
      "Enforcement of the Act."),
    P("In respect of Questions 2 and 3, Kent Police can neither confirm nor deny whether it holds any "
      "information relevant to your request by virtue of the following exemptions: section 24(2) National "
      "Security and section 31(3) Law Enforcement."),
    P("Section 17 of the Act requires Kent Police, when refusing to provide such information (because the "
      "information is exempt), to provide you with a notice which (a) states that fact, (b) specifies the "
      "exemption in question and (c) states (if that would not otherwise be apparent) why the exemption "
      "applies."),
    ("b", "Harm"),
    P("Confirming or denying the make of equipment used within secure custody environments, or the extent of "
      "camera coverage, would allow individuals intent on criminal or hostile activity to build a picture of "
      "the technical vulnerabilities of police premises. Any disclosure under the Act is a disclosure to the "
      "world at large. Information on the suppliers of security systems across police forces, when "
      "assembled by requesters from several forces (the mosaic effect), could be used to target a particular "
      "product known to have security weaknesses."),
    ("b", "Public interest test"),
    P("Factors favouring disclosure: confirmation would inform the public debate about the use of "
      "equipment from certain foreign manufacturers and demonstrate that public funds are being spent "
      "appropriately."),
    P("Factors against disclosure: the security of police buildings and of detained persons, staff and "
      "visitors is paramount; weakening that security would hinder the prevention and detection of crime."),
    P("Balance: whilst there is a public interest in transparency, the safety of the public and the "
      "security of police estate must take precedence. The balance therefore lies in favour of maintaining "
      "the exemptions. We considered whether section 38 (Health and Safety) was also relevant but have not "
      "relied on it."),
    P("No inference can be taken from this refusal that information does or does not exist."),
    ("b", "Complaint rights"),
    P("If you are dissatisfied with this response you may request an internal review by writing to the "
      "Information Access Team within 40 working days. If you remain dissatisfied after the review you have "
      "the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
      "Wilmslow, Cheshire SK9 5AF."),
    ("l", "Yours sincerely"),
    ("gap", 1.2),
    ("l", "Disclosure Officer\nInformation Access Team"),
    ("gap", None), ("l", "OFFICIAL"),
]
render_scan(blocks, OUT / f"{NN}-reply.pdf", angle=0.5, seed=11, size=24, noise=22, speckle=1500)
add_label(NN, "pdf", "police", "foia", "unknown", "unknown", "refused", ["s24", "s31"], None,
          "Scanned two-page refusal: count withheld (s24/s31) and makers NCND; s17 and a considered-but-unused s38 must not be listed.")
