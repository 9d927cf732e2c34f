from common import *
from reportlab.platypus import Spacer, Paragraph
from reportlab.lib.units import cm

st = styles("LibSans", 10.5)
def header(c, d):
    if d.page == 1:
        c.setFont("LibSans-Bold", 15); c.drawString(2.2 * cm, 27.6 * cm, "Tamesdale District Council")
        c.setFont("LibSans", 8.5)
        c.drawString(2.2 * cm, 27.1 * cm, "Civic Centre  |  Market Street  |  Tamesford  |  TF1 4GN")
        c.drawString(2.2 * cm, 26.7 * cm, "Information Governance Team   01632 960 418   foi@tamesdale.gov.uk")
        c.line(2.2 * cm, 26.5 * cm, 18.8 * cm, 26.5 * cm)
def footer(c, d):
    c.setFont("LibSans", 7.5)
    c.drawString(2.2 * cm, 1.2 * cm, "FOI-2024-0917   OFFICIAL")
    c.drawRightString(18.8 * cm, 1.2 * cm, f"Page {d.page} of 2")

flow = [Spacer(1, 1.6 * cm)]
flow += paras("""Ms R Castell
By email

Our ref: FOI-2024-0917
Date: 19 September 2024""", st)
flow += paras("""Dear Ms Castell

[[b]]Freedom of Information Act 2000 – Request for Information[[/b]]

Thank you for your request for information received on 22 August 2024. I can confirm that the Council holds the information you have requested and this is provided below.

[[b]]1. How many CCTV cameras does the council currently operate (public space, council buildings and car parks)?[[/b]]

Please see the table provided in response to question 2.

[[b]]2. For each site please give the make and model of cameras and the number of cameras.[[/b]]""", st)
rows = [
    ["Site", "Make", "Model", "Number of cameras"],
    ["Civic Centre, Market Street (internal and external, including council chamber lobby and reception)",
     "Axis Communications", "P3265-LVE dome / M3106-L Mk II mini dome", "18"],
    ["Riverside Multi-Storey Car Park (levels 0 to 5, stair cores A and B, pay station area)",
     "Hikvision", "DS-2CD2T46G2-4I bullet and DS-2DE4425IW-DE PTZ", "24"],
    ["Town centre public space system (High Street, Bridge Street, Bus Station and Abbey Gardens)",
     "Hanwha Vision (formerly Samsung Wisenet)", "XNP-6400RW PTZ on columns", "14"],
    ["Bramley Road Depot (yard, fuel island, vehicle gate)", "HiWatch", "IPC-B140H", "9"],
    ["Tamesford Crematorium and Cemetery Lodge", "Axis Communications", "M2036-LE", "6"],
]
flow.append(word_table(rows, [6.2 * cm, 3.6 * cm, 4.6 * cm, 2.2 * cm], st))
flow.append(Spacer(1, 0.4 * cm))
flow += paras("""[[b]]3. Are any of these cameras manufactured by Hikvision or Dahua?[[/b]]

Please refer to the table above.

[[b]]4. Which company installs and maintains the system, and when does that contract end?[[/b]]

The system is installed and maintained by Sentinel Fire &amp; Security Ltd under a contract which runs until 31 March 2026, with an option to extend for a further 12 months.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to: Information Governance Manager, Tamesdale District Council, Civic Centre, Market Street, Tamesford TF1 4GN, or foi@tamesdale.gov.uk.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

[[b]]Re-use of information[[/b]]
The information supplied to you continues to be protected by copyright. You are free to use it for your own purposes, including for private study and non-commercial research. Any other re-use, for example commercial publication, would require the permission of the copyright holder.

Yours sincerely

Dominic Farrow
Information Governance Officer""".replace("&amp;", "&"), st)
build_pdf(out("01-reply.pdf"), flow, header=header, footer=footer, title="FOI-2024-0917 response",
          author="dfarrow")
label("01", "pdf", "council", "foia", "yes", "no", "answered", [], 71,
      "Counts only in a Word-style per-site table with wrapping cells and no total row (sum 71); Q3 answered only by 'refer to the table', where Hikvision and HiWatch appear and the make list excludes Dahua.",
      "Council PDF letter, Word table site/make/model/number with 2-3 line wrapping cells; no total row; Q1 and Q3 point to the table.")
