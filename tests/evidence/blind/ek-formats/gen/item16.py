from odthelp import Odt
from common import *
NN = "16"
write_request(NN, """
To the Headteacher, Holywell Lane Community Primary School

Freedom of Information request

1. How many CCTV cameras does the school have?
2. Are any made by Hikvision?
3. Are any made by Dahua?
4. If yes to 2 or 3, when were they installed and who installed them?

Thank you,
J. Marsh
""")
d = Odt()
d.p("Holywell Lane Community Primary School", bold=True)
d.p("Holywell Lane, Thornbury Heath, Gloucestershire GL12 8RF   Tel 01454 410 772")
d.p("Headteacher: Mrs C. Okonjo")
d.p("")
d.p("Dear J Marsh,")
d.p("Thank you for your FOI request received 3rd March. Answers as follows:")
d.p("1.  8 (6 outside, 2 in the entrance/reception area)\n2.  No\n3.  No\n4.  N/A")
d.p("If you are unhappy with this response please write to the Chair of Governors c/o the school office. You can also contact the ICO (www.ico.org.uk).")
d.p("Kind regards\n\nLisa Pettifer\nSchool Business Manager")
d.save(out(f"{NN}-reply.odt"))
label(NN, "odt", "odt", "school", "foia", "no", "no", "answered", [], 8,
      "Terse numbered answers ('8', 'No', 'No', 'N/A') that only make sense with the request beside them.")
