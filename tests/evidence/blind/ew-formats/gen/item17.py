from common import write_request, add_label, out
from scan import Page, scanned

NN = "17"
write_request(NN, """
Dear Governors,

Under the Freedom of Information Act 2000 could you please tell me:

Q1 How many CCTV cameras does the school have?
Q2 What brand or manufacturer are they?
Q3 Do any of the cameras record audio?
Q4 Does the school have a CCTV policy? If so please send me a copy.

Best wishes,
Kirsty Lavelle
""")

p1 = Page("sans", 23)
p1.text("St Aldhelm's Church of England Voluntary Aided Junior School", size=30, bold=True, align="center", gap=2)
p1.text("Vicarage Lane, Sherborne Minster, Dorset DT9 4NW  -  01935 812 664", size=20, align="center", gap=2)
p1.text("Headteacher: Mr D. Fairweather BEd NPQH", size=20, align="center", gap=8)
p1.rule(); p1.gap(24)
p1.text("Ms K. Lavelle", gap=2)
p1.text("(by email and post)", gap=24)
p1.text("12 July 2024", align="right", gap=24)
p1.text("Dear Ms Lavelle", gap=14)
p1.text("Re: Freedom of Information Request", bold=True, gap=14)
p1.text("Thank you for your request which the school received on 17 June 2024. The Governing Body has "
        "considered your request and our answers are set out on the attached sheet.")
p1.text("We have enclosed a copy of the school's CCTV Policy (adopted by the Full Governing Body, Spring Term "
        "2023) as requested at question 4.")
p1.text("If you are unhappy with our response you may ask for it to be reviewed by writing to the Clerk to "
        "the Governors at the school address within 40 working days. If you remain unhappy you can complain "
        "to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
p1.gap(10)
p1.text("Yours sincerely", gap=0)
p1.signature(seed=171)
p1.text("Mrs E. Tranter", gap=2)
p1.text("Clerk to the Governors", gap=2)

p2 = Page("sans", 23)
p2.text("FOI request - K Lavelle - response sheet", bold=True, gap=20)
p2.table([
    ["Question", "Response"],
    ["Q1 How many CCTV cameras does the school have?",
     "Approx. 30. The exact number varies slightly during the year as some of the wireless cameras are moved "
     "between the playing field and the car park."],
    ["Q2 What brand or manufacturer are they?",
     "A mix of EZVIZ (wireless cameras, outside) and Swann (wired system in the main building and hall)."],
    ["Q3 Do any of the cameras record audio?", "No. Audio recording is switched off on all cameras."],
    ["Q4 Does the school have a CCTV policy? If so please send me a copy.", "Yes - copy enclosed."],
], [330, 690])
p2.gap(10)
p2.text("Response sheet prepared by School Business Manager, 11/07/24", size=19)

imgs = [scanned(p1, seed=171, angle=0.5), scanned(p2, seed=172, angle=-1.1)]
imgs[0].save(out(f"{NN}-reply.pdf"), "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])
add_label(NN, "pdf", "school", "foia", "yes", "no", "answered", [], 30,
          "Image-only (scanned) two-page PDF with the answers in a table on page 2; the count is 'Approx. 30' "
          "and Hikvision appears only as its EZVIZ brand beside Swann.")
