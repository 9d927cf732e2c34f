from common import *
from rtf import RTF
r = RTF(font="Calibri", size=22)
r.p("HOLLINGWORTH PARK HIGH SCHOOL", bold=True, size=28, align="c")
r.p("Hollingworth Lane, Swainsby, Teesdene TS17 8JN  |  01642 339 770  |  enquiries@hollingworthpark.example.sch.uk", size=16, align="c")
r.p("Headteacher: Mr D. Oyinlola BSc NPQH", size=16, align="c")
r.p("")
r.p("27 November 2024")
r.p("Dear A. Marchetti,")
r.p("Re: Freedom of Information Request \u2013 CCTV", bold=True)
r.p("Thank you for your email received on 4th November 2024.")
r.p("Hollingworth Park High School is a PFI school. The building, including the CCTV system, is owned and managed by Meridian Schools Services Ltd under the PFI contract between Teesdene Borough Council and the PFI company, and the facilities management (including security and CCTV) is provided by their FM contractor. The school does not own or operate the CCTV system and does not hold the information asked for at questions 1, 2 and 3.")
r.p("You may wish to contact Teesdene Borough Council, who manage the PFI contract, at foi@teesdene.example.gov.uk.")
r.p("In answer to question 4, recorded footage can only be viewed by the FM contractor's site staff, and by members of the school's senior leadership team on request where there is an incident to investigate. Footage is not routinely monitored.")
r.p("If you are not happy with this response you can ask for a review by writing to the Chair of Governors, c/o the school address above. You also have the right to complain to the Information Commissioner's Office (ico.org.uk).")
r.p("Kind regards")
r.p("\nMrs L. Haverty\nSchool Business Manager")
r.save(out("22-reply.rtf"))
add_label(path="22-reply.rtf", request_file="22-request.txt", format="rtf", body_type="school",
          law="foia", hikvision="unknown", dahua="unknown", outcome="not_held", exemptions=[], camera_count=None,
          note="PFI school RTF letter: the cameras are the PFI company's and the main questions are not held, though Q4 on viewing is answered.")
