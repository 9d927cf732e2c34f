from common import *

write_text("16-request.txt", """
Dear Lincolnshire Police,

This is a request under the Freedom of Information Act about body worn video only.

1) How many body worn video cameras does the force currently have in use?
2) What make and model are they?
3) Are any of them manufactured by Hikvision or Dahua?
4) What is the value of the current body worn video contract?

Thank you,
Alistair Penhaligon
""")

p1 = [
    ("B", "LINCOLNSHIRE POLICE"),
    "Freedom of Information Team",
    "Police Headquarters, PO Box 999, Lincoln LN5 7PH",
    "",
    ("R", "Our Ref: FOI 001482/24"),
    ("R", "Date: 09 December 2024"),
    "",
    "Dear Mr Penhaligon,",
    "",
    ("B", "FREEDOM OF INFORMATION ACT 2000 - REQUEST 001482/24"),
    "",
    "I write in connection with your request for information received on",
    "11 November 2024 concerning body worn video (BWV).",
    "",
    "Lincolnshire Police can confirm that it holds some of the information.",
    "",
    "1)  1,140 BWV devices are currently issued or available for issue.",
    "",
    "2)  Axon Body 3.",
    "",
    "3)  No.",
    "",
    "4)  This information is exempt under Section 43(2) - Commercial",
    "     Interests. Please see the explanation overleaf.",
]
p2 = [
    ("B", "Section 43(2) - Commercial Interests"),
    "",
    "Section 43(2) is a prejudice based qualified exemption. Disclosure of",
    "the contract value would reveal the pricing agreed with the supplier",
    "and would be likely to prejudice the supplier's position in future",
    "tenders with other forces, and the Force's own position when the",
    "contract is re-procured. Whilst there is a public interest in the",
    "accountability of public spending, the Force considers that the",
    "balance favours maintaining the exemption on this occasion.",
    "",
    "This letter serves as a Refusal Notice under Section 17 of the Act",
    "in respect of question 4.",
    "",
    ("B", "Complaint Rights"),
    "If you are dissatisfied with this response you may request an internal",
    "review within 40 working days by writing to the Freedom of Information",
    "Team at the address above. If you remain dissatisfied you may apply to",
    "the Information Commissioner, Wycliffe House, Water Lane, Wilmslow,",
    "Cheshire SK9 5AF.",
    "",
    "Yours sincerely,",
    ("SIG", ""),
    "Karen Whitlock",
    "Freedom of Information Officer",
]
write_scan("16-reply.pdf", [p1, p2], seed=16, angle=-0.55, font="LiberationSans-Regular.ttf", size=32)

add_label("16", "pdf", "scan", "police", "foia", "no", "no", "partially_answered", ["s43"], 1140,
          "Two-page scanned image-only letter; request is about body-worn video only, so the 1,140 BWV devices are the count; a bare 'No.' to a question naming Hikvision and Dahua together; contract value withheld under s43(2).")
