from common import *

write_text("06-request.txt", """
Dear Holy Trinity C of E Primary School,

I am making a request under the Freedom of Information Act 2000.

(a) Does the school have CCTV, and if so how many cameras?
(b) Who manufactured the cameras? In particular, are any of them made by Hikvision or Dahua?
(c) Who installed the system and when?
(d) Are there any cameras inside classrooms or toilets?

Thank you,
M. Okonjo
""")

pages = [[
    ("B", "Holy Trinity Church of England Primary School"),
    "Church Lane, Guildford, Surrey GU1 3RZ",
    "Tel: 01632 960 255     office@holytrinity.surrey.sch.uk",
    "Headteacher: Mrs A. Whitcombe BA (Hons) NPQH",
    "",
    ("R", "12th June 2024"),
    "",
    "Dear M. Okonjo,",
    "",
    ("B", "Freedom of Information Request - CCTV"),
    "",
    "Thank you for your request which we received on 20th May 2024.",
    "Our answers are below.",
    "",
    "(a)  Yes. The school has 8 CCTV cameras - 6 outside (gates, playground",
    "      and car park) and 2 inside at reception and the main corridor.",
    "",
    "(b)  The school does not hold this information. The system was supplied",
    "      as a package and we have no record of the make of the cameras.",
    "",
    "(c)  Castlegate Security Systems Ltd, in the summer holiday of 2019.",
    "",
    "(d)  No.",
    "",
    "If you are not happy with our response you can ask the Chair of",
    "Governors to review it, by writing to the school within 40 working",
    "days. You may then complain to the Information Commissioner's Office,",
    "Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
    "",
    "Yours sincerely,",
    ("SIG", ""),
    "Mrs D. Castellano",
    "School Business Manager",
]]
write_scan("06-reply.pdf", pages, seed=6, angle=0.8)

add_label("06", "pdf", "scan", "school", "foia", "unknown", "unknown", "partially_answered", [], 8,
          "Scanned letter (image only, no text layer) with (a)-(d) answers; the make is not held so both makers are unknown; count 8 (6 outside + 2 inside) given in words and parts.")
