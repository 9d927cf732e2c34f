"""15: police NCND refusal as a scanned, image-only PDF (mono font, rotated, noisy)."""
from scan import render_page, save_pdf
from common import out, write_request, write_label

write_request("15", """
Dear Wessex Marches Police,

FOI request

Q1 How many CCTV cameras are installed in your custody suites?
Q2 Are any of those cameras, or the recorders, made by Hikvision or Dahua?
Q3 Is live facial recognition used on any custody CCTV?
Q4 Which company maintains the custody CCTV?

Thank you,
Anika Sood
""")

MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"
MONOB = "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"
p1 = [
    "**WESSEX MARCHES POLICE",
    "Freedom of Information Unit, Hindlip Lane, Worcester WR3 8SP",
    "",
    "Our ref: 2025/FOI/01566                         Date: 08 July 2025",
    "",
    "Dear Ms Sood",
    "",
    "**FREEDOM OF INFORMATION REQUEST - CUSTODY CCTV",
    "",
    "I write in connection with your request for information received on 10 June 2025 concerning CCTV in custody suites.",
    "",
    "Wessex Marches Police can neither confirm nor deny that it holds any information relevant to your request by virtue of the following exemptions:",
    "",
    "    Section 23(5)  Information supplied by, or concerning, certain Security Bodies",
    "    Section 24(2)  National Security",
    "    Section 31(3)  Law Enforcement",
    "",
    "Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to articulate the harm that would be caused in confirming or not that information is held as well as carrying out a public interest test. Section 23 is an absolute class-based exemption and there is no requirement to consider the public interest.",
    "",
    "Confirming or denying the number, make or capability of security systems within custody suites, or who maintains them, would provide those intent on causing harm with information about the security of premises in which detained persons are held. Any disclosure under FOI is a release to the world at large, and when considered alongside responses from other forces would allow a picture of the national custody estate to be built.",
    "",
    "The Police Service will not divulge whether information is or is not held if to do so would undermine law enforcement or national security. The balancing test for confirming or denying whether any information is held regarding this request is not made to say whether or not information is held; it is carried out to determine whether confirming or denying would be appropriate.",
    "",
    "None of the above should be taken as an indication that the information you requested does or does not exist.",
]
p2 = [
    "Ref: 2025/FOI/01566                                              Page 2",
    "",
    "**COMPLAINT RIGHTS",
    "",
    "If you are dissatisfied with this response you may ask for an internal review. Your request should be made in writing within 40 working days of the date of this letter to the address above or foi@wessexmarches.police.uk.",
    "",
    "If after the internal review you remain dissatisfied, you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
    "",
    "Yours sincerely",
    "",
    "",
    "P. Dunstable",
    "Disclosure Officer",
    "Information Compliance",
]
imgs = [render_page(p1, MONO, size=21, angle=0.9, seed=15, wrap=78, bold_path=MONOB),
        render_page(p2, MONO, size=21, angle=-0.6, seed=151, wrap=78, bold_path=MONOB)]
save_pdf(imgs, out("15-reply.pdf"))
write_label(path="15-reply.pdf", request_file="15-request.txt", format="pdf", body_type="police", law="foia",
            hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s23", "s24", "s31"], camera_count=None,
            note="Image-only scanned PDF (no text layer; rotated, noisy, mono font) so it needs OCR; full NCND refusal under ss23(5), 24(2), 31(3) and nothing disclosed.")
