import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *
from pypdf import PdfWriter, PdfReader

NN = "06"
write_request(NN, """
Dear Severnside Passenger Transport Executive,

Under FOI, please tell me:
1. How many CCTV cameras are installed at the bus stations, interchanges and park & ride sites you manage?
2. A breakdown by site.
3. The manufacturers of the cameras.
4. Are any manufactured by Hikvision or Dahua?
5. Who monitors the cameras and how long is footage kept?

Regards,
Alun Pryce
""")

def letter(d):
    d.lines("Severnside Passenger Transport Executive", "SansB", 12, after=0)
    d.lines("Information Rights  \u2022  Quayside House, 20 Severn Quay, Severnport SP1 4TT", "Sans", 8.5, after=16)
    d.lines("Mr A Pryce\nvia WhatDoTheyKnow", "Sans", 10, after=8)
    d.lines("Our reference: SPTE-IR-2025-0047\n21 February 2025", "Sans", 10, after=12)
    d.p("Dear Mr Pryce,")
    d.p("Thank you for your request for information received 23 January 2025 about CCTV at SPTE-managed passenger facilities.")
    d.p("The information requested at questions 1 to 5 is provided in the table at Annex 1 (overleaf). The table sets out, for each site, the camera systems installed, the manufacturer of each system, how recordings are made and monitored, and the retention period.")
    d.p("Body-worn video devices issued to SPTE customer service staff at each site are included in the table for completeness.")
    d.gap(4)
    d.p("If you are unhappy with this response, you can ask us to review it by writing to information.rights@spte.example within 40 working days. If you are still not satisfied you may complain to the Information Commissioner's Office (www.ico.org.uk/make-a-complaint).", size=9)
    d.p("The information in this response is SPTE copyright and is released under the Open Government Licence v3.0.", size=9)
    d.gap(6)
    d.p("Yours sincerely,", after=18)
    d.lines("Megan Tallis\nInformation Rights Officer", "Sans", 10)

def ftr(d):
    d.be.text(d.ml + d.width, d.be.H - 26, "SPTE-IR-2025-0047  Annex 1", "Sans", 7.5, "r")

def annex(d):
    d.p("Annex 1  -  Camera systems at SPTE passenger facilities (as at 31 January 2025)", "SansB", 11, after=8)
    cols = [(0,104,"l"),(108,58,"l"),(170,32,"r"),(206,28,"r"),(240,34,"r"),(280,34,"r"),(322,62,"l"),(388,58,"l"),(450,46,"l"),(500,92,"l"),(596,108,"l"),(708,44,"r")]
    hdr = ["Site","Type","Fixed CCTV","PTZ CCTV","ANPR\u00b9","BWV\u00b2","CCTV make","ANPR make","BWV make","Recording","Monitoring","Retention (days)"]
    rows = [
        ["Severn Quay Bus Station","Bus station","42","6","2","12","Bosch","Hikvision","Reveal","Bosch DIVAR IP, on site","SPTE Control Centre 24/7","31"],
        ["Abbeygate Interchange","Interchange","31","4","2","10","Bosch","Hikvision","Reveal","Bosch DIVAR IP, on site","SPTE Control Centre 24/7","31"],
        ["Northgate Rail-Bus Interchange","Interchange","27","3","3","8","Hanwha","Hikvision","Reveal","Wisenet NVR","SPTE Control Centre 24/7","31"],
        ["Portway Park & Ride","P&R","18","4","2","4","Axis","Hikvision","Reveal","Axis Camera Station","Control Centre (06:00-20:00)","28"],
        ["Kingsweston Park & Ride","P&R","16","2","-","2","Axis","-","Reveal","Axis Camera Station","Control Centre (06:00-20:00)","28"],
        ["Millbrook Bus Station","Bus station","14","2","-","4","Hanwha","-","Reveal","Wisenet NVR","Recorded only","31"],
        {"cells": ["Total","","148","21","9","40","","","","","",""], "bold": True, "gap": 4},
    ]
    d.table(cols, rows, header=hdr, font="Narrow", size=8.5, row_gap=5)
    d.gap(10)
    d.p("\u00b9 ANPR cameras control entry to and exit from the site car parks. They are a separate system used for tariff enforcement and are not connected to the CCTV system.", "Narrow", 8, after=2)
    d.p("\u00b2 Number of body-worn video devices issued to staff based at the site.", "Narrow", 8, after=2)

lp = "/tmp/fh06l.pdf"; ap = "/tmp/fh06a.pdf"
make_pdf(lp, letter)
make_pdf(ap, annex, land=True, margins=(44, 44, 50, 44), footer=ftr)
w = PdfWriter()
for p in (lp, ap):
    for pg in PdfReader(p).pages:
        w.add_page(pg)
w.write(reply_path(NN, "pdf"))
label(NN, "pdf", "other", "foia", "no", "no", "answered", [], 169,
      "Hard: landscape 12-column annex with no CCTV total column; count = fixed 148 + PTZ 21, leaving out ANPR and body-worn columns; Hikvision appears only as the make of the separate ANPR system, and the CCTV make column (Bosch, Hanwha, Axis) is complete.")
