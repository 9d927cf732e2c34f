import sys, io
sys.path.insert(0, "/work/blind/fe-mixed/gen")
from docx_helpers import *
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

d = new_doc("Arial", 11)
para(d, "KINGSFORD BOROUGH COUNCIL", bold=True, size=14)
para(d, "Information Governance Team | Town Hall, Priory Street, Kingsford KF3 9LT | foi@kingsford.gov.uk", size=9)
para(d, "")
para(d, "FREEDOM OF INFORMATION ACT 2000 – RESPONSE", bold=True)
para(d, "Reference: KBC/FOI/2025/03390")
para(d, "Date of request: 2 September 2025        Date of response: 29 September 2025")
para(d, "")
para(d, "1) How many CCTV cameras does the Council operate? Please include public space CCTV and any covert or redeployable cameras used for fly-tipping enforcement.", bold=True)
para(d, "The Council's public space CCTV system, monitored from the Kingsford CCTV Control Centre, comprises 187 cameras. In respect of covert cameras, please see the response to question 4.")
para(d, "2) What are the makes of these cameras, with the number of each?", bold=True)
table(d, [
  ["Manufacturer", "Model range", "Number"],
  ["Dahua", "DH-SD6C PTZ / DH-IPC fixed", "94"],
  ["Bosch", "AUTODOME / FLEXIDOME", "61"],
  ["Vicon", "SN-series", "32"],
])
para(d, "")
para(d, "3) Are any of them made by Hikvision or Dahua?", bold=True)
para(d, "Please see the response to question 2.")
para(d, "4) How many covert cameras does the Council use for fly-tipping enforcement, and what make are they?", bold=True)
para(d, "The Council can neither confirm nor deny whether it holds information falling within the scope of this question, by virtue of section 31(3) of the Freedom of Information Act 2000.")
para(d, "Section 31(3) provides that the duty to confirm or deny does not arise if, or to the extent that, compliance with that duty would, or would be likely to, prejudice any of the matters mentioned in section 31(1). In this case those matters are the prevention or detection of crime (section 31(1)(a)) and the apprehension or prosecution of offenders (section 31(1)(b)).")
para(d, "Confirming or denying whether the Council deploys covert cameras for fly-tipping enforcement, and if so how many and of what make, would indicate to offenders the likelihood of being detected and the type of equipment they should look for. The deterrent effect of enforcement depends in part on offenders being uncertain whether any given location is being monitored. Any confirmation or denial, when considered alongside responses from neighbouring authorities, would allow offenders to identify areas where enforcement capability is limited.")
para(d, "Public interest test: The Council acknowledges the public interest in transparency about the use of surveillance by local authorities and in the effective use of public resources to tackle fly-tipping. However, the Council considers that the public interest in not undermining its enforcement activity, which protects the local environment and reduces the cost to taxpayers of clearing waste, is greater. The public interest therefore favours maintaining the exclusion of the duty to confirm or deny.")
para(d, "5) How many fixed penalty notices and prosecutions for fly-tipping resulted from camera evidence in 2024?", bold=True)
para(d, "In 2024, 41 fixed penalty notices were issued and 6 prosecutions were brought for fly-tipping offences in which camera evidence (from any source, including footage supplied by members of the public and the public space CCTV system) formed part of the evidence.")
para(d, "")
para(d, "This response constitutes a refusal notice under section 17 of the Act in respect of question 4.")
para(d, "If you are unhappy with the way the Council has handled your request, you may ask for an internal review within 40 working days of the date of this response by contacting foi@kingsford.gov.uk. If you are still not satisfied after the internal review, you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
para(d, "Information Governance Team")
para(d, "Kingsford Borough Council")
buf = io.BytesIO(); d.save(buf)
open("/work/blind/fe-mixed/gen/24-attachment.docx", "wb").write(buf.getvalue())

m = EmailMessage()
m["From"] = "Kingsford Borough Council FOI <foi@kingsford.gov.uk>"
m["To"] = "Abigail Norris <abi.norris@yahoo.co.uk>"
m["Subject"] = "Freedom of Information Request KBC/FOI/2025/03390 - Response"
m["Date"] = "Mon, 29 Sep 2025 16:47:12 +0100"
m["Message-ID"] = "<KBC-FOI-2025-03390.9a1c@kingsford.gov.uk>"
m.set_content("""Dear Ms Norris

Freedom of Information Request KBC/FOI/2025/03390

Thank you for your request for information received on 2 September 2025.

Please find attached the Council's response to your request.

Please note that some of the information requested has not been confirmed or denied. The reasons for this are set out in the attached response, together with details of your right to request an internal review.

Kind regards

Liam Fairbrother
Information Governance Officer
Kingsford Borough Council
Town Hall, Priory Street, Kingsford KF3 9LT
Tel: 01632 960771

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Kingsford Borough Council may monitor email traffic data and the content of emails for security and staff training purposes.
""")
m.add_attachment(buf.getvalue(), maintype="application",
    subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
    filename="FOI 2025-03390 Response.docx")
open("/work/blind/fe-mixed/24-reply.eml", "wb").write(bytes(m))
