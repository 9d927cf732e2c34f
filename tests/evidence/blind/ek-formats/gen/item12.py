from scanhelp import *
from common import *
NN = "12"
write_request(NN, """
Dear Cheviot & Tweed Constabulary

I would like to request the following information under the Freedom of Information Act:

Q1. Does the force use any CCTV cameras or recorders manufactured by Hikvision?
Q2. Does the force use any CCTV cameras or recorders manufactured by Dahua?
Q3. How many CCTV cameras are installed in the force's custody suites?

Thank you
Lucy Barraclough
""")
blocks = [
 ("h", "CHEVIOT & TWEED CONSTABULARY"),
 ("c", "Information Disclosure Unit · Force Headquarters · Middle Hirst · Alnford NE66 4PQ"),
 ("line", None),
 ("p", "Ms L Barraclough"),
 ("r", "Reference: FOI/002197/24\nDate: 09/01/2025"),
 ("p", "Dear Ms Barraclough"),
 ("b", "FREEDOM OF INFORMATION ACT 2000 – REQUEST FOR INFORMATION"),
 ("p", "I write in connection with your request for information which was received by Cheviot & Tweed Constabulary on 4 December 2024. I note you seek access to the following information: [Q1 to Q3 as per your request]."),
 ("b", "Response"),
 ("p", "In accordance with the Freedom of Information Act 2000 this letter acts as a Refusal Notice under section 17 of the Act."),
 ("p", "Cheviot & Tweed Constabulary can neither confirm nor deny that it holds the information you requested at questions 1 and 2, as the duty in s1(1)(a) of the Act does not apply by virtue of the following exemptions:"),
 ("p", "   Section 23(5) – Information supplied by, or concerning, certain Security Bodies\n   Section 24(2) – National Security\n   Section 31(3) – Law Enforcement"),
 ("p", "In relation to question 3, the information is held, however it is exempt by virtue of s.24(1) and s.31(1)(a)(b)."),
 ("p", "Section 23 is an absolute class-based exemption and there is no requirement to consider the public interest. Sections 24 and 31 are prejudice-based qualified exemptions and the force has conducted a harm and public interest test, as set out below."),
 ("b", "Harm"),
 ("p", "Confirming or denying whether particular makes of equipment are in use within the police estate would allow those with criminal intent to build a picture of the security measures in place across forces, particularly if this force's response were compared with those of other forces. Disclosing the number of cameras in custody areas would likewise reveal the level of coverage within secure areas and could be exploited to the detriment of the safety of detained persons and staff."),
 ("b", "Public interest test"),
 ("p", "Factors favouring confirmation or denial and disclosure: the public is entitled to know how public funds are spent and there has been significant media interest in the use of equipment made by certain manufacturers in the public sector."),
 ("p", "Factors against: the security of the police estate and the effective delivery of operational law enforcement would be undermined, and the cumulative effect of similar requests to other forces (the 'mosaic effect') must be taken into account."),
 ("p", "Balance: Whilst there is a public interest in transparency, there is a very strong public interest in safeguarding national security and the integrity of police premises. The balance therefore favours neither confirming nor denying that information is held in respect of questions 1 and 2, and withholding the information in respect of question 3."),
 ("p", "None of the above should be taken as conclusive evidence that the information you have requested at questions 1 and 2 does or does not exist."),
 ("b", "Complaint rights"),
 ("p", "If you are dissatisfied with this response you may request an internal review by writing to the Information Disclosure Unit within 40 working days. If you remain dissatisfied after the review you may apply to the Information Commissioner."),
 ("p", "Yours sincerely"),
 ("gap", 1),
 ("p", "D. Fairbairn\nInformation Disclosure Officer"),
]
pages = render_pages(blocks, font="sans", size=23, seed=12, wrap=88, angle=-1.1, noise=0.003)
save_pdf(pages, out(f"{NN}-reply.pdf"))
print(len(pages))
label(NN, "pdf", "scan", "police", "foia", "unknown", "unknown", "refused", ["s23", "s24", "s31"], None,
      "Two-page image-only scan; NCND on both makers and the custody count withheld, with s17 and s1(1)(a) cited alongside the real exemptions.")
