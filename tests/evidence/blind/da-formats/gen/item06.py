from lib import *
from pdfhelp import *
nn = "06"
write_request(nn, """
Dear Fire and Rescue Service,

Under FOIA please could you tell me:

- the total number of CCTV cameras at your fire stations and other premises
- how many are internal and how many external
- whether any of the cameras are made by Hikvision or Dahua
- the manufacturers used

Best wishes
Callum Freer
""")
pdf = new_pdf()
para(pdf, "Westmarch Fire and Rescue Service", b=True, size=14, gap=0)
para(pdf, "Service Headquarters, Beacon Way, Tolcaster TC2 6HF\nInformation Rights Team  ·  informationrights@westmarchfire.gov.uk", size=9, gap=6)
para(pdf, "Request ref: WFRS 0427/24\nDate of response: 9 September 2024", gap=4)
para(pdf, "Dear Mr Freer")
para(pdf, "Thank you for your request for information dated 12 August 2024, which has been dealt with under the Freedom of Information Act 2000. WFRS holds the information you requested. Our response follows.")
para(pdf, "CCTV at WFRS premises", b=True)
rows = [("Tolcaster (HQ & Control)", 14, 22, "Axis"),
        ("Tolcaster Central", 4, 9, "Axis"),
        ("Brindley Green", 2, 6, "Hanwha"),
        ("Marlow Cross", 2, 5, "Hanwha"),
        ("Eastwold", 0, 4, "Hanwha"),
        ("Fennick Bridge (on-call)", 0, 3, "Hanwha"),
        ("Training Centre, Carnby", 6, 11, "Axis / Hanwha"),
        ("Workshops & Stores", 3, 8, "Axis")]
ti = sum(r[1] for r in rows); te = sum(r[2] for r in rows)
trows = [(s, a, b, a+b, m) for s, a, b, m in rows] + [("Total", ti, te, ti+te, "")]
merged_table(pdf, "Premises", "Cameras", ["Internal", "External"], ["Total", "Manufacturer"], trows, [62, 24, 24, 20, 50], bold_last=True)
para(pdf, "The Service does not have any Hikvision or Dahua cameras. All fixed CCTV is either Axis or Hanwha Vision (Wisenet). Cameras on fire appliances (vehicle-mounted incident cameras) are not included above as they do not form part of the premises CCTV system.")
para(pdf, "If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Information Rights Team. Should you remain dissatisfied you have the right to apply to the Information Commissioner.")
para(pdf, "Yours sincerely\n\nDev Chaudhury\nInformation Rights Officer")
pdf.output(p(f"{nn}-reply.pdf"))
print(ti+te)
label(nn, "pdf", "pdf", "fire", "foia", "no", "no", "answered", [], ti+te,
      "total sits in a table whose header 'Cameras' spans Internal|External with a separate Total column and a Total row")
