from lib import *
from pdflib import Letter
NN = "08"
write_request(NN, """FAO the Headteacher / Clerk to Governors, St Mary's C of E Primary School, Bideford

Freedom of Information request

(1) How many CCTV cameras does the school have, inside and outside?
(2) What make are they? In particular, are any made by Hikvision or Dahua?
(3) Where is the footage stored and for how long?
(4) Who has access to the footage?

Thank you,
L. Harcourt
""")
L = Letter(page_numbers=False)
L.letterhead("St Mary's Church of England Primary School", ["Abbotsham Road, Bideford, Devon EX39 3XX", "Tel 01237 470 218  |  admin@stmarys-bideford.devon.sch.uk", "Headteacher: Mrs K. Penhaligon"], size=13)
L.p("12th March 2025", gap=4)
L.p("Dear L. Harcourt")
L.p("Freedom of Information request received 24th February 2025", style="B")
L.p("The school does not have any CCTV cameras, either inside the building or in the grounds. We therefore do not hold any information in relation to questions 2 to 4.")
L.p("If you are not satisfied with this response you may ask the Governing Body to review it by writing to the Clerk to Governors at the school address. You can also contact the Information Commissioner's Office (www.ico.org.uk).")
L.p("Yours sincerely", gap=8)
L.p("Mrs A. Tremlett\nSchool Business Manager\non behalf of the Governing Body")
L.output(path(f"{NN}-reply.pdf"))
append_label(NN, "pdf", "school", "foia", "no", "no", "answered", [], 0,
             "A school with no CCTV at all whose 'do not hold any information' wording for the remaining questions could be misread as a not-held reply.")
