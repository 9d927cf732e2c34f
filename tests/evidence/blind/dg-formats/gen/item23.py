from common import *
from odfhelp import Odt

NN = "23"
write_request(NN, """
Dear Clerk to Little Hadstock Parish Council,

Under the Freedom of Information Act could you please tell me:

1) how many CCTV cameras the parish council operates
2) whether any are made by Hikvision
3) whether any are made by Dahua
4) how much the council has spent on CCTV in the last three years

Regards,
G. Whitlow
""")

d = Odt()
d.p("LITTLE HADSTOCK PARISH COUNCIL", bold=True)
d.p("Clerk: Mrs Anne Tilbury, 3 Glebe Cottages, Little Hadstock, Essex CM6 2QQ\nclerk@littlehadstock-pc.org.uk", style=d.small)
d.p("")
d.p("2 September 2024")
d.p("Dear G. Whitlow")
d.p("Freedom of Information request – CCTV", bold=True)
d.p("Thank you for your email of 12 August.")
d.p("The Parish Council does not have any CCTV cameras and has not spent any money on CCTV. A camera for the play area was discussed at the March 2023 meeting but the proposal was not taken forward.")
d.p("As the Council has no CCTV we do not hold any other information relevant to your questions.")
d.p("If you are unhappy with this reply you may ask the Council to review it by writing to me at the address above, and you may also contact the Information Commissioner's Office (ico.org.uk).")
d.p("Yours sincerely")
d.p("")
d.p("Anne Tilbury\nClerk and Responsible Financial Officer")
d.save(out(f"{NN}-reply.odt"))
add_label(path=f"{NN}-reply.odt", request_file=f"{NN}-request.txt", format="odt", body_type="council", law="foia",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=0,
          note="Short parish council reply: no CCTV at all, with a mention of a proposed camera that never went ahead and 'we do not hold any other information'.")
