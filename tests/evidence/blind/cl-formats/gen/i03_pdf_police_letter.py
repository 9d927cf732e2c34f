from pdfutil import *
from common import *

NN = "03"
write_request(NN, """
Question 1: How many CCTV cameras does Westmarch Constabulary operate at its police stations and custody suites?
Question 2: Please list the manufacturers of those cameras.
Question 3: Please list the addresses of each site with CCTV and how many cameras are at each.
Question 4: Are any of the cameras capable of recording audio?
""")

s = []
s.append(Paragraph("WESTMARCH CONSTABULARY", H))
s.append(Paragraph("Information Rights Unit, Force Headquarters, Gallows Hill, Westmarch WM1 7HP", N))
s.append(Paragraph("Freedom of Information Request Reference No: 2024/IRU/00388", B))
s.append(Paragraph("Date: 21 June 2024", N))
s.append(Paragraph("Dear Requester,", N))
s.append(Paragraph("I write in connection with your request for information dated 24 May 2024. Searches have been "
                   "completed and Westmarch Constabulary holds information relevant to your request. Some of this "
                   "information is exempt from disclosure, as explained below.", N))
s.append(ruled([
    ["Question", "Response"],
    ["Q1", "There are 412 CCTV cameras across the force estate, of which 186 are located within custody suites."],
    ["Q2", "Avigilon; Axis Communications; Hanwha Vision; Bosch. No other manufacturers are in use."],
    ["Q3", "Exempt - see below."],
    ["Q4", "Audio recording is enabled in custody cell corridors and charge desks only (custody suites)."],
], [25, 145]))
s.append(Spacer(1, 8))
s.append(Paragraph("Section 17 of the Freedom of Information Act 2000 requires the Constabulary, when refusing to "
                   "provide information by way of an exemption, to provide you with a notice which states the fact "
                   "of the refusal, specifies the exemption and states why it applies.", N))
s.append(Paragraph("The information requested at Question 3 is exempt by virtue of sections 24(1) National Security "
                   "and 31(1)(a)(b) Law Enforcement. The location and density of cameras at police premises would "
                   "reveal areas where there is limited coverage, which could be exploited by those intent on "
                   "criminal or terrorist activity. Both exemptions are qualified and the public interest test has "
                   "been carried out; the balance favours withholding the information.", N))
s.append(Paragraph("Section 38 (Health and Safety) was also considered, but was not found to be engaged.", N))
s.append(Paragraph("<b>Complaint rights</b>: " + ICO, N))
s.append(Paragraph("Yours sincerely,<br/>D. Malhotra<br/>Disclosure Officer<br/>Tel 01632 960 114", N))
build(out(f"{NN}-reply.pdf"), s)

label(NN, f"{NN}-reply.pdf", "pdf", "police", "foia", "no", "no", "partially_answered", ["s24", "s31"], 412,
      "Ruled Q/A table; makers by complete list without Hikvision/Dahua; locations withheld under s24/s31; "
      "s38 mentioned as considered but not applied; 186 is a subset.")
