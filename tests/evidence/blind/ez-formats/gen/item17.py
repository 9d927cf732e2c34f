"""17: academy, image-only (scanned) PDF letter; CCTV owned by PFI company -> not held."""
from common import *

NN = "17"
write_request(NN, """
To the Data Protection / FOI lead, Harrowfield Academy

Under the Freedom of Information Act please tell me
(1) how many CCTV cameras are at the academy
(2) what brand they are, in particular whether any are Hikvision or Dahua
(3) how long footage is kept

Thanks
Joanne Pritchard
""")

L = [
    ("HARROWFIELD ACADEMY", {"bold": True, "size": 40, "align": "center"}),
    ("A member of the Pennine Ridge Learning Partnership", {"size": 22, "align": "center"}),
    ("Moorside Road, Harrowfield HX7 2LB  ·  01422 555 909  ·  office@harrowfield-academy.org.uk", {"size": 20, "align": "center"}),
    ("", {"rule": True, "size": 20}),
    ("", {}),
    ("Ms J Pritchard", {}),
    ("", {}),
    ("Ref: HA/FOI/24-07", {}),
    ("12 June 2024", {"align": "right"}),
    ("", {}),
    ("Dear Ms Pritchard,", {}),
    ("", {}),
    ("Request for information - CCTV", {"bold": True}),
    ("", {}),
    ("Thank you for your request for information, received on 20 May 2024, which has been dealt with under the Freedom of Information Act 2000.", {}),
    ("", {}),
    ("The academy building was built and is maintained under a Private Finance Initiative (PFI) contract. The CCTV system, including the cameras and recording equipment, forms part of the building services provided by the PFI company, Calder Schools Partnership (Project Co) Ltd, and its facilities management contractor. The system is owned, installed and maintained by them and not by the academy.", {}),
    ("", {}),
    ("I can therefore confirm that the academy does not hold information about the number of cameras (question 1) or their make or brand (question 2). You may wish to direct these questions to the local authority, which manages the PFI contract.", {}),
    ("", {}),
    ("In answer to question 3, under the Academy's CCTV Policy images are retained for 30 days unless required for an investigation.", {}),
    ("", {}),
    ("If you are unhappy with this response you may ask for it to be reviewed by writing to the Clerk to the Trustees at the address above within 40 working days. If you remain dissatisfied you can contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.", {}),
    ("", {}),
    ("Yours sincerely,", {}),
    ("", {}),
    ("", {}),
    ("", {}),
    ("Mark Heseltine", {}),
    ("Business Manager and Data Protection Lead", {}),
]
img = render_page(L, seed=17, skew=-0.9, size=24,
                  extra=lambda im, pos: signature(im, 118, pos["Mark Heseltine"] - 6, seed=17, w=180))
img = stamp(img, "COPY", (900, 1480), size=34, angle=10, colour=120)
images_to_pdf([img], ROOT / f"{NN}-reply.pdf")

add_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf",
          body_type="academy", law="foia", hikvision="unknown", dahua="unknown", outcome="not_held",
          exemptions=[], camera_count=None,
          note="Image-only scanned PDF (no text layer); cameras belong to the PFI company so count and makes are not held, only retention is answered.")
