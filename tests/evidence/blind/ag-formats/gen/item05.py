from lib import *
NN = "05"
req = """Dear Falkirk Council,

Under the Freedom of Information (Scotland) Act 2002 please provide:

1. The number of CCTV cameras in each of the Council's secondary schools.
2. The manufacturer of these cameras, and specifically whether any are Hikvision or Dahua.
3. Who is responsible for maintaining the cameras.

Thank you,
Eilidh Baxter"""
write_request(NN, req)
body = """Dear Ms Baxter

Freedom of Information (Scotland) Act 2002 - Request Ref: FOI-F-25-00388

Thank you for your request for information, received on 10 January 2025.

Falkirk Council's eight secondary schools were delivered under Public Private Partnership (PPP) and Non-Profit Distributing (NPD) contracts. Under those contracts the security systems, including CCTV, are provided, owned, operated and maintained by the project companies and their facilities management subcontractors, and not by the Council. The Council does not keep a record of the number, make or model of the cameras installed in these buildings.

In terms of section 17(1) of the Freedom of Information (Scotland) Act 2002 I therefore give you notice that Falkirk Council does not hold the information you have requested at questions 1 and 2.

In relation to question 3, as explained above, responsibility for the cameras rests with the project companies. You may wish to contact them directly; however, as they are not Scottish public authorities, they are not obliged to respond under FOISA.

Your right to request a review
If you are dissatisfied with the way in which we have dealt with your request, you have the right to require us to review our actions and decisions. Your request must be in writing, and should be sent within 40 working days of receiving this response, to: Information Governance, Falkirk Council, Municipal Buildings, West Bridge Street, Falkirk FK1 5RS, or foi@falkirk.gov.uk.

If you remain dissatisfied following our review, you can appeal to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal, within six months of receiving our review response.

Yours sincerely

Calum McIver
Information Governance Assistant
Corporate & Housing Services
Falkirk Council

-----Original Message-----
From: Eilidh Baxter <eilidh.baxter77@gmail.com>
Sent: 10 January 2025 08:14
To: FOI <foi@falkirk.gov.uk>
Subject: FOI request - CCTV in secondary schools

""" + req + "\n"
esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
paras = body.split("-----Original Message-----")[0].strip().split("\n\n")
html = "<html><head><meta charset='utf-8'></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
for p in paras:
    if p.startswith("Your right to request a review"):
        t, rest = p.split("\n", 1)
        html += f"<p><b>{esc(t)}</b><br>{esc(rest)}</p>"
    else:
        html += "<p>" + esc(p).replace("\n", "<br>") + "</p>"
html += "<p><img src='cid:falkirk-logo' alt='Falkirk Council'></p><hr><div style='color:#555'><b>From:</b> Eilidh Baxter &lt;eilidh.baxter77@gmail.com&gt;<br><b>Sent:</b> 10 January 2025 08:14<br><b>To:</b> FOI &lt;foi@falkirk.gov.uk&gt;<br><b>Subject:</b> FOI request - CCTV in secondary schools<br><br>" + esc(req).replace("\n", "<br>") + "</div></body></html>"
eml(NN, "FOI <foi@falkirk.gov.uk>", "Eilidh Baxter <eilidh.baxter77@gmail.com>",
    "RE: FOI request - CCTV in secondary schools - FOI-F-25-00388", dt(2025, 2, 6, 11, 52),
    body, html=html)
append_label(NN, "eml", "council", "foisa", "unknown", "unknown", "not_held", ["s17"], None,
             "The cameras belong to PPP/NPD project companies and the council issues a FOISA section 17 not-held notice, which must be read as not held rather than no CCTV.")
