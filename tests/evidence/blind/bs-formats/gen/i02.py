from common import *
from docx import Document
from docx.shared import Pt
nn = "02"
request(nn, """
To the FOI team, Royal Berkshire NHS Foundation Trust

Please could you tell me:
Q1 The total number of CCTV cameras across all Trust sites
Q2 Are any of the Trust's CCTV cameras made by Hikvision or Dahua?
Q3 If yes to Q2, how many and at which sites?
Q4 Does the Trust use facial recognition on any of its CCTV?
Q5 Does any CCTV record audio?

Many thanks
J. Okafor
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run("Royal Berkshire NHS Foundation Trust"); r.bold = True; r.font.size = Pt(14)
d.add_paragraph("Freedom of Information Office\nLondon Road, Reading RG1 5AN\nfoi@royalberkshire.example.nhs.uk")
d.add_paragraph("FOI Reference: RBFT-FOI-5532\n3 October 2023")
d.add_paragraph("Dear Requester")
d.add_paragraph("Thank you for your Freedom of Information request which we received on 6 September 2023. The Trust's response is set out in the table below.")
rows = [("Request", "Response"),
 ("Q1 The total number of CCTV cameras across all Trust sites", "212"),
 ("Q2 Are any of the Trust's CCTV cameras made by Hikvision or Dahua?", "No"),
 ("Q3 If yes to Q2, how many and at which sites?", "N/A"),
 ("Q4 Does the Trust use facial recognition on any of its CCTV?", "No"),
 ("Q5 Does any CCTV record audio?", "No. Audio recording is disabled on all units.")]
docx_table(d, rows)
d.add_paragraph("")
d.add_paragraph("Please note that the information provided is correct at the time of the request.")
d.add_paragraph("If you are unhappy with the way your request has been handled you may ask for an internal review by writing to the Head of Information Governance at the address above. If you remain dissatisfied you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.")
d.add_paragraph("Re-use of information: the information supplied is the copyright of the Trust. You may re-use it under the Open Government Licence.")
d.add_paragraph("Kind regards\n\nFOI Team")
d.save(outpath(nn, "docx"))
label(nn, "docx", "nhs", "foia", "no", "no", "answered", [], 212,
      "bare 'No' in a two-column Q/A table to a question naming both makers together")
