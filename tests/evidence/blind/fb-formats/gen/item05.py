from common import *
lines = [
    ("ST BARNABAS CHURCH OF ENGLAND PRIMARY SCHOOL", "b"),
    "Fenwick Lane, Oldcastle-under-Lyme  OL7 3DD",
    "Headteacher: Mr P. Grierson      Tel 01782 960 553",
    "",
    ">>Date: 7/2/2024",
    "Dear Ms Kerrigan",
    "",
    ("Re: Freedom of Information Request - CCTV", "b"),
    "",
    "Thank you for your request which we received on 19 January. Our answers",
    "are as follows:",
    "",
    "(a)",
    ("__table__", 0),
    "(b)  Yes. The system was installed in summer 2019 by a local contractor",
    "      and uses Hik Vision cameras and a Hik Vision recorder.",
    "",
    "(c)  No.",
    "",
    "(d)  No. There are no cameras in toilets or changing areas.",
    "",
    "If you are not satisfied with this response you may ask the Governing",
    "Board to carry out an internal review by writing to the Clerk to Governors",
    "at the school address. If you are still dissatisfied you can contact the",
    "Information Commissioner's Office.",
    "",
    "Yours sincerely",
    "",
    "",
    "Mrs L. Ogunleye",
    "School Business Manager",
]
tables = [dict(cols=[760, 300], rows=[
    ["Location", "No. of cameras"],
    [["External (front gates, car park, playground,", "MUGA and rear field gate)"], "11"],
    [["Internal (reception, main corridor, library)"], "5"],
])]
img = render_scan(lines, seed=5, angle=1.1, size=31, tables=tables, font="liberation/LiberationSans-Regular.ttf")
img.convert("RGB").save(out("05-reply.pdf"), "PDF", resolution=200.0)
label("05", "pdf", "school", "foia", "yes", "no", "answered", [], 16,
      "Image-only PDF scan with no text layer; count only as a two-row hand table (11 external + 5 internal, no total); 'Hik Vision' spelt apart; (c) bare 'No.' to a Dahua-only question.",
      "Primary school letter scanned to image-only PDF; tiny table to sum (11+5); answers keyed to lettered questions.")
