import random
from reportlab.platypus import PageBreak
from pdfutil import *
from common import *

NN = "16"
write_request(NN, """
Dear Kingsbridge Metropolitan Borough Council,

Please provide under FOIA:
(1) a schedule of all public space CCTV cameras operated by the council, giving the camera number, street location,
    manufacturer and whether it is currently working;
(2) whether the council uses any Hikvision cameras;
(3) whether the council uses any Dahua cameras;
(4) the annual cost of running the CCTV control room.

Regards,
Owen Threlfall
""")
random.seed(16)
streets = ["High St", "Market Pl", "Church Gate", "Station Approach", "Victoria Rd", "Bridge St", "Albert Sq",
           "Mill Lane", "Union St", "Kings Rd", "Canal Side", "Bus Station", "Queensway", "Park Rd", "Northgate"]
makes = ["Bosch MIC IP 7100i", "Bosch AUTODOME 7100i", "Dahua SD6AL445XA-HNR", "Axis Q6075-E", "Bosch MIC IP 7100i"]
rows = [["Cam No.", "Location", "Manufacturer / model", "Status"]]
live = 0
for i in range(1, 93):
    mk = makes[(i * 7) % len(makes)]
    st = "Working"
    if i in (14, 38, 61):
        st = "Decommissioned - awaiting removal of column"
    elif i in (22, 47, 70, 88):
        st = "Faulty - repair ordered"
    if not st.startswith("Decomm"):
        live += 1
    rows.append([f"KB{i:03d}", f"{random.choice(streets)} / {random.choice(streets)}", mk, st])
s = []
s.append(Paragraph("Kingsbridge Metropolitan Borough Council", H))
s.append(Paragraph("Information Governance, Town Hall, Kingsbridge KB1 1TH &nbsp;&nbsp; Ref: FOI 7731", N))
s.append(Paragraph("12 August 2024", N))
s.append(Paragraph("Dear Mr Threlfall,", N))
s.append(Paragraph("Thank you for your request of 16 July 2024. Responses to (1), (2) and (3) are given in the schedule "
                   "below, which shows every camera on the council's public space system. Cameras marked faulty remain "
                   "installed and are counted as part of the system.", N))
s.append(Paragraph("(4) The control room cost &pound;612,400 in 2023/24, including staffing.", N))
s.append(Paragraph("Schedule of public space CCTV cameras", B))
s.append(ruled(rows, [20, 60, 52, 38], repeat=1))
s.append(Spacer(1, 8))
s.append(Paragraph(ICO, N))
s.append(Paragraph("Yours sincerely,<br/>Janet Ekwueme<br/>Information Governance Officer", N))
build(out(f"{NN}-reply.pdf"), s)
label(NN, f"{NN}-reply.pdf", "pdf", "council", "foia", "no", "yes", "answered", [], live,
      f"Hard: 92-row schedule continuing over pages with repeated header and no total; 3 decommissioned rows excluded "
      f"({live}); Hikvision/Dahua questions answered only via the manufacturer column (Dahua present, Hikvision absent).")
print(live)
