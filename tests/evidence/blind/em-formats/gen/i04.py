from common import *
from pdfkit import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, io

write_request("04", """
Dear Sir/Madam

I am writing to make a request under the Freedom of Information Act 2000 to Greyhaven Fire and Rescue Service.

(a) How many CCTV cameras are installed at your fire stations and headquarters?
(b) Which company manufactures these cameras?
(c) Do you use any cameras made by Hikvision?
(d) Do you use any cameras made by Dahua?
(e) When were the systems installed and who maintains them?

Thank you
R. Castellano
""")

N, B, H, I = styles()
buf = io.BytesIO()
doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.3*cm, rightMargin=2.3*cm, topMargin=2*cm, bottomMargin=2*cm,
                        title="FOI Response GFRS-FOI-24-061", author="Greyhaven Fire and Rescue Service")
st = []
st.append(Paragraph("Greyhaven Fire and Rescue Service", H))
st.append(Paragraph("Service Headquarters, Castle Mount, Greyhaven, GH1 4RF &nbsp;|&nbsp; Tel 01632 960 771", N))
st.append(Spacer(1, 10))
st.append(Paragraph("Date: 03 April 2024<br/>Reference: GFRS-FOI-24-061<br/>Contact: Corporate Information Team", N))
st.append(Spacer(1, 10))
st.append(Paragraph("Dear R. Castellano", N))
st.append(Paragraph("Freedom of Information Act 2000 – Request for Information", B))
st.append(Paragraph("We received your request on 7 March 2024. Greyhaven Fire and Rescue Service (GFRS) has now completed its search and the information is provided below in the order of your questions.", N))
qa = [
 ("(a) How many CCTV cameras are installed at your fire stations and headquarters?",
  "Each of our 19 wholetime and on-call stations has a small site system covering the appliance bay doors, yard and "
  "entrance. Across the stations there are 48 fixed dome cameras and 6 PTZ cameras. Service Headquarters and the "
  "Training Centre at Castle Mount share a separate system of 12 cameras.<br/><br/>"
  "Please note that front-line appliances are also fitted with vehicle CCTV (Brigade Electronics, four cameras per "
  "appliance) for manoeuvring and incident recording. These are not part of the building CCTV and have not been "
  "included above."),
 ("(b) Which company manufactures these cameras?",
  "The station cameras and recorders are HiWatch series, installed under our 2021 station security refresh. The "
  "Headquarters system is Axis Communications."),
 ("(c) Do you use any cameras made by Hikvision?",
  "GFRS does not hold a contract with Hikvision and no equipment has been purchased from them directly. All station "
  "equipment was procured through our security contractor (see (e))."),
 ("(d) Do you use any cameras made by Dahua?",
  "No."),
 ("(e) When were the systems installed and who maintains them?",
  "Station systems: installed between June and November 2021 by Firecrest Security Systems Ltd, who also hold the "
  "maintenance contract until 31 March 2026.<br/>Headquarters system: installed 2017, maintained by Sentinel "
  "Integrated Ltd."),
]
for q, a in qa:
    st.append(Paragraph(q, B))
    st.append(Paragraph(a, N))
st.append(Spacer(1, 8))
st.append(Paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Requests for internal review should be made in writing within 40 working days of receipt of this letter to the Corporate Information Manager at the address above.", N))
st.append(Paragraph("If you are still dissatisfied following the internal review you may apply to the Information Commissioner's Office for a decision; further details are available at www.ico.org.uk.", N))
st.append(Paragraph("The information supplied to you continues to be protected by copyright. You are free to use it for your own purposes, including any non-commercial research or for the purposes of news reporting. Any other re-use will require permission from the copyright holder.", N))
st.append(Spacer(1, 8))
st.append(Paragraph("Yours sincerely", N))
st.append(Paragraph("Megan Lloyd-Hartley<br/>Corporate Information Officer", N))
doc.build(st)

m = EmailMessage()
m["From"] = "Corporate Information <information@greyhavenfire.example>"
m["To"] = "R Castellano <rcastellano@fastmail.example>"
m["Subject"] = "Your FOI request GFRS-FOI-24-061"
m["Date"] = format_datetime(datetime.datetime(2024, 4, 3, 11, 27, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<CAF8a91x-GFRS-24061@greyhavenfire.example>"
m.set_content("""Good morning,

Please find our response to your Freedom of Information request attached as a PDF.

Many thanks,

Megan Lloyd-Hartley
Corporate Information Officer
Greyhaven Fire and Rescue Service
Making Greyhaven Safer

Please consider the environment before printing this email.
""")
m.add_attachment(buf.getvalue(), maintype="application", subtype="pdf", filename="GFRS-FOI-24-061 Response.pdf")
open(out("04-reply.eml"), "wb").write(bytes(m))

label("04", "eml", "eml", "fire", "foia", "yes", "no", "answered", [], 66,
      "answers only in the attached PDF; HiWatch (a Hikvision brand) named while the Hikvision question gets a deflecting 'no contract' answer; count is 48+6+12 with vehicle cameras excluded")
