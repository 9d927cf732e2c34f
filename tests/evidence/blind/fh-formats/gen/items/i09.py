import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "09"
write_request(NN, """
To the Headteacher / FOI contact, Bramley Fields Primary School

Under the Freedom of Information Act, please could you answer:
1. Does the school have CCTV?
2. If so, how many cameras and where are they?
3. What make are the cameras and the recorder?
4. Are any Hikvision or Dahua?

Many thanks
C. Oduya
""")

def build(d):
    d.lines("Bramley Fields Primary School", "SansB", 13, align="c", after=0)
    d.lines("Bramley Lane, Hemsford HF9 2BQ  \u2022  Tel 01632 961 204  \u2022  office@bramleyfields.sch.example", "Sans", 8.5, align="c", after=4)
    d.lines("Headteacher: Mrs A. Lindqvist", "SansI", 8.5, align="c", after=20)
    d.lines("6 March 2025", "Sans", 10, after=10)
    d.p("Dear C. Oduya")
    d.p("Freedom of Information request - CCTV")
    d.p("1. Yes.")
    d.p("2. We have cameras in the following places:", after=2)
    cols = [(30, 180, "l"), (220, 40, "r")]
    rows = [["Main entrance / front gate", "2"], ["KS1 and KS2 playgrounds", "3"], ["Staff car park", "2"], ["Reception lobby", "1"]]
    d.table(cols, rows, size=10, row_gap=2)
    d.gap(6)
    d.p("3. The cameras are Swann analogue cameras. They record to a Dahua 8 channel DVR kept in a locked cupboard in the school office. The system was installed in 2018 by Hemsford Security Services, who still maintain it.")
    d.p("4. See 3.")
    d.gap(4)
    d.p("If you are unhappy with this response please contact the Chair of Governors via the school office within 40 working days. You can also contact the Information Commissioner's Office (ico.org.uk).", size=9)
    d.gap(4)
    d.p("Yours sincerely", after=16)
    d.lines("Mrs D. Hollis\nSchool Business Manager", "Sans", 10)

make_pdf(reply_path(NN, "pdf"), build)
label(NN, "pdf", "school", "foia", "no", "yes", "answered", [], 8,
      "Short school letter: untitled two-column location table with no total (sum 8); Dahua only as the DVR make (counts as yes); 'See 3.' answers the makers question and the complete make list rules out Hikvision.")
