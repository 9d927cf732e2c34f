from lib import *
from pdflib import Letter
NN = "14"
write_request(NN, """Dear University of Dundee

Please supply the following under FOISA:

1. The number of CCTV cameras operated by the University.
2. The manufacturers of these cameras, with the number from each manufacturer.
3. Are any of the cameras made by Hikvision or Dahua?
4. How much has the University spent on CCTV cameras in each of the last five financial years?

Yours faithfully
Iain Gillespie
""")
L = Letter(head="University of Dundee - Information Governance - F2025/093", foot="University of Dundee is a registered Scottish charity, No: SC015096")
L.letterhead("UNIVERSITY OF DUNDEE", ["Information Governance", "Nethergate, Dundee DD1 4HN", "foi@dundee.ac.uk"])
L.p("Mr I Gillespie\nBy email", gap=3)
L.p("Our reference: F2025/093\n9 May 2025", gap=4)
L.p("Dear Mr Gillespie")
L.p("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", style="B")
L.p("Thank you for your request dated 11 April 2025. I have set out our response below.")
L.p("1. The number of CCTV cameras operated by the University.", style="B")
L.p("The University operates 618 CCTV cameras across its City Campus, Kirkcaldy campus and associated buildings.")
L.p("2. The manufacturers of these cameras, with the number from each manufacturer.", style="B")
L.p("3. Are any of the cameras made by Hikvision or Dahua?", style="B")
L.p("The University is withholding the information requested at questions 2 and 3 under section 35(1)(a) of FOISA. This exempts information if its disclosure would, or would be likely to, prejudice substantially the prevention or detection of crime.")
L.p("Information about the manufacturer and models of security cameras would allow anyone who wished to do so to identify any known weaknesses, including published firmware vulnerabilities, in the University's systems and to exploit them, for example to disable recording ahead of a theft or to gain access to the University network. The University holds high-value research equipment, controlled substances and animal facilities which have previously been targeted. We consider the substantial prejudice test to be met.")
L.p("Section 35(1)(a) is subject to the public interest test. We recognise the public interest in transparency and in public debate about the security of surveillance technology from particular suppliers. However, we consider the public interest in protecting the University's staff, students, property and network from crime to be greater, and that the public interest in maintaining the exemption therefore outweighs that in disclosure.")
L.p("4. How much has the University spent on CCTV cameras in each of the last five financial years?", style="B")
L.p("The University does not record expenditure on CCTV cameras separately. Cameras are purchased as part of wider security, building and refurbishment projects and are not separately identified in the University's finance system. In terms of section 17 of FOISA, I therefore give you notice that the University does not hold this information.")
L.p("Your right to seek a review", style="B")
L.p("Should you be dissatisfied with the way in which the University has dealt with your request, you have the right to require us to review our actions and decisions. If you wish to request a review, please write within 40 working days to the University Secretary, University of Dundee, Nethergate, Dundee DD1 4HN, or email foi@dundee.ac.uk. A review will be carried out by senior staff not involved in the original decision.")
L.p("If you are not satisfied with the outcome of the review, you have the right to apply to the Scottish Information Commissioner for a decision. Appeals can be made online at https://www.foi.scot/appeal or by post to Kinburn Castle, Doubledykes Road, St Andrews, Fife, KY16 9DS. You must appeal within six months of receiving our review response.")
L.p("Should you then be dissatisfied with the decision of the Scottish Information Commissioner you have the right to appeal to the Court of Session on a point of law only.")
L.p("Yours sincerely", gap=6)
L.p("Rhona Macleod\nInformation Governance Officer")
L.output(path(f"{NN}-reply.pdf"))
append_label(NN, "pdf", "university", "foisa", "unknown", "unknown", "partially_answered", ["s35", "s17"], 618,
             "Scottish university gives the count but withholds makers under FOISA s35(1)(a) and issues a s17 not-held notice for costs, so the exemption list mixes a withholding exemption with a not-held notice.")
