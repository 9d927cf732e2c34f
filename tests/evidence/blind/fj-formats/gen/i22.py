from lib import *
write_request("22", """
Dear Sir/Madam,

Please could you tell me under the Freedom of Information Act:

1. How many CCTV cameras does the school have?
2. Are any of the cameras, or the recorder, made by Hikvision or Dahua?
3. Do any of the cameras record sound or use facial recognition?

Thank you,
Kerry Blackwood
""")
page = [
    ("b", "Holywell Lane Community Primary School"),
    ("line", "Holywell Lane, Norton Brook, Staffordshire ST17 8PW"),
    ("line", "Headteacher: Mrs C. Dandridge BA (Hons) NPQH"),
    ("sp", 40),
    ("line", "Dear Ms Blackwood"),
    ("sp", 10),
    ("line", "Your Freedom of Information request (received 4/11/24)"),
    ("sp", 20),
    ("line", "1.  8 in total"),
    ("table", [["", "Inside", "Outside"], ["Main building", "3", "3"], ["Nursery", "1", "1"]], [40, 420, 640], False, [0], 29),
    ("line", "2.  Yes, the recorder and four of the cameras."),
    ("sp", 10),
    ("line", "3.  No to both."),
    ("sp", 30),
    ("p", "If you are not happy with this reply you can ask the Governing Body to review it. Please write to the Chair of Governors at the school. You can also complain to the Information Commissioner (ico.org.uk)."),
    ("sp", 20),
    ("line", "Yours sincerely"),
    ("sp", 40),
    ("line", "Mrs S. Pollitt"),
    ("line", "School Business Manager"),
    ("line", "2nd December 2024"),
]
save_scan("22-reply.jpg", render_pages([page], serif=False, sz=30, seed=22))
label("22", "jpg", "school", "foia", "unknown", "unknown", "answered", [], 8,
      "Terse scanned note: a bare 'Yes' to a joint Hikvision-or-Dahua question names neither maker; the small inside/outside table repeats the 8 without a total row.")
