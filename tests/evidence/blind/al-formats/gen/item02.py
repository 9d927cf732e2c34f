from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

REQ = """To the FOI team, Northbrook Valley NHS Foundation Trust

Please provide the following under the Freedom of Information Act:

Q1. The number of CCTV cameras at each of the Trust's hospital sites.
Q2. The manufacturer(s) of those cameras.
Q3. Is any of the Trust's CCTV equipment (cameras, recorders or other hardware) made by Hikvision or Dahua?
Q4. Does the Trust use facial recognition on any of its CCTV?

Regards
Dr K. Amadi"""
write_request("02", REQ)

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
h.add_run("Information Governance\nNorthbrook Valley NHS Foundation Trust\nTrust Headquarters, Brindley House\nCastle Lane, Northbrook NB4 2QT\n\nEmail: nvft.foi@nhs.net").font.size = Pt(9)
d.add_paragraph("Our ref: FOI/24/0417\nDate: 22 April 2024")
d.add_paragraph("Dr K Amadi\nBy email")
d.add_paragraph("Dear Dr Amadi,")
d.add_paragraph("Re: Freedom of Information Act 2000 request", style=None).runs[0].bold = True
d.add_paragraph("We write further to your request received on 26 March 2024. We can confirm that the Trust holds the information requested and our responses are set out below.")

items = [
    "The number of CCTV cameras at each of the Trust's hospital sites is shown in the table below. The recording equipment at each site is included for completeness.",
]
p1 = d.add_paragraph(items[0], style="List Number")
rows = [["Site", "Cameras", "Recording equipment"],
        ["Northbrook General Hospital", "212", "Milestone XProtect (2 x servers)"],
        ["St Aidan's Hospital", "97", "Milestone XProtect (1 x server)"],
        ["Calder Bridge Community Hospital", "31", "Dahua DHI-NVR5232-4KS2"],
        ["Wharfedale Treatment Centre", "18", "Dahua DHI-NVR4216-4KS2"],
        ["Brindley House (HQ)", "9", "Milestone XProtect (shared with NGH)"]]
docx_table(d, rows, widths=[7, 2.5, 6.5])
d.add_paragraph("")
d.add_paragraph("All cameras across the Trust estate are Hanwha Vision (formerly Samsung Techwin / Wisenet) units, installed and maintained under contract by Secom plc.", style="List Number")
d.add_paragraph("Please see the response to question 1.", style="List Number")
d.add_paragraph("No. The Trust does not use facial recognition technology.", style="List Number")
d.add_paragraph("Please note that the Trust's car parks are managed by a third party provider and any ANPR or car park cameras are not included above.")
d.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original letter and should be addressed to: Head of Information Governance, at the address above or nvft.foi@nhs.net.")
d.add_paragraph("If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
d.add_paragraph("Yours sincerely,")
d.add_paragraph("\nFreedom of Information Team\nInformation Governance Department")
d.save(p("02-reply.docx"))
add_label("02", "docx", "nhs", "foia", "no", "yes", "answered", [], 367,
          "Q3 is answered only by 'see Q1', where Dahua appears only as NVR models in the recorder column of a per-site table with no total row (cameras all Hanwha).")
