from common import *
from pdfh import *
import random

NN = "07"
write_request(NN, """
Dear Dudley Metropolitan Borough Council,

1. Please list every public space CCTV camera operated by the council with its location.
2. Please give the manufacturer of each camera.
3. Are any cameras made by Dahua Technology?
4. Does the council's CCTV control room use any facial recognition or ANPR?

Thank you,
Rhys Whitcombe
""")

rnd = random.Random(7)
streets = ["Market Place", "High Street", "Castle Street", "Stone Street", "Wolverhampton Street", "Churchill Precinct",
           "King Street", "Hall Street", "Trindle Road", "Priory Street", "Bus Station", "Flood Street",
           "Stafford Street", "New Street", "Birmingham Street", "Waterfront Way", "Merry Hill Link", "Cradley Road",
           "Halesowen Cornbow", "Hagley Road", "Peckingham Street", "Stourbridge Ring Road", "Lower High Street",
           "Brierley Hill High St", "Level Street", "Coronation Gardens", "Sedgley Bull Ring", "Kingswinford Cross",
           "Lye High Street", "Netherton Market", "Coseley Station", "Upper Gornal"]
types = ["PTZ", "Fixed", "PTZ", "Fixed dome", "PTZ"]
makes = ["Bosch", "Bosch", "Axis", "HIKVISION", "Bosch", "Hik Vision", "Axis"]
rows = [["Cam ID", "Location", "Type", "Manufacturer"]]
n = 63
for i in range(1, n + 1):
    town = "DY" if i <= 24 else ("BH" if i <= 38 else ("ST" if i <= 50 else "HS"))
    rows.append([f"{town}{i:03d}", f"{rnd.choice(streets)} / {rnd.choice(streets)}", rnd.choice(types), rnd.choice(makes)])
rows.append(["", "Total cameras", "", str(n)])
hik = sum(1 for r in rows[1:-1] if r[3] in ("HIKVISION", "Hik Vision"))

story = [Paragraph("Dudley Metropolitan Borough Council", HEAD),
         Paragraph("Information Management Team · Council House · Priory Road · Dudley DY1 1HF", SMALL),
         Spacer(1, 14),
         Paragraph("Our reference: DMBC/IR/2024/3307<br/>Date: 14 August 2024", RIGHT),
         Paragraph("Mr R Whitcombe", BODY), Spacer(1, 6),
         Paragraph("Dear Mr Whitcombe,", BODY),
         Paragraph("Freedom of Information Act 2000 – CCTV", BOLD)]
story += paras("""
Thank you for your request dated 22 July 2024. Please find our response below.

<b>1 and 2.</b> A list of the public space cameras monitored from the Council's CCTV control room, with the
location and manufacturer of each, is set out in Appendix A. Locations are given to street level only.

<b>3.</b> The council does not have any Dahua Technology cameras or recording equipment.

<b>4.</b> No. The control room does not use facial recognition. ANPR is not used by the council; ANPR cameras
in the borough belong to West Midlands Police and are not connected to the council's system.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review.
Internal review requests should be submitted within two months of the date of receipt of this response and
should be addressed to the Information Management Team, Council House, Priory Road, Dudley DY1 1HF.
If you are not content with the outcome of the internal review, you have the right to apply directly to the
Information Commissioner for a decision.

Yours sincerely,

Lorna Beddowes<br/>Information Management Officer
""")
story += [Spacer(1, 10), Paragraph("Appendix A – Public space CCTV cameras", BOLD),
          grid(rows, [2.2 * cm, 8.5 * cm, 2.6 * cm, 3.2 * cm], total=True)]
build(OUT / f"{NN}-reply.pdf", story,
      footer=lambda p: f"DMBC/IR/2024/3307 – Page {p}\nDudley Council Plus 0300 555 2345 · www.dudley.gov.uk")
print("hik rows", hik)
add_label(NN, "pdf", "council", "foia", "yes", "no", "answered", [], 63,
          "Camera list spans two PDF pages with the total row at the end; Hikvision only appears in table cells as 'HIKVISION'/'Hik Vision'; footer carries a phone number.")
