from common import *

NN = "05"
write_request(NN, """
Dear Clerk,

Freedom of Information request.

(a) How many CCTV cameras does Ledbury Town Council own or operate?
(b) Are any of them manufactured by Hikvision or Dahua?
(c) What was the total spend on CCTV maintenance in 2023/24?

Thank you,
Bethan Croft
""")
L = []
L += [("<center>LEDBURY TOWN COUNCIL", "serifb", 34, 0),
      ("<center>Town Council Offices, Church Street, Ledbury, Herefordshire HR8 1DH", "serif", 20, 0),
      ("<center>Tel: 01531 630 418   clerk@ledbury-tc.example.org.uk", "serif", 20, 0, 10),
      ("<hr>", "serif", 20, 0, 30),
      ("Ms B Croft", "serif", 24, 0),
      ("by email", "serif", 24, 0, 24),
      ("<right>8th July 2024", "serif", 24, 0, 10),
      ("Our ref: LTC/FOI/24/07", "serif", 24, 0, 24),
      ("Dear Ms Croft,", "serif", 24, 0, 16),
      ("Re: Freedom of Information request - CCTV", "serifb", 24, 0, 16),
      ("Thank you for your email of 19th June 2024.", "serif", 24, 0, 12),
      ("I can confirm that Ledbury Town Council does not own or operate any CCTV", "serif", 24, 0),
      ("cameras. The cameras in the Market Place and on the Homend are part of the", "serif", 24, 0),
      ("Herefordshire Council public space system and any request about them should", "serif", 24, 0),
      ("be directed to Herefordshire Council.", "serif", 24, 0, 12),
      ("As the Council has no cameras, it holds no information in respect of parts (b)", "serif", 24, 0),
      ("and (c) of your request.", "serif", 24, 0, 12),
      ("If you are unhappy with this response you may ask the Council to review it by", "serif", 24, 0),
      ("writing to the Chair of the Finance & Policy Committee at the above address.", "serif", 24, 0),
      ("You may then complain to the Information Commissioner's Office, Wycliffe", "serif", 24, 0),
      ("House, Water Lane, Wilmslow SK9 5AF.", "serif", 24, 0, 30),
      ("Yours sincerely,", "serif", 24, 0, 60),
      ("A. J. Whitlock", "serif", 24, 0),
      ("Town Clerk & RFO", "serif", 24, 0)]
scanned_pdf(OUT / f"{NN}-reply.pdf", [L], seed=5, skew=1.1, stamp=["POSTED", "- 8 JUL 2024", "LEDBURY T.C."], stamp_pos=(700, 1250))
label(NN, "pdf", "council", "foia", "no", "no", "answered", [], 0,
      "Scanned image-only letter with a stamp; town council has no cameras and points to another council's cameras in its streets.")
