"""02: NHS trust, a spreadsheet printed to PDF: sites as rows, internal/external counts, recorders beside cameras, no total."""
from common import *

NN = "02"
write_request(NN, """
Dear Castlegate and Wolds NHS Foundation Trust,

I am writing to request information under the Freedom of Information Act.

1) How many CCTV cameras are currently in use across the Trust's hospitals and clinics?
2) What make (manufacturer) are the cameras and the recording equipment?
3) Are any of them made by Hikvision or Dahua?
4) Who maintains the system?

Many thanks,
Priya Raman
""")

rows = [
    ("Castlegate General Hospital", "Main block / ED", 24, 9, "Axis", "Milestone XProtect (Dell R550 server)", 2, "Reliance High-Tech"),
    ("Castlegate General Hospital", "Maternity & SCBU", 11, 4, "Axis", "Milestone XProtect (shared)", 0, "Reliance High-Tech"),
    ("Castlegate General Hospital", "Multi-storey car park", 0, 22, "Hikvision", "Hikvision DS-9632NI-I8", 1, "Reliance High-Tech"),
    ("Castlegate General Hospital", "Estates yard / stores", 2, 7, "Hikvision", "Hikvision DS-7616NI-K2", 1, "Reliance High-Tech"),
    ("St Aidan's Hospital", "Main entrance / wards", 16, 6, "Hanwha", "Wisenet XRN-1610", 1, "Chubb Fire & Security"),
    ("St Aidan's Hospital", "Ash Ward (MH unit)", 12, 3, "Avigilon", "Avigilon NVR5 Std", 1, "Chubb Fire & Security"),
    ("Brookfield Health Centre", "Reception / car park", 3, 2, "Hikvision", "Hikvision DS-7608NI-K2", 1, "Estates (in-house)"),
]
total = sum(r[2] + r[3] for r in rows)
hdr = ["Site", "Area", "Internal\ncameras", "External\ncameras", "Camera make",
       "Recorder", "No. of\nrecorders", "Maintained by"]
data = [hdr] + [[r[0], r[1], str(r[2]), str(r[3]), r[4], r[5], str(r[6]) if r[6] else "-", r[7]] for r in rows]
t = grid_table(data, col_widths=[48 * mm, 38 * mm, 18 * mm, 18 * mm, 24 * mm, 58 * mm, 18 * mm, 38 * mm],
               font_size=8.5, zebra=True)
flow = [
    P("FOI 0312-24  CCTV - Q1 to Q4", "bold"),
    Spacer(1, 3 * mm),
    t,
    Spacer(1, 4 * mm),
    P("CCTV at Wolds Community Hospital is owned and operated by NHS Property Services as landlord and is not included above.", "small"),
]
pdf_build(ROOT / f"{NN}-reply.pdf", flow, pagesize=landscape(A4), margins=12,
          footer=r"\\cwft-fs01\IG\FOI\2024-25\0312-24\CCTV Q1-4.xlsx   Sheet1")

add_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf",
          body_type="nhs", law="foia", hikvision="yes", dahua="no", outcome="answered",
          exemptions=[], camera_count=total,
          note="Printed spreadsheet only, no total: count is the sum of internal+external columns, ignoring the recorders column; Dahua 'no' only because the make column lists every row.")
print(total)
