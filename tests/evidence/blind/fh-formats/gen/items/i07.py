import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "07"
write_request(NN, """
FOI request - Brackenfield Borough Council

1. How many public space CCTV cameras does the council operate?
2. Please give the location of each camera.
3. What is the make and model of each camera?
4. Are any Hikvision or Dahua cameras in use?
5. What is the annual cost of the CCTV maintenance contract, and who holds it?

Jonah Whitlock
""")

def build(d):
    d.lines("BRACKENFIELD BOROUGH COUNCIL", "SerifB", 13, align="c", after=0)
    d.lines("Legal & Democratic Services  |  Town Hall, Brackenfield BF1 1AA", "Serif", 9, align="c", after=18)
    d.lines("Mr J Whitlock", "Serif", 10.5, after=8)
    d.lines("Request No:  EIR/FOI 2025/00318\nDate of response:  3 March 2025", "Serif", 10.5, after=10)
    d.p("Dear Mr Whitlock,", "Serif", 10.5)
    d.p("REQUEST FOR INFORMATION - FREEDOM OF INFORMATION ACT 2000", "SerifB", 10.5)
    d.p("I refer to your request received on 3 February 2025. The Council has considered your request and I set out the response to each part below.", "Serif", 10.5)
    d.p("Part 1 and Part 3", "SerifB", 10.5, after=2)
    cols = [(10, 110, "l"), (130, 150, "l"), (290, 100, "l"), (400, 50, "r")]
    rows = [
        ["HIKVISION", "DS-2DE4425IW-DE", "PTZ", "22"],
        ["HIKVISION", "DS-2CD2T87G2-L", "Fixed bullet", "64"],
        ["Dahau", "IPC-HFW5442E-ZE", "Fixed bullet", "18"],
        ["Axis", "Q6135-LE", "PTZ", "30"],
        ["Axis", "P1468-LE", "Fixed bullet", "40"],
        ["Hanwha", "XNP-9300RW", "PTZ", "12"],
        ["Mobotix", "M16B", "Dual-lens fixed", "28"],
        {"cells": ["", "", "TOTAL", "214"], "bold": True, "gap": 4},
    ]
    d.table(cols, rows, header=["Manufacturer", "Model", "Type", "Qty"], font="Serif", size=10, row_gap=3)
    d.gap(6)
    d.p("Part 2", "SerifB", 10.5, after=2)
    d.p("The Council holds this information but considers it exempt under section 31(1)(a) (law enforcement - the prevention or detection of crime) and section 24(1) (national security) of the Act. Publishing the exact position of each camera would allow those intent on criminal activity to identify areas not covered by the system and would undermine the purpose of the scheme. The Council has considered the public interest and has concluded that the public interest in maintaining the exemptions outweighs that in disclosure, for the reasons given in the attached annex. A map showing the general areas covered by public space CCTV is published on the Council's website.", "Serif", 10.5)
    d.p("Part 4", "SerifB", 10.5, after=2)
    d.p("Yes, as shown in the table above.", "Serif", 10.5)
    d.p("Part 5", "SerifB", 10.5, after=2)
    d.p("The maintenance contract is held by Sentinel Vision Systems Ltd. The annual cost in 2024/25 is \u00a348,600 (excluding VAT).", "Serif", 10.5)
    d.gap(4)
    d.p("This letter constitutes a refusal notice under section 17 of the Act in respect of Part 2. If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of this response and addressed to the Monitoring Officer. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.", "Serif", 9.5)
    d.gap(4)
    d.p("Yours sincerely,", "Serif", 10.5, after=18)
    d.lines("Fiona Gallagher\nInformation Management Officer", "Serif", 10.5)

make_pdf(reply_path(NN, "pdf"), build)
label(NN, "pdf", "council", "foia", "yes", "yes", "partially_answered", ["s24", "s31"], 214,
      "Borderless make/model table with uppercase HIKVISION and misspelt 'Dahau', total in the Type column; locations withheld under s31/s24.")
