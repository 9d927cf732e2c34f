import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "11"
write_request(NN, """
Corrington City Council - Freedom of Information request

I'm asking about CCTV cameras in council-run buildings (not the town centre public space system).

Q1 How many cameras are there in total?
Q2 Which buildings, and how many in each?
Q3 What manufacturers?
Q4 Are any Hikvision?
Q5 Are any Dahua?

Thanks,
Eilidh Graves
""")

def build(d):
    d.lines("Corrington City Council", "SansB", 13, after=0)
    d.lines("Information Management Team  \u2022  Civic Centre, Corrington CR1 5AZ  \u2022  foi@corrington.gov.example", "Sans", 8.5, after=16)
    d.lines("Our Ref: 2024/0917\nYour Ref: --\nDate: 28/11/2024", "Sans", 9.5, after=10)
    d.p("Dear Ms Graves,")
    d.p("I write in response to your request for information received 31/10/2024. Please see the Council's response below.")
    d.p("Q1-Q3", "SansB", after=2)
    d.p("The following information is taken from the Corporate Property CCTV register. Public space CCTV is excluded as requested.")
    cols = [(0, 78, "l"), (82, 120, "l"), (206, 36, "r"), (246, 38, "r"), (290, 30, "r"), (334, 62, "l"), (400, 80, "l")]
    rows = [
        ["Adult Social Care", "Fernlea Day Centre", "4", "3", "7", "HiWatch", "HiLook NVR"],
        ["Adult Social Care", "Marsh House Respite Unit", "6", "4", "10", "HiWatch", "HiLook NVR"],
        ["Children's Services", "Orchard Family Centre", "3", "2", "5", "Hanwha", "Hanwha NVR"],
        ["Customer Services", "Civic Centre", "18", "9", "27", "Hanwha", "Hanwha NVR"],
        ["Environment", "Birchmoor Depot", "2", "14", "16", "Uniview", "Uniview NVR"],
        ["Environment", "Household Waste Recycling Centre, Tolley Lane", "0", "8", "8", "Vista", "Vista DVR (analogue)"],
        ["Culture & Leisure", "Central Library", "9", "2", "11", "HiWatch", "HiLook NVR"],
        ["Culture & Leisure", "Corrington Museum & Art Gallery", "14", "3", "17", "Hanwha", "Hanwha NVR"],
    ]
    d.table(cols, rows, header=["Service area", "Premises", "Internal", "External", "Total", "Camera make", "Recording equipment"], size=8.5, row_gap=4)
    d.gap(6)
    d.p("Q4", "SansB", after=2)
    d.p("See table.")
    d.p("Q5", "SansB", after=2)
    d.p("No.")
    d.gap(4)
    d.p("If you are dissatisfied with the way the Council has handled your request you may request an internal review within 40 working days of the date of this response. Please quote the reference number above. If you remain dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, www.ico.org.uk.", size=8.5)
    d.p("Unless stated otherwise, information supplied is Council copyright and may be re-used under the Open Government Licence.", size=8.5)
    d.gap(4)
    d.p("Regards,", after=14)
    d.lines("Information Management Team", "Sans", 10)

make_pdf(reply_path(NN, "pdf"), build)
label(NN, "pdf", "council", "foia", "yes", "no", "answered", [], 101,
      "Per-building table with internal/external/total columns but no grand total (sum 101); Hikvision only via its sub-brands HiWatch and HiLook and a bare 'See table.'")
