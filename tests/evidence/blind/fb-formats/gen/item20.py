from common import *
from reportlab.platypus import Spacer
from reportlab.lib.units import cm
st = styles("LibSerif", 11)
def header(c, d):
    c.setFont("LibSans-Bold", 10); c.setFillColorRGB(0, 0.37, 0.72)
    c.drawRightString(18.8 * cm, 28.0 * cm, "Trent Valley University Hospitals")
    c.setFont("LibSans", 9); c.drawRightString(18.8 * cm, 27.6 * cm, "NHS Trust")
    c.setFillColorRGB(0, 0, 0)
def footer(c, d):
    c.setFont("LibSans", 7.5)
    c.drawString(2.2 * cm, 1.2 * cm, "Chair: Mr Anthony Beresford   Chief Executive: Dr Natalie Osei")
    c.drawRightString(18.8 * cm, 1.2 * cm, f"{d.page}")
flow = [Spacer(1, 0.8 * cm)]
flow += paras("""Freedom of Information Office
Queen's Hospital
Belvedere Road
Trentham ST99 4QG

Tel: 01782 960 900
Email: foi@tvuh.nhs.uk

Date: 21st November 2024
Our Ref: FOI/TVUH/24/2261

Dear Mr Lindqvist

[[b]]Re: Freedom of Information Act 2000 Request[[/b]]

I am writing in response to your request for information received on 24th October 2024. Please find our response below.

[[b]]1. How many CCTV cameras are installed across the Trust's hospital sites?[[/b]]
[[b]]2. Please break this down by site, make and model.[[/b]]""", st)
rows = [
    ["Site", "Make", "Model", "Number of cameras"],
    ["Queen's Hospital, Trentham (main site including multi-storey car park, Emergency Department, Maternity and Women's Unit)",
     "Honeywell", "HQA-BD2A 2MP dome; HQA-TB4A 4MP bullet", "86"],
    ["", "Axis Communications", "Q6135-LE PTZ (car park and perimeter)", "12"],
    ["Ashby Road Community Hospital, Burslow", "Avigilon", "H5A-D dome", "27"],
    ["", "Honeywell", "HQA-BD2A", "6"],
    ["Trentham Treatment Centre (PFI building – CCTV provided and maintained by Project Co under the PFI agreement)",
     "Information not held by the Trust", "", ""],
]
span = [("SPAN", (0, 1), (0, 2)), ("SPAN", (0, 3), (0, 4)), ("SPAN", (1, 5), (3, 5))]
flow.append(word_table(rows, [6.0 * cm, 3.4 * cm, 4.9 * cm, 2.3 * cm], st, shade="#DEEAF6", extra_style=span))
flow.append(Spacer(1, 0.3 * cm))
flow += paras("""[[b]]3. Are any of the cameras made by Hikvision?[[/b]]
No.

[[b]]4. Are any of the cameras made by Dahua?[[/b]]
Please see the table above – Honeywell HQA range.

[[b]]5. Does the Trust have any plans to replace cameras made by Chinese state-linked companies?[[/b]]
There are no current plans. The Trust's CCTV is on a segregated network and is reviewed annually by the Head of Security and the Cyber Security team.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original letter and should be addressed to the Head of Information Governance at the address above.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely

Gemma Stubbs
Freedom of Information Officer
On behalf of Trent Valley University Hospitals NHS Trust""", st)
build_pdf(out("20-reply.pdf"), flow, header=header, footer=footer, title="FOI TVUH 24 2261")
label("20", "pdf", "nhs", "foia", "no", "yes", "partially_answered", [], 131,
      "Word table with merged (row-spanning) site cells wrapping over 3 lines, no total (86+12+27+6=131); Dahua only via the Honeywell HQA range with Q4 answered 'see table – Honeywell HQA range'; one PFI site 'not held'.",
      "NHS PDF letter with rowspan table; Honeywell HQA = Dahua brand; PFI site not held -> partial.")
