import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "14"
write_request(NN, """
Dear Thornbury Heath Academy,

Please can you provide under the Freedom of Information Act:
1) the number of CCTV cameras inside and outside the school buildings
2) the make of the cameras
3) are any made by Hikvision?
4) are any made by Dahua?
5) are there cameras in classrooms or toilets?

Thank you,
Harriet Nwosu
""")

def build(d):
    d.lines("Thornbury Heath Academy", "SansB", 16, after=0)
    d.lines("Heath Road, Thornbury Heath, TH6 0RL   |   01632 963 555   |   enquiries@thornburyheath.example", "Sans", 8.5, after=2)
    d.lines("Principal: Mr R. Osei BSc NPQH", "Sans", 8.5, after=24)
    d.lines("Ms H Nwosu", "Sans", 10.5, after=10)
    d.lines("17 January 2025", "Sans", 10.5, after=12)
    d.p("Dear Ms Nwosu,", size=10.5)
    d.p("RE: FREEDOM OF INFORMATION REQUEST", "SansB", 10.5)
    d.p("Thank you for your request which we received on 6 December 2024. We are sorry for the delay in responding, which was caused by the Christmas closure. Our answers are below.", size=10.5)
    d.p("1) and 2)", "SansB", 10.5, after=4)
    cols = [(10, 210, "l"), (228, 50, "r"), (290, 50, "r"), (360, 110, "l")]
    rows = [
        ["Main building", "22", "6", "Hik Vision"],
        ["Science block", "8", "2", "Hik Vision"],
        ["Sports hall & changing block (corridors only)", "4", "3", "Hanwha"],
        ["Sixth form centre", "5", "1", "Hanwha"],
        ["Perimeter fence line / car park", "-", "12", "Hanwha"],
        {"cells": ["Total", "39", "24", ""], "bold": True, "gap": 4},
    ]
    d.table(cols, rows, header=["Area", "Inside", "Outside", "Make"], size=10.5, row_gap=4)
    d.gap(8)
    d.p("3) Yes.", size=10.5)
    d.p("4) None.", size=10.5)
    d.p("5) There are no cameras in classrooms or toilets. In the sports hall block the cameras cover the corridors outside the changing rooms only.", size=10.5)
    d.gap(4)
    d.p("If you are unhappy with our response you may request a review by writing to the Clerk to the Governors at the school address. You can also complain to the Information Commissioner's Office.", size=9.5)
    d.gap(6)
    d.p("Yours sincerely,", size=10.5, after=30)
    d.lines("Mrs K. Abernethy\nBusiness Manager", "Sans", 10.5)

make_scan(reply_path(NN, "jpg"), build, margins=(64, 64, 64, 64), dpi=160, rot=-0.7, seed=14)
label(NN, "jpg", "academy", "foia", "yes", "no", "answered", [], 63,
      "Scanned JPG letter with a borderless table whose total row gives inside (39) and outside (24) separately, no grand total (63); make spelt 'Hik Vision'.")
