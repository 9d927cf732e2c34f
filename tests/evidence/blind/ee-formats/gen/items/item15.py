import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 15
write_text(f"{N:02d}-request.txt", """
Dear Mercia Downs Police,

Freedom of Information request:

Q1 Does the force currently use any CCTV cameras or recorders manufactured by Hikvision or Dahua at any of its premises?
Q2 If so, how many?
Q3 At which premises are they installed?
Q4 Has the force set a date for removing them?

Yours faithfully,
Peregrine Ashworth-Lamb
""")

p1 = [
    "##MERCIA DOWNS POLICE",
    "**Information Access Team",
    "PO Box 4410, Hereward Way, Ledbury Cross, MD6 2PP",
    "---",
    ">>Our reference: FOI/2024/2196",
    ">>Date: 05 December 2024",
    "",
    "Dear Mr Ashworth-Lamb",
    "",
    "**FREEDOM OF INFORMATION ACT 2000 - REQUEST REF: FOI/2024/2196",
    "",
    "I write in connection with your request for information dated 7 November",
    "2024 concerning CCTV equipment manufactured by Hikvision or Dahua.",
    "",
    "**Response",
    "Mercia Downs Police can neither confirm nor deny that it holds the information",
    "you have requested, by virtue of the following exemptions:",
    "",
    "        Section 24(2) - National Security",
    "        Section 31(3) - Law Enforcement",
    "",
    "Sections 24 and 31 are prejudice based qualified exemptions, which means that",
    "the force must evidence the harm in confirming or denying that information is",
    "held and consider the public interest.",
    "",
    "**Harm in confirming or denying",
    "To confirm or deny whether equipment from any named manufacturer is in use on",
    "the police estate would disclose information about the security measures in",
    "place at police premises. Where other forces have responded to similar requests,",
    "the cumulative effect of such disclosures would allow a picture to be built of",
    "the equipment in use across the country, identifying forces with perceived",
    "vulnerabilities. This would be of use to those intent on criminal or terrorist",
    "activity.",
]
p2 = [
    ">>FOI/2024/2196  Page 2",
    "",
    "**Public interest test",
    "Factors favouring confirmation or denial: there is a public interest in the",
    "force being open about the procurement of equipment with public money and",
    "about whether it has acted on the Government's announcement of November 2022.",
    "",
    "Factors against confirmation or denial: the security of police premises and",
    "the information held within them; the safety of officers, staff and the",
    "public; the force's ability to prevent and detect crime.",
    "",
    "**Balance test",
    "The force is committed to openness and transparency, but not where this",
    "would compromise national security or law enforcement. Having weighed the",
    "factors above the force has concluded that the balance favours neither",
    "confirming nor denying whether the requested information is held.",
    "",
    "No inference should be taken from this response as to whether or not the",
    "information you have requested is held.",
    "",
    "This letter serves as a Refusal Notice under section 17 of the Act.",
    "",
    "If you are dissatisfied with this response you may request an internal review",
    "within 40 working days. You may then complain to the Information",
    "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
    "",
    "Yours sincerely",
    "",
    "",
    "Darren Okwuosa",
    "Information Access Officer",
]
render_scan(f"{N:02d}-reply.pdf", [p1, p2], seed=15, skew=(-1.8, -0.9), size=30, noise=0.02, blur=0.8,
            font="LiberationSans-Regular.ttf", bold_font="LiberationSans-Bold.ttf")

label(N, "scan", "pdf", "police", "foia", "unknown", "unknown", "refused", ["s24", "s31"], None,
      "two-page skewed, speckled scan with no text layer; NCND for the whole request under s24(2)/s31(3)")
