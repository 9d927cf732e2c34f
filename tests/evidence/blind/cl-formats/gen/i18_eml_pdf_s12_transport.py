import io
from emlutil import *
from pdfutil import *
from common import *

NN = "18"
write_request(NN, """
Dear Midshire Combined Transport Authority,

Please provide for every bus station, interchange, tram stop and park-and-ride site you own:
1. the number of CCTV cameras;
2. the make and model of every camera;
3. the date each camera was installed;
4. whether any are Hikvision or Dahua.

Thank you,
Ben Castellano
""")
s = []
s.append(Paragraph("Midshire Combined Transport Authority", H))
s.append(Paragraph("Information Governance Team, 2 Wellington Place, Midshire MD1 4QQ", N))
s.append(Paragraph("Our reference: MCTA-FOI-3390 &nbsp;&nbsp; Date: 30 January 2024", N))
s.append(Paragraph("Dear Mr Castellano,", N))
s.append(Paragraph("We have considered your request of 3 January 2024 under the Freedom of Information Act 2000.", N))
s.append(Paragraph("The Authority's CCTV assets are spread across 214 operational locations and are not held on a single "
                   "asset database. To answer your request we would need to retrieve installation records from project "
                   "files held by each of our three maintenance contractors, and in many cases to carry out site "
                   "inspections to identify the make and model of the cameras. We estimate that this would take in "
                   "excess of 60 hours, well beyond the appropriate limit of &pound;450 (18 hours) set by the Freedom of "
                   "Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.", N))
s.append(Paragraph("We are therefore refusing your request under section 12(1) of the Act. Where section 12 applies to "
                   "part of a request it applies to the whole of it, so we have not provided any of the information.", N))
s.append(Paragraph("Advice and assistance (section 16): you may wish to narrow your request, for example to a single "
                   "bus station, or to ask only whether any cameras of a particular manufacturer are in use at the "
                   "Authority's four principal interchanges.", N))
s.append(Paragraph(ICO, N))
s.append(Paragraph("Yours sincerely,<br/>Farhana Quddus<br/>Information Governance Officer<br/>foi@mcta.example.gov.uk", N))
buf = io.BytesIO()
doc = SimpleDocTemplate(buf, pagesize=A4, title="", author="")
doc.build(s)

body = """Dear Mr Castellano

Please see the attached letter in response to your recent request for information.

Kind regards
Information Governance Team
Midshire Combined Transport Authority
"""
m = make("MCTA Information Governance <foi@mcta.example.gov.uk>", "ben.castellano@example.org",
         "MCTA-FOI-3390 - Response to your request", (2024, 1, 30, 16, 40), text=body,
         attachments=[("MCTA-FOI-3390 Response.pdf", buf.getvalue(), *PDF)])
save(m, out(f"{NN}-reply.eml"))
label(NN, f"{NN}-reply.eml", "eml", "other", "foia", "unknown", "unknown", "refused", ["s12"], None,
      "Cost-limit refusal of the whole request in an attached PDF; 214 is a count of locations, not cameras; s16 is advice, not an exemption.")
