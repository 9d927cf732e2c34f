from common import *
from reportlab.platypus import Spacer
from reportlab.lib.units import cm

st = styles("LibSans", 10)
def header(c, d):
    c.setFont("LibSans-Bold", 12); c.drawRightString(18.8 * cm, 28.0 * cm, "MARCHMOOR POLICE")
    c.setFont("LibSans", 7.5); c.drawRightString(18.8 * cm, 27.6 * cm, "Information Management Unit, Force Headquarters, Kestrel Way, Marchbury MB4 2PL")
def footer(c, d):
    c.setFont("LibSans", 7); c.drawCentredString(10.5 * cm, 1.0 * cm, "OFFICIAL")
    c.drawRightString(18.8 * cm, 1.0 * cm, str(d.page))

flow = [Spacer(1, 0.8 * cm)]
flow += paras("""FREEDOM OF INFORMATION REQUEST REFERENCE NUMBER: 004471/24

Date: 12/07/2024

Thank you for your request for information regarding CCTV on the police estate which has now been considered.

In accordance with the Freedom of Information Act 2000 (the Act), this letter represents a Refusal Notice for part of your request.

Applicable exemptions:
Section 24(1) – National Security
Section 31(1)(a)(b) – Law Enforcement

Please find our response below.""", st)
rows = [
    ["Request", "Response"],
    ["How many CCTV cameras are installed at your police stations and custody suites",
     "Custody suites – 236<br/>Police stations and other operational premises – 176<br/><br/>Figures are taken from the Estates CCTV maintenance schedule as at 01/07/2024."],
    ["How many of those cameras are made by Hikvision", "0"],
    ["How many are made by Dahua", "Nil return."],
    ["The locations of each camera (station name and whether internal/external)",
     "Information withheld. Section 24(1) and Section 31(1)(a)(b) apply – please see the explanation below."],
    ["Whether any of the cameras use facial recognition",
     "No. Marchmoor Police does not apply facial recognition technology to its estates CCTV."],
]
flow.append(word_table(rows, [6.0 * cm, 10.6 * cm], st, shade="#BDD7EE"))
flow.append(Spacer(1, 0.4 * cm))
flow += paras("""[[b]]Reasons for decision[[/b]]

Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to articulate the harm that would be caused in releasing the information as well as carrying out a public interest test.

[[b]]Harm[[/b]]
Disclosing the location and positioning of cameras at police premises would allow those intent on committing crime or acts of terrorism to build a picture of areas of police buildings that are not covered by surveillance. Police premises, and custody suites in particular, are potential targets. The cumulative effect of disclosures across forces (the so-called mosaic effect) would increase that risk.

[[b]]Public interest considerations favouring disclosure[[/b]]
Disclosure would demonstrate openness about the use of surveillance equipment and public funds.

[[b]]Public interest considerations favouring non-disclosure[[/b]]
Disclosure would undermine the security of the police estate and the safety of staff, detained persons and visitors, and would hinder the prevention and detection of crime.

[[b]]Balance test[[/b]]
The public interest is not defined in the Act. Whilst there is a public interest in transparency, this is outweighed by the need to protect the police estate. It is therefore our opinion that for these issues the balancing test for disclosure is not made out.

No inference can be taken from this refusal that information does or does not exist.

[[b]]Complaint Rights[[/b]]
Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this response you may ask for an internal review within 40 working days. If you remain dissatisfied you may apply to the Information Commissioner.

Yours sincerely

Kerry Ashdown
Disclosure Officer
Information Management Unit""", st)
build_pdf(out("03-reply.pdf"), flow, header=header, footer=footer, title="004471-24 Response")
label("03", "pdf", "police", "foia", "no", "no", "partially_answered", ["s24", "s31"], 412,
      "Two-column Request/Response table whose left cells wrap; count split 236+176 with no total; makers answered '0' and 'Nil return.' to separate per-maker questions; locations withheld.",
      "Police PDF with Q&A set as two-column table; count must be summed; '0'/'Nil return' per maker; s24(1)+s31(1)(a)(b) for locations.")
