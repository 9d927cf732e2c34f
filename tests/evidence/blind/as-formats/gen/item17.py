from common import *
NN = "17"
write_request(NN, """
Dear FOI team,

My request is about body-worn cameras used by security staff and ward staff in your hospitals.

1. How many body-worn cameras does the Trust have?
2. Who manufactures them?
3. Are any made by Hikvision or Dahua?
4. Do the devices record audio as well as video?
5. How long is footage retained?

Thanks,
Lewis Gant
""")
hdr = ["**Humber Coast Teaching Hospitals NHS Trust", "Corporate Affairs - Freedom of Information Office",
       "Castle Hill Hospital, Castle Road, Cottingham HU16 5JQ", "", "@@FOI Ref: HCT 23-24/1907", "@@Date: 15/02/2024", ""]
p1 = hdr + wrap("""
Dear Mr Gant

Thank you for your request for information under the Freedom of Information Act 2000, received 18/01/2024. Please find the Trust's response below.

Q1. How many body-worn cameras does the Trust have?
A1. 86. These are allocated to the security team (52) and to the Emergency Departments at Hull Royal Infirmary and Castle Hill (34).

Q2. Who manufactures them?
A2. Motorola Solutions (VB400 model), supplied under the NHS Supply Chain framework.

Q3. Are any made by Hikvision or Dahua?
A3. See answer to Q2.

Q4. Do the devices record audio as well as video?
A4. Yes. Cameras record audio and video together when activated by the wearer. They do not record continuously.

Q5. How long is footage retained?
A5. 31 days unless marked as evidential, in which case it is retained in line with the Trust's Records Management Policy.

For information, the Trust also has approximately 350 fixed CCTV cameras across its sites; these are outside the scope of your request and are managed by Estates.
""")
p2 = ["@@HCT 23-24/1907 - page 2", ""] + wrap("""
If you are unhappy with the way your request has been handled, you may request an internal review by writing to the Head of Corporate Affairs, Humber Coast Teaching Hospitals NHS Trust, Castle Hill Hospital, Castle Road, Cottingham HU16 5JQ, or by email to hct.foi@nhs.net, within 40 working days.

If you are still not satisfied, you have the right to complain to the Information Commissioner at: The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone 0303 123 1113.

Information provided under the Act is subject to copyright. The re-use of any information supplied requires the permission of the Trust.

Yours sincerely



Freedom of Information Office
On behalf of Humber Coast Teaching Hospitals NHS Trust
""")
scanned_pdf(NN, [p1, p2], seed=17, font="dejavu/DejaVuSans.ttf", size_pt=10.5)
add_label(NN, "pdf", "nhs", "foia", "no", "no", "answered", [], 86,
          "scanned; request about body-worn video only, so BWV count is the answer and the approx. 350 fixed CCTV is a distractor; 'See answer to Q2' with a single-maker list")
