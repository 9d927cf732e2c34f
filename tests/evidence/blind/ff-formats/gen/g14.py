from helpers import *

write_text("14-request.txt", """
Dear Northmoor Constabulary

This request is about body worn video (BWV) only.

1. How many body worn cameras does the force currently have in use?
2. What make(s) and model(s) are they?
3. Are any of them made by Hikvision or Dahua?
4. Who is the supplier and what is the contract value?

Thanks,
Gemma Lowther
""")

rows = [
    ["Northmoor Constabulary - FOI 2024/0877 - Body Worn Video", None, None, None, None, None],
    [None] * 6,
    ["Division / Department", "Manufacturer", "Model", "Devices in use", "Docking stations", "Notes"],
    ["Northern Division", "Motorola Solutions", "VB400", 612, 58, None],
    ["Central Division", "Motorola Solutions", "VB400", 705, 66, None],
    ["Southern Division", "Motorola Solutions", "VB400", 538, 49, None],
    ["Roads Policing", "Motorola Solutions", "VB400", 164, 14, None],
    ["Operational Support (TSG, Firearms, Dogs)", "Motorola Solutions", "V700", 142, 12, "LTE enabled"],
    ["Custody", "Motorola Solutions", "VB400", 96, 8, None],
    ["PCSOs / Neighbourhood", "Reveal Media", "D5", 83, 9, "Legacy - replacement 2025"],
    ["Total", None, None, 2340, 216, None],
    [None] * 6,
    ["Q1", "See table above - total devices in use", None, None, None, None],
    ["Q2", "See table above", None, None, None, None],
    ["Q3", "No", None, None, None, None],
    ["Q4", "Motorola Solutions UK Ltd. Contract value £1,186,400 (5 years, Apr 2021 - Mar 2026) via the national BWV framework.", None, None, None, None],
]
pdf_sheet(out("14-reply.pdf"), rows, [68, 42, 22, 26, 28, 50], header="FOI 2024-0877 BWV response.xlsx",
          footer="Page {page}", bold_rows=(0, 2, 10))
label(14, "pdf", "police", "foia", "no", "no", "answered", [], 2340,
      "Spreadsheet printed to PDF (gridlines, overflow text); request is about body-worn video only so the BWV total (2,340, with docking-station counts beside it) is the count; Q3 'No' to a joint maker question.")
note(14, "PDF printed from spreadsheet, police BWV; total 2,340 devices next to a docking-station column (216); Q3 'No' (joint) -> no/no. Medium.")
