from common import *
from xl import *
from emlh import *
from openpyxl import Workbook
import datetime

NN = "13"
write_request(NN, """
Dear Leeds City Council,

Please could you tell me, under the Freedom of Information Act:

1. How many CCTV cameras are operated by Leeds City Council (including Leedswatch public space cameras)?
2. Are any of the council's CCTV cameras made by Hikvision?
3. Are any made by Dahua?
4. Please provide a breakdown of cameras by manufacturer.

Yours faithfully,
Beth Arkwright
""")

wb = Workbook(); ws = wb.active; ws.title = "By manufacturer"
title(ws, "FOI 1056632 – CCTV cameras by manufacturer", 3)
header(ws, 2, ["Manufacturer", "Product range", "Cameras"])
rows = [("Bosch", "AUTODOME / FLEXIDOME", 188), ("Axis", "Q60 / P32 series", 120),
        ("Interlogix", "TruVision TVGP / TVD", 64), ("Hanwha Vision", "Wisenet X", 40)]
for i, r in enumerate(rows):
    rowvals(ws, 3 + i, list(r))
rowvals(ws, 8, ["Total", "", sum(r[2] for r in rows)], bold=True, fill=TOT)
widths(ws, [18, 26, 10])
ws2 = wb.create_sheet("Notes")
notes(ws2, ["Includes Leedswatch public space cameras and cameras at council-managed buildings.",
            "Excludes body-worn video and cameras on refuse collection vehicles."])

m = message("Leeds City Council FOI <foi@leeds.gov.uk>", "Beth Arkwright <request-80213-5a1f@whatdotheyknow.com>",
            "RE: Freedom of Information request - CCTV camera manufacturers [Ref: 1056632]",
            datetime.datetime(2024, 6, 18, 14, 22, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
            """
            Dear Ms Arkwright

            Request for information – reference 1056632

            Thank you for your request for information received on 21 May 2024. Please see our response below.

            1. Leeds City Council operates 412 CCTV cameras, including the Leedswatch public space network.

            2. Please see the attached spreadsheet.

            3. No, none of the council's cameras are Dahua.

            4. Please see the attached spreadsheet.

            If you are dissatisfied with our response, you can request an internal review within 40 working days
            of the date of this email by contacting foi@leeds.gov.uk. If you are still dissatisfied after the
            internal review, you can contact the Information Commissioner's Office.

            Kind regards

            Daniel Okafor
            Information Governance Officer | Information Management & Governance
            Leeds City Council | Merrion House, 110 Merrion Centre, Leeds LS2 8BB
            Tel: 0113 378 5612

            This email and any attachments are confidential and intended solely for the addressee. If you have
            received this email in error please notify the sender. Leeds City Council monitors email traffic.
            """, domain="leeds.gov.uk")
attach(m, wb_bytes(wb), "FOI 1056632 - CCTV manufacturers.xlsx", XLSX)
save(m, OUT / f"{NN}-reply.eml")
add_label(NN, "eml", "council", "foia", "yes", "no", "answered", [], 412,
          "E-mail answers Hikvision only by 'see attached'; the Excel attachment lists Interlogix TruVision (a Hikvision-made brand), never the word Hikvision.")
