from lib import *
write_request("17", """
To Inverallan Council

Freedom of Information (Scotland) Act 2002 request - drones

Q1. Does the council own or operate any drones (unmanned aerial vehicles)?
Q2. If so, how many, and what make are they (in particular are any made by DJI, Autel, Hikvision or Dahua)?
Q3. What are they used for?
Q4. Does the council use any contractors to fly drones on its behalf? If so, who?

Many thanks,
Kirsty Mowat
""")
pages = [[
 ("INVERALLAN COUNCIL", "h"),
 ("Corporate Services - Information Management", "s"),
 ("Council Headquarters, Mercat Street, Inverallan PH21 4DN", "s"),
 ("", "n"),
 ("Your ref:", "n"), ("Our ref: FOISA/IC/2024/0763", "n"), ("Date: 4 December 2024", "n"),
 ("Dear Ms Mowat", "n"),
 ("", "n"),
 ("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUEST FOR INFORMATION", "b"),
 ("", "n"),
 ("I refer to your request for information received on 6 November 2024, which", "n"),
 ("has been dealt with under the Freedom of Information (Scotland) Act 2002.", "n"),
 ("", "n"),
 ("Q1  No. Inverallan Council does not own or operate any drones.", "n"),
 ("", "n"),
 ("Q2 & Q3  Not applicable - see Q1.", "n"),
 ("", "n"),
 ("Q4  On two occasions in 2023/24 the Council's Roads and Infrastructure Service", "n"),
 ("      commissioned Skyline Survey Solutions Ltd to carry out aerial surveys of", "n"),
 ("      bridges. The Council does not hold information on the equipment the", "n"),
 ("      contractor used.", "n"),
 ("", "n"),
 ("If you are dissatisfied with the way the Council has dealt with your request,", "n"),
 ("you may ask us to review our actions and decisions by writing to the Head of", "n"),
 ("Legal Services within 40 working days. If you remain dissatisfied after the", "n"),
 ("review you may appeal to the Scottish Information Commissioner, Kinburn", "n"),
 ("Castle, Doubledykes Road, St Andrews KY16 9DS (www.foi.scot/appeal).", "n"),
 ("", "n"),
 ("Yours sincerely", "n"),
 ("<SIG>", "n"),
 ("Alasdair Munro", "n"),
 ("Information Management Officer", "n"),
]]
scanned_pdf("17", pages, seed=17, stamp=["INVERALLAN COUNCIL", "INFORMATION MGMT", "ISSUED"])
label(path="17-reply.pdf", request_file="17-request.txt", format="pdf", body_type="council", law="foisa",
      hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=0,
      note="Scanned FOISA letter on a drones-only request: the body has no drones (so makers 'no', count 0); a contractor's drone use and its equipment not held is outside the body's own equipment.")
