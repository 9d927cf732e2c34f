from common import *
NN = "16"
write_request(NN, """
Dear Sir/Madam,

Freedom of Information request - public space CCTV

1. Approximately how many CCTV cameras does the Borough Council operate?
2. Do you use Hikvision cameras? If so, how many?
3. Do you use Dahua cameras? If so, how many?
4. Have you any plans to replace them?
5. Is the CCTV control room staffed 24/7?

Kind regards,
Bernadette Quayle
""")
hdr = ["**BOROUGH OF CASTLEFORD AND PONTEFRACT", "Legal & Governance - Information Management",
       "Town Hall, Bradley Street, Castleford WF10 1HU", "Tel: 01977 722 500", "",
       "@@Our ref: INF/5541/BQ", "@@Date: 8 May 2024", ""]
body = wrap("""
Ms B Quayle
by email only

Dear Ms Quayle

FREEDOM OF INFORMATION ACT 2000 - REQUEST NO. INF/5541

I refer to your request for information received on 9 April 2024. I have set out the Council's response to each question below.

1. The Council's CCTV service currently operates approximately 240 cameras across the borough, of which around 190 are public space cameras and the remainder are at council housing blocks and depots.

2. Yes. The Council has 31 Hikvison cameras, all at housing blocks.

3. No Dahau cameras are in use.

4. The Hikvision cameras are scheduled to be replaced with Axis units as part of the housing CCTV upgrade, with the work due to complete by the end of March 2026.

5. Yes, the control room at Ferrybridge Road is staffed 24 hours a day, 365 days a year.

If you are not satisfied with this response you may ask for an internal review. Please write to the Information Management Team at the address above, or email foi@castlefordpontefract.gov.uk, within 40 working days. If you are still not satisfied after the internal review, you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.
""")
page1 = hdr + body + ["", "Yours sincerely", "", "", "D. Hargreaves", "Information Management Officer"]
scanned_pdf(NN, [page1], seed=16)
add_label(NN, "pdf", "council", "foia", "yes", "no", "answered", [], 240,
          "scanned image-only letter (OCR); misspelt Hikvison/Dahau; approx. total with approx. parts; Hikvision in use until 2026")
