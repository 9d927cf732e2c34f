from common import *

NN = "17"
write_request(NN, """
Dear Clerk,

I'd like to make a request under the Freedom of Information Act 2000 for the following:

1. How many CCTV cameras does the Town Council operate, and at which sites?
2. Does the Council use any equipment manufactured by Hikvision?
3. Does the Council use any equipment manufactured by Dahua?
4. How much did the Council spend on CCTV in the last financial year?

Many thanks,
Stuart Nkemelu
""")

lines = [
 "PELHAM TOWN COUNCIL",
 "The Town Hall, Market Place, Pelham, Norfolk NR19 4PT",
 "Tel 01362 555 019  ·  clerk@pelham-tc.gov.uk",
 ("rule",),
 "",
 "Mr S. Nkemelu                                                              Ref: FOI 03/2024",
 "                                                                           11 November 2024",
 "",
 "Dear Mr Nkemelu,",
 "",
 "Freedom of Information Act 2000 - CCTV",
 "",
 "Thank you for your email received on 14 October 2024. The Council's response is",
 "as follows.",
 "",
 "1.  The Council operates the following CCTV:",
 "",
 ("cols", [(40, "Site"), (720, "Cameras"), (960, "Recorders (DVR)")], True),
 ("rule",),
 ("cols", [(40, "Town Hall"), (760, "6"), (1040, "1")]),
 ("cols", [(40, "Market Place"), (760, "8"), (1040, "1")]),
 ("cols", [(40, "Recreation Ground & pavilion"), (760, "4"), (1040, "1")]),
 ("cols", [(40, "Skate park (recorded at pavilion)"), (760, "2"), (1040, "-")]),
 ("cols", [(40, "Cemetery & chapel"), (760, "3"), (1040, "1")]),
 ("rule",),
 ("cols", [(40, "Total"), (760, "23"), (1040, "4")], True),
 "",
 "2.  No.",
 "",
 "3.  The cameras are Hanwha Techwin analogue cameras. The four DVRs are",
 "    Dahua units supplied by the installer in 2019.",
 "",
 "4.  £2,346.00 (annual maintenance contract and one replacement camera).",
 "",
 "If you are unhappy with how your request has been handled you may ask for",
 "the matter to be reviewed by writing to the Town Clerk. If you remain",
 "dissatisfied you may complain to the Information Commissioner's Office,",
 "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
 "",
 "Yours sincerely,",
 "",
 "",
 "J. Featherstone (Mrs)",
 "Town Clerk & RFO",
]
img = render_scan(lines, skew=1.2, seed=17, bold_lines={0, 10}, font_size=28)
img = img.convert("RGB")
img.save(out(f"{NN}-reply.pdf"), "PDF", resolution=200.0)
add_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="scan", body_type="council", law="foia",
          hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=23,
          note="Image-only PDF (no text layer), skewed, with a site table giving cameras and DVRs side by side and a total row; only the recorders are Dahua.")
