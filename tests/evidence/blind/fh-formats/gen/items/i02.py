import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *
from pypdf import PdfWriter, PdfReader

NN = "02"
write_request(NN, """
To the FOI team, Kingsmere Hospitals NHS Foundation Trust

Please provide, under the FOI Act:

Q1 The number of CCTV cameras in use across the Trust's sites.
Q2 The manufacturer and model of those cameras.
Q3 Whether any of your CCTV equipment was manufactured by Hikvision or by Dahua.
Q4 Whether any cameras have facial recognition enabled.

Regards
T. Okonjo
""")

def cover(d):
    d.lines("Kingsmere Hospitals NHS Foundation Trust", "SansB", 12, align="r", after=0)
    d.lines("Information Governance | Trust Headquarters\nKingsmere General Hospital, Wexcombe Road, Kingsmere KM2 8RD\nkhft.foi@nhs.example", "Sans", 8.5, align="r", after=16)
    d.lines("FOI Reference:  FOI-2425-0871\nDate:  7 October 2024", "Sans", 10, after=12)
    d.p("Dear T. Okonjo,", after=8)
    d.p("Thank you for your request for information, which we received on 10 September 2024. Please find our response below.")
    d.p("Q1 & Q2", "SansB", 10, after=1)
    d.p("CCTV equipment at Trust sites is recorded as assets on the Estates & Facilities CAFM system. An extract of all assets in the CCTV asset classes is attached as Appendix A. This shows the manufacturer, model, location and quantity for each asset record.")
    d.p("Q3", "SansB", 10, after=1)
    d.p("Please refer to Appendix A.")
    d.p("Q4", "SansB", 10, after=1)
    d.p("No. Facial recognition is not enabled on any camera.")
    d.gap(6)
    d.p("Your right to complain", "SansB", 9.5, after=1)
    d.p("If you are unhappy with the response you may request an internal review by contacting the Head of Information Governance at the email address above within two months. If you remain dissatisfied you can apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.", size=9)
    d.p("Re-use of information", "SansB", 9.5, after=1)
    d.p("Most information we provide is Trust copyright and may be re-used under the terms of the Open Government Licence.", size=9)
    d.gap(8)
    d.p("Yours sincerely,", after=20)
    d.lines("Information Governance Team\nKingsmere Hospitals NHS Foundation Trust", "Sans", 10)

R = [
 ["CC-00112","Dome camera internal","CCTV - Camera","Hikvision","DS-2CD2143G2-I","KGH","Main Block","Gnd - ED reception","Operational","14/03/2019","6"],
 ["CC-00113","Dome camera internal","CCTV - Camera","Hikvision","DS-2CD2143G2-I","KGH","Main Block","Gnd - ED majors corridor","Operational","14/03/2019","4"],
 ["CC-00114","Bullet camera external","CCTV - Camera","Hikvision","DS-2CD2T46G2-4I","KGH","External","Car park A (visitors)","Operational","02/07/2019","8"],
 ["CC-00115","Bullet camera external","CCTV - Camera","Hikvision","DS-2CD2T46G2-4I","KGH","External","Car park B / multi-storey levels 0-3","Operational","02/07/2019","12"],
 ["CC-00116","PTZ camera","CCTV - Camera","Axis","Q6075-E","KGH","External","Main entrance canopy","Operational","11/11/2021","2"],
 ["CC-00117","Fixed dome","CCTV - Camera","Axis","P3265-LVE","KGH","Maternity Wing","L1 - ward entrance & lift lobby","Operational","11/11/2021","7"],
 ["CC-00118","Fixed dome","CCTV - Camera","Axis","P3265-LVE","KGH","Maternity Wing","L2 - neonatal unit entry","Operational","11/11/2021","3"],
 ["CC-00119","Network video recorder 32ch","CCTV - Recorder","Dahua","DHI-NVR5432-16P-4KS2E","KGH","Main Block","Gnd - security office","Operational","14/03/2019","2"],
 ["CC-00120","Network video recorder","CCTV - Recorder","Axis","S1148","KGH","Maternity Wing","L1 - comms room","Operational","11/11/2021","1"],
 ["CC-00121","Monitor 43in","CCTV - Display","Samsung","QM43R","KGH","Main Block","Gnd - security office","Operational","14/03/2019","4"],
 ["CC-00122","Fixed camera","CCTV - Camera","Bosch","FLEXIDOME IP 5000i","KGH","Main Block","L3 - pharmacy store","Disposed","08/05/2014","2"],
 ["CC-00123","Mini dome","CCTV - Camera","Hikvision","DS-2CD2543G2-IS","KGH","Main Block","L2 - Ward 7 corridor","Operational","06/02/2022","2"],
 ["CC-00124","Mini dome","CCTV - Camera","Hikvision","DS-2CD2543G2-IS","KGH","Main Block","L2 - Ward 9 corridor","Operational","06/02/2022","2"],
 ["CC-00125","Fisheye camera","CCTV - Camera","Axis","M3058-PLVE","KGH","Outpatients","Gnd - main waiting area","Operational","19/04/2022","1"],
 ["CC-00126","Bullet camera external","CCTV - Camera","Axis","P1455-LE","KGH","External","Ambulance bay","Operational","19/04/2022","3"],
 ["CC-00130","Dome camera internal","CCTV - Camera","Hikvision","DS-2CD1143G0-I","SAH","Main building","Gnd - reception","Operational","21/09/2020","3"],
 ["CC-00131","Bullet camera external","CCTV - Camera","Hikvision","DS-2CD1043G0-I","SAH","External","Car park","Operational","21/09/2020","4"],
 ["CC-00132","DVR 8ch","CCTV - Recorder","Hikvision","DS-7208HQHI-K1","SAH","Main building","Plant room","Operational","21/09/2020","1"],
 ["CC-00140","Dome camera","CCTV - Camera","Hanwha","XND-6080","BHC","Ground","Waiting area","Operational","30/01/2023","2"],
 ["CC-00141","Bullet camera","CCTV - Camera","Hanwha","XNO-6080R","BHC","External","Entrance","Operational","30/01/2023","2"],
 ["CC-00142","Dome camera","CCTV - Camera","Hanwha","XND-6080","BHC","First","Pharmacy hatch","Operational","30/01/2023","1"],
 ["CC-00143","NVR 8ch","CCTV - Recorder","Hanwha","XRN-820S","BHC","First","Store","Operational","30/01/2023","1"],
]
cams = sum(int(r[10]) for r in R if r[2] == "CCTV - Camera" and r[8] == "Operational")
print("camera count", cams)

def hdr(d):
    be = d.be
    be.text(d.ml, 34, "EstatesPro CAFM  -  Asset Register Listing", "SansB", 11)
    be.text(d.ml + d.width, 34, "APPENDIX A  (FOI-2425-0871)", "SansB", 9, "r")
    be.text(d.ml, 47, "Filter: Asset Class LIKE 'CCTV%'   Site: ALL   Status: ALL   Sort: Asset No", "Sans", 8)
    be.text(d.ml, 57, "Site codes: KGH Kingsmere General Hospital; SAH St Aldhelm's Community Hospital; BHC Brookfield Health Centre", "Sans", 8)

def ftr(d):
    be = d.be
    be.text(d.ml, be.H - 24, "Report AR-017  |  Run by: LMARSH  |  Run date 03/10/2024 09:41", "Sans", 7.5)
    be.text(d.ml + d.width, be.H - 24, f"Page {d.page}", "Sans", 7.5, "r")

def appendix(d):
    cols = [(0,48,"l"),(50,100,"l"),(152,66,"l"),(220,52,"l"),(274,98,"l"),(374,28,"l"),(404,66,"l"),(472,140,"l"),(614,56,"l"),(672,50,"l"),(726,30,"r")]
    d.table(cols, R, header=["Asset No","Description","Asset Class","Manufacturer","Model","Site","Building","Floor / Zone","Status","Install Date","Qty"],
            font="Narrow", size=8.5, row_gap=4, header_rule=False)
    d.gap(8)
    d.p("22 records", "Narrow", 8)

cp = "/tmp/fh02c.pdf"; ap = "/tmp/fh02a.pdf"
make_pdf(cp, cover)
make_pdf(ap, appendix, land=True, margins=(40, 40, 66, 40), header=hdr, footer=ftr)
w = PdfWriter()
for p in (cp, ap):
    for pg in PdfReader(p).pages:
        w.add_page(pg)
w.add_metadata({"/Title": "FOI-2425-0871 response"})
w.write(reply_path(NN, "pdf"))
label(NN, "pdf", "nhs", "foia", "yes", "yes", "answered", [], cams,
      "Hard: answer only in a landscape CAFM export with no totals; count must sum the Qty of operational camera rows, leaving out NVR/DVR and monitor rows and a Disposed Bosch row; Dahua appears only as the NVR make.")
