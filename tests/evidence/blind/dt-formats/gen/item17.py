from common import *

write_text("17-request.txt", """
Dear University of Stirling,

I would be grateful for the following information under FOISA:

Q1 How many CCTV cameras does the University operate across its campus and student residences?
Q2 Please list the manufacturers of the cameras, with the number of cameras from each.
Q3 Has the University ever used cameras made by Hikvision or Dahua? If so, are they still in use?
Q4 Does the University use facial recognition software with its CCTV?

Regards,
Kirsty Baird
""")

blocks = [
    ("p", "UNIVERSITY OF STIRLING", {"bold": 1, "size": 13}),
    ("p", "Policy and Planning – Information Governance\nStirling FK9 4LA, Scotland\nfoi@stir.ac.uk", {"size": 9}),
    ("p", "Ms K Baird\nBy email", {}),
    ("p", "Our reference: F24-0317\n27 June 2024"),
    ("p", "Dear Ms Baird"),
    ("h", "Freedom of Information (Scotland) Act 2002 (FOISA) – Request for Information"),
    ("p", "I write in response to your request for information received by the University on 30 May 2024. The University holds the information requested and I am pleased to provide it below."),
    ("table", [
        ["Question", "Response"],
        ["Q1 How many CCTV cameras does the University operate across its campus and student residences?", "327"],
        ["Q2 Please list the manufacturers of the cameras, with the number of cameras from each.", "Axis (201), Avigilon (98), Vivotek (28)"],
        ["Q3 Has the University ever used cameras made by Hikvision or Dahua? If so, are they still in use?", "The University installed 19 Hikvison cameras at the Pathfoot Building car park in 2017. These were removed and replaced with Axis cameras during 2023 and none remain in use. The University has not used Dahua cameras."],
        ["Q4 Does the University use facial recognition software with its CCTV?", "No."],
    ], {"widths": [7.5, 8.5]}),
    ("h", "Your right to seek a review"),
    ("p", "Should you be dissatisfied with the way in which the University has dealt with your request, you have the right under section 20 of FOISA to require us to review our actions and decisions. Your request must be made in writing within 40 working days of receipt of this letter and should be sent to the Head of Information Governance at the address above."),
    ("p", "If you are not satisfied with the outcome of the review, you may apply to the Scottish Information Commissioner for a decision under section 47 of FOISA. You can contact the Commissioner at: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS; www.foi.scot/appeal."),
    ("p", "Yours sincerely"),
    ("blank",),
    ("p", "Euan Lindsay\nInformation Compliance Officer"),
]
write_rtf("17-reply.rtf", blocks, font="Calibri")

add_label("17", "rtf", "rtf", "university", "foisa", "no", "no", "answered", [], 327,
          "Rich Text letter with a Q/A table; makers with counts in parentheses; Hikvision (misspelt 'Hikvison') previously used but all removed in 2023 and the current maker list is complete, so no; FOISA s20/s47 are not exemptions.")
