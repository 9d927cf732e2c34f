from common import *
from xl import *
from emlh import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
import datetime

NN = "20"
write_request(NN, """
Scottish Fire and Rescue Service

Request under FOISA:
(a) How many CCTV cameras does SFRS have at its stations and other premises?
(b) Are any made by Hikvision or Dahua, and if so which?
(c) Please list the stations that have CCTV.

Thanks,
Fraser Lindsay
""")
wb = Workbook(); ws = wb.active; ws.title = "By SDA"
title(ws, "SFRS CCTV cameras by Service Delivery Area – FOI/2024/00918", 4)
ws.merge_cells("B2:C2"); ws["B2"] = "Premises type"; ws["B2"].font = Font(bold=True); ws["B2"].alignment = Alignment(horizontal="center")
header(ws, 3, ["Service Delivery Area", "Community fire stations", "Other premises (offices, workshops, training)", "Total cameras"])
data = [("North", 168, 22), ("East", 124, 31), ("West", 128, 24)]
r = 4
for row in data:
    rowvals(ws, r, list(row) + [row[1] + row[2]]); r += 2   # blank spacer rows between areas
t = [sum(x[i] for x in data) for i in (1, 2)]
rowvals(ws, r, ["Total"] + t + [sum(t)], bold=True, fill=TOT)
widths(ws, [26, 24, 40, 14])
m2 = wb.create_sheet("Manufacturers")
title(m2, "Cameras by manufacturer", 2)
header(m2, 2, ["Manufacturer", "Cameras"])
mrows = [("Hanwha Vision (Wisenet)", 402), ("Bosch", 58), ("Dahua", 37)]
for i, row in enumerate(mrows):
    rowvals(m2, 3 + i, list(row))
rowvals(m2, 7, ["Total", sum(x[1] for x in mrows)], bold=True, fill=TOT)
widths(m2, [28, 10])

m = message("SFRS FOI <SFRS.FOI@firescotland.gov.uk>", "fraser.lindsay@protonmail.com",
            "Your FOI request FOI/2024/00918 - CCTV",
            datetime.datetime(2024, 12, 3, 9, 14, 31, tzinfo=datetime.timezone.utc),
            """
            Dear Mr Lindsay

            FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUEST FOI/2024/00918

            Thank you for your request for information received on 5 November 2024.

            (a) Please see the attached spreadsheet, tab 'By SDA'.

            (b) Yes. Please see the 'Manufacturers' tab of the attached spreadsheet.

            (c) SFRS is withholding the list of stations that have CCTV under section 31(1) (national security
            and defence) and section 39(1) (health, safety and the environment) of FOISA. Fire stations are
            part of the national resilience infrastructure, and identifying which premises do or do not have
            CCTV coverage would make them more vulnerable to attack, theft of equipment and vehicles, and
            would endanger staff. We have considered the public interest and concluded that it favours
            withholding this information.

            If you are unhappy with our response, you can ask us to carry out a review by writing to the
            Information Governance Manager within 40 working days. If you are still unhappy after the review,
            you can apply to the Scottish Information Commissioner for a decision under section 47(1) of FOISA.

            Yours sincerely

            Morag Baillie
            Information Governance Officer
            Scottish Fire and Rescue Service | Westburn Drive, Cambuslang G72 7NA
            """, domain="firescotland.gov.uk")
attach(m, wb_bytes(wb), "FOI-2024-00918 CCTV.xlsx", XLSX)
save(m, OUT / f"{NN}-reply.eml")
add_label(NN, "eml", "fire", "foisa", "no", "yes", "partially_answered", ["s31", "s39"], 497,
          "'Yes' to a both-makers question; only the attached workbook's complete manufacturer list shows it is Dahua and not Hikvision; station list withheld under FOISA s31/s39.")
