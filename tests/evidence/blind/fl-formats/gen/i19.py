from lib import *
NN = "19"
write_request(NN, """
Dear Headteacher,

Freedom of Information request - Thornleigh High School

1) Please list the CCTV cameras at the school with their location.
2) What make is each camera?
3) Does the school have any cameras made by Hikvision or Dahua?
4) Are any cameras located in toilets or changing rooms?

Thank you,
Lucy Amankwah
""")
cams = [
    ("C1", "Main entrance (external)", "Dome", "Hik Vision", "2018"),
    ("C2", "Reception lobby", "Dome", "Hik Vision", "2018"),
    ("C3", "Car park north", "Bullet", "Hik Vision", "2018"),
    ("C5", "Bike shelter", "Bullet", "Hanwha", "2022"),
    ("C6", "Bike shelter", "Bullet", "Hanwha", "2022"),
    ("C7", "Canteen", "Dome", "Hik Vision", "2018"),
    ("C8", "Canteen servery", "Dome", "Hik Vision", "2018"),
    ("C9", "Main corridor ground floor", "Dome", "Hik Vision", "2019"),
    ("C10", "Main corridor first floor", "Dome", "Hik Vision", "2019"),
    ("C11", "Science block entrance", "Bullet", "Hik Vision", "2019"),
    ("C12", "Sports hall external", "Bullet", "Hik Vision", "2019"),
    ("C13", "Sports hall corridor (outside changing rooms)", "Dome", "Hik Vision", "2019"),
    ("C14", "Playground east", "PTZ", "Hik Vision", "2020"),
    ("C15", "Playground west", "Bullet", "Hik Vision", "2020"),
    ("C16", "Field gate", "Bullet", "Hanwha", "2022"),
    ("C18", "Library", "Dome", "Hik Vision", "2020"),
    ("C19", "IT suite", "Dome", "Hik Vision", "2020"),
    ("C20", "Sixth form centre", "Dome", "Hanwha", "2023"),
    ("C21", "Car park south", "Bullet", "Hanwha", "2023"),
]
rows = [["Ref", "Location", "Type", "Make", "Year"]] + [list(c) for c in cams]
story = [
    P("<b>THORNLEIGH HIGH SCHOOL</b>", H),
    P("Moss Lane, Thornleigh, Lancashire BB6 2TL &nbsp;|&nbsp; 01254 880 300 &nbsp;|&nbsp; office@thornleigh.lancs.sch.uk", SMALL),
    P("Headteacher: Mr A. Greaves BSc NPQH", SMALL),
    Spacer(1, 10),
    P("Ms L Amankwah", BODY),
    P("6 June 2024", RIGHT),
    P("Dear Ms Amankwah", BODY),
    P("<b>Freedom of Information request</b>", BODY),
    P("Thank you for your request of 10 May 2024. The school's response is as follows.", BODY),
    P("<b>1) and 2)</b> The cameras currently installed are listed below.", BODY),
    plain_table(rows, [14 * mm, 72 * mm, 20 * mm, 28 * mm, 16 * mm]),
    Spacer(1, 8),
    P("<b>3)</b> Please see the table. Two Da Hua cameras which covered the bike shelter were removed when the "
      "shelter was rebuilt in 2022 and replaced with the Hanwha cameras C5 and C6; the school no longer has any Dahua "
      "equipment. The recorder is a Hikvision NVR located in the site office.", BODY),
    P("<b>4)</b> No. There are no cameras in any toilets or changing rooms. Camera C13 covers the corridor outside "
      "the sports hall changing rooms only.", BODY),
    P("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review by "
      "writing to the Chair of Governors c/o the school office. If you are not content with the outcome you may apply "
      "to the Information Commissioner for a decision.", BODY),
    P("Yours sincerely", BODY),
    Spacer(1, 12),
    P("Mrs Janet Ollerenshaw<br/>Business Manager", BODY),
]
build_pdf(out(f"{NN}-reply.pdf"), story,
          hf(footer_left="Thornleigh High School is a Lancashire County Council maintained school", page_fmt="{n}"),
          title="Microsoft Word - FOI reply CCTV June 2024.docx", author="jollerenshaw")
label(NN, "pdf", "school", "foia", "yes", "no", "answered", [], len(cams),
      "per-camera list with gaps in the reference numbers (C4, C17 missing; highest is C21) so the count is the 19 rows; 'Hik Vision' spacing; Dahua ('Da Hua') removed")
