from common import *

NN = "14"
write_request(NN, """
Dear Cheshire Fire and Rescue Service,

Regarding CCTV at your headquarters building in Winsford:

1. How many CCTV cameras are installed at the headquarters?
2. Who manufactured them?
3. Are any of them Hikvision or Dahua?

Thanks,
P. Lomax
""")
S, B = "sans", "sansb"
L = [("Cheshire Fire & Rescue Service", B, 30, 0),
     ("Sadler Road, Winsford, Cheshire CW7 2FQ", S, 19, 0),
     ("Tel 01606 868 714   foi@cheshirefire.example.gov.uk", S, 19, 0, 20),
     ("<hr>", S, 19, 0, 20),
     ("Your ref:  (email 02/04/2024)", S, 21, 0),
     ("Our ref:   CFRS/FOI/24-061", S, 21, 0),
     ("Date:      29 April 2024", S, 21, 0, 24),
     ("Mr P Lomax", S, 21, 0, 24),
     ("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", B, 21, 0, 14),
     ("Thank you for your request. I have now had the opportunity to look into this.", S, 21, 0, 10),
     ("The Service Headquarters at Winsford is provided to the Service under a lease,", S, 21, 0),
     ("and the building, its security systems and CCTV are owned, operated and", S, 21, 0),
     ("maintained by the landlord's facilities management company. The Service does not", S, 21, 0),
     ("operate or control the cameras and does not hold any information about the", S, 21, 0),
     ("number of cameras, their manufacturer or their specification.", S, 21, 0, 10),
     ("Under section 1(1)(a) of the Act I must therefore inform you that the information", S, 21, 0),
     ("requested is not held by Cheshire Fire and Rescue Service. You may wish to direct", S, 21, 0),
     ("your enquiry to the landlord, although please note that as a private company it is", S, 21, 0),
     ("not subject to the Freedom of Information Act.", S, 21, 0, 10),
     ("If you are dissatisfied with this response you can request an internal review", S, 21, 0),
     ("within 40 working days. Following this, you can contact the Information", S, 21, 0),
     ("Commissioner's Office at ico.org.uk.", S, 21, 0, 30),
     ("Yours sincerely", S, 21, 0, 50),
     ("Graham Tilsley", S, 21, 0),
     ("Information Governance & Records Manager", S, 21, 0)]
scanned_pdf(OUT / f"{NN}-reply.pdf", [L], seed=14, skew=1.4, stamp=["ISSUED", "29 APR 2024", "INFO GOVERNANCE"],
            stamp_pos=(640, 1200), stamp_color=(30, 50, 160))
label(NN, "pdf", "fire", "foia", "unknown", "unknown", "not_held", [], None,
      "Scanned image-only letter: headquarters CCTV belongs to the landlord, so nothing is held.")
