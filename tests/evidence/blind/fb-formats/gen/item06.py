from common import *
from docx.shared import Pt, Cm
d = docx_doc("Calibri", 11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "University of Calder Vale  |  Governance and Information Compliance"
sec.footer.paragraphs[0].text = "Ref: FOI-UCV-2025-0062    Classification: Public"
docx_paras(d, """[[b]]Freedom of Information Request – FOI-UCV-2025-0062[[/b]]

Dear Mr Deverell,

Thank you for your email of 6 January 2025 requesting information about CCTV. Your request has been handled under the Freedom of Information Act 2000. Our response to each question is set out below.

[[b]]Question 1: How many CCTV cameras does the University operate across its campuses?[[/b]]""")
docx_table(d, [
    ["Campus", "Internal cameras", "External cameras", "Total"],
    ["Main Campus (Holme Road), including halls of residence and the multi-storey car park", "142", "96", "238"],
    ["City Campus (Wharf Street and Design Hub)", "61", "34", "95"],
    ["Sports Park, Rishworth", "8", "21", "29"],
    ["Total", "211", "151", "362"],
], widths_cm=[8, 3, 3, 2.5], bold_last=True)
docx_paras(d, """
[[b]]Question 2: Which manufacturers supply these cameras?[[/b]]

The University's CCTV estate is made up of cameras from Axis Communications, Avigilon (Motorola Solutions) and Hanwha Vision.

[[b]]Question 3: Does the University use any cameras manufactured by Hikvision or Dahua, or by their subsidiaries?[[/b]]

Please see our response to Question 2.

[[b]]Question 4: Does the University use facial recognition or automatic number plate recognition (ANPR)?[[/b]]

Facial recognition is not used. ANPR is used at the entry and exit barriers of the Main Campus multi-storey car park (2 cameras, which are included in the figures given at Question 1).

[[b]]Question 5: Please provide a copy of the University's CCTV Code of Practice.[[/b]]

The CCTV Code of Practice (version 4.1, approved by the Estates Committee in June 2023) is published on the University's website at www.caldervale.ac.uk/governance/policies/cctv-code-of-practice.

[[b]]Your right to request an internal review[[/b]]
If you are dissatisfied with this response you can ask for an internal review by emailing foi@caldervale.ac.uk within 40 working days of the date of this letter. If you remain dissatisfied following the internal review, you may complain to the Information Commissioner's Office (www.ico.org.uk).

Yours sincerely,

Priya Raman
Information Compliance Officer
Governance and Information Compliance
University of Calder Vale""")
d.save(out("06-reply.docx"))
label("06", "docx", "university", "foia", "no", "no", "answered", [], 362,
      "Word table with internal/external/total columns and a total row (362, not the 211 or 151 column totals); Q3 answered only by pointing at the complete maker list in Q2, which omits both makers.",
      "University .docx with campus table incl. total row and total column; 'see Q2' for Hikvision/Dahua; ANPR cameras included in totals.")
