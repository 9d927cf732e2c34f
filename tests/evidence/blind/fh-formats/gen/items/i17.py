import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "17"
write_request(NN, """
Dear Kingsmouth University

I would like to request the following information under the Freedom of Information Act 2000.

Question 1: The total number of CCTV cameras operated by the University.
Question 2: A breakdown of these cameras by site and manufacturer.
Question 3: Whether any cameras were manufactured by Hikvision, Dahua or any of their subsidiaries or white-label brands.
Question 4: Whether the University has any plans to replace such cameras.

Yours faithfully
Ines Carvalho
""")

def build(d):
    d.lines("KINGSMOUTH UNIVERSITY", "SerifB", 15, after=0)
    d.lines("Office of the University Secretary  \u2022  Harbour Road, Kingsmouth KM1 3UQ", "Serif", 9, after=22)
    d.lines("Ms I Carvalho", "Serif", 11, after=10)
    d.lines("Reference: FOI2025-0231\n30 June 2025", "Serif", 11, after=12)
    d.p("Dear Ms Carvalho", "Serif", 11)
    d.p("I refer to your request for information received on 30 May 2025, which has been dealt with under the Freedom of Information Act 2000.", "Serif", 11)
    d.p("Question 1: The total number of CCTV cameras operated by the University.", "SerifB", 11, after=2)
    d.p("Question 2: A breakdown of these cameras by site and manufacturer.", "SerifB", 11, after=6)
    cols = [(10, 250, "l"), (270, 50, "r"), (340, 140, "l")]
    rows = [
        ["City Campus - teaching and administrative buildings", "118", "Axis"],
        ["City Campus - Library & Learning Centre", "26", "Axis"],
        ["Harbourside Campus", "47", "Hanwha"],
        ["Student residences (Quay Halls and Mariners Court)", "38", "Imou"],
        ["Kingsmouth Sports Park", "11", "Hanwha"],
    ]
    d.table(cols, rows, header=["Site", "No.", "Manufacturer"], font="Serif", size=11, row_gap=4)
    d.gap(8)
    d.p("Question 3: Whether any cameras were manufactured by Hikvision, Dahua or any of their subsidiaries or white-label brands.", "SerifB", 11, after=2)
    d.p("Please refer to the table provided in response to Question 2.", "Serif", 11)
    d.p("Question 4: Whether the University has any plans to replace such cameras.", "SerifB", 11, after=2)
    d.p("The University's Estates Strategy 2025-2030 includes a review of security systems across all sites. No decisions have yet been made about replacing any particular equipment.", "Serif", 11)
    d.gap(4)
    d.p("If you are dissatisfied with this response you may ask for an internal review by contacting foi@kingsmouth.ac.example within 40 working days. If you are not content with the outcome of the internal review, you may apply to the Information Commissioner for a decision.", "Serif", 10)
    d.gap(6)
    d.p("Yours sincerely", "Serif", 11, after=30)
    d.lines("Thomas Pengelly\nRecords and Information Compliance Officer", "Serif", 11)

make_scan(reply_path(NN, "pdf"), build, margins=(64, 64, 64, 64), dpi=160, rot=0.55, seed=17, fmt="pdf")
label(NN, "pdf", "university", "foia", "no", "yes", "answered", [], 240,
      "Hard: image-only PDF scan; per-site table with no total (sum 240) and the residences row's maker is 'Imou', a Dahua brand, while Q3 is answered only by 'refer to the table'; the complete maker list leaves out Hikvision.")
