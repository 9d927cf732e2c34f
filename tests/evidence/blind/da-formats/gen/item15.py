from lib import *
from pdfhelp import *
nn = "15"
write_request(nn, """
Dear Inverallan Council,

I am requesting the following under the Freedom of Information (Scotland) Act 2002.

1. How many CCTV cameras does the Council operate in its own buildings (offices, schools, libraries, depots)? Please split internal and external.
2. What make are the cameras and the recording equipment?
3. Is any Hikvision or Dahua equipment used?
4. Please provide a plan or list of the exact camera positions in each building.

Regards,
Mhairi Lennox-Baird
""")
pdf = new_pdf()
para(pdf, "INVERALLAN COUNCIL", b=True, size=13, gap=0)
para(pdf, "Corporate Governance · Council Headquarters, Kirk Wynd, Inverallan IV31 5TB", size=8, gap=6)
para(pdf, "Our Ref: FOI-IC-25-00318\nYour Ref: email of 3 March 2025\nDate: 28 March 2025")
para(pdf, "Dear Ms Lennox-Baird")
para(pdf, "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION", b=True)
para(pdf, "Thank you for your request. I am now in a position to respond as set out below.")
para(pdf, "Questions 1 to 3", b=True)
rows = [("Council HQ, Kirk Wynd", 19, 8, "Hanwha", "Dahua NVR"),
        ("Strathy Road Offices", 6, 4, "Hanwha", "Dahua NVR"),
        ("Inverallan Academy", 11, 14, "Vivotek", "Dahua NVR"),
        ("Bridgend Primary", 2, 5, "Vivotek", "Dahua XVR"),
        ("Glenmore Primary", 0, 4, "Vivotek", "Dahua XVR"),
        ("Central Library", 7, 2, "Hanwha", "Hanwha Wave"),
        ("Roads Depot, Carse Rd", 1, 9, "Hanwha", "Dahua NVR")]
ti = sum(r[1] for r in rows); te = sum(r[2] for r in rows)
trows = list(rows) + [("TOTAL", ti, te, "", "")]
merged_table(pdf, "Building", "Cameras", ["Internal", "External"], ["Camera make", "Recorder"], trows, [58, 22, 22, 36, 40], bold_last=True)
para(pdf, "The Council has 9 network/hybrid video recorders in total. The recorder counts are not included in the camera figures above.")
para(pdf, "Question 4", b=True)
para(pdf, "The Council holds floor plans showing camera positions. This information is being withheld under section 35(1)(a) and (b) of FOISA (law enforcement), as disclosure would, or would be likely to, prejudice substantially the prevention or detection of crime and the apprehension or prosecution of offenders. This exemption is subject to the public interest test. Having considered it, we have concluded that the public interest in withholding the information outweighs that in disclosure. We also considered section 39(1) (health, safety and the environment) but have not relied on it.")
para(pdf, "Your right to seek a review", b=True)
para(pdf, "If you are unhappy with this response you may ask the Council to carry out a review by writing to the address above within 40 working days. If you remain dissatisfied after the review you can apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS, or online at www.foi.scot/appeal.")
para(pdf, "Yours sincerely\n\nAlasdair Munro-Keir\nInformation Governance Officer")
pdf.output(p(f"{nn}-reply.pdf"))
print(ti+te)
label(nn, "pdf", "pdf", "council", "foisa", "no", "yes", "partially_answered", ["s35"], ti+te,
      "Scottish merged-header table (Cameras: Internal|External) with no total column; Dahua appears only as the recorder brand, cameras are Hanwha/Vivotek; s39 considered but not applied")
