import csv, io, random
from lib import *

write_text("16-request.txt", """
Dear Thurrock Council,

Q1 Please list every public space CCTV camera operated by the council, with its exact location (street name), make and model.
Q2 Do you have any Hikvision cameras?
Q3 Do you have any Dahua cameras?
Q4 What did the council spend on CCTV maintenance in 2022/23 and 2023/24?

Many thanks,
Sanjay Mistry
""")

random.seed(16)
wards = ["Grays Riverside", "Grays Thurrock", "Tilbury Riverside and Thurrock Park", "Stanford East and Corringham Town",
         "West Thurrock and South Stifford", "Aveley and Uplands", "Chadwell St Mary", "South Chafford"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Camera No.", "Ward", "Type", "Make", "Model"])
n = 0
for wd in wards:
    for i in range(random.randint(3, 9)):
        n += 1
        typ = random.choice(["PTZ", "PTZ", "Fixed"])
        mk, md = (random.choice([("Dahua Technology", "SD6CE245XA-HNR"), ("Axis", "Q6135-LE")]) if typ == "PTZ"
                  else random.choice([("Dahua Technology", "IPC-HFW5849T1-ASE-LED"), ("Axis", "P1465-LE")]))
        w.writerow(["TC%03d" % (n * 3 + random.randint(0, 2)), wd, typ, mk, md])
csvdata = buf.getvalue().encode("utf-8")
print(n)

text = """Dear Mr Mistry

Freedom of Information Request - Our ref: FOI-2324-1876

Thank you for your request received 21 March 2024. Please see our response below.

Q1 Please see the attached spreadsheet (FOI-2324-1876 CCTV.csv). This lists each public space camera with its ward, camera type, make and model. We have not provided the exact location of each camera. This information is exempt under section 31(1)(a) and (b) of the FOI Act (prevention or detection of crime; apprehension or prosecution of offenders). Releasing the specific siting of every camera would reveal gaps in coverage which could be exploited by those intending to commit crime or anti-social behaviour. We have considered the public interest and consider that it favours maintaining the exemption. Ward-level information has been provided instead.

Q2 No.

Q3 Yes - the council uses Dahau cameras, see spreadsheet.

Q4 Maintenance of the CCTV system is included within a wider facilities management contract and is not separately costed. The council therefore does not hold this information.

If you are not satisfied with this response you may ask for an internal review within 40 working days by emailing foi@thurrock.gov.uk. If you are still not satisfied you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, www.ico.org.uk

Yours sincerely

Information Management Team
Thurrock Council, Civic Offices, New Road, Grays RM17 6SL
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</body></html>"
data = eml_bytes("Thurrock Council FOI <foi@thurrock.gov.uk>", "sanjay.mistry.foi@gmail.com",
                 "FOI-2324-1876 - Response", dt(2024, 4, 18, 11, 27), text=text, html=html,
                 attachments=[("FOI-2324-1876 CCTV.csv", csvdata, "text", "csv")])
write_bytes("16-reply.eml", data)
add_label(path="16-reply.eml", request_file="16-request.txt", format="eml", body_type="council",
          law="foia", hikvision="no", dahua="yes", outcome="partially_answered", exemptions=["s31"],
          camera_count=n, note="Count only from the rows of the attached CSV; exact locations withheld under s31 and maintenance cost not held; Dahua misspelled 'Dahau' in the body.")
