import os
from lib import *

REQUEST = """
To the Freedom of Information Unit, Severnvale Police

Please could you provide the following information about body-worn video (BWV):

1. How many body-worn video cameras does the force currently have in use?
2. What is the manufacturer and model of these devices?
3. Are any of the devices made by Hikvision or Dahua?
4. How much did the force spend on body-worn video (devices, licences and storage) in 2023/24?
5. Is BWV footage stored in a cloud service, and if so which one?

Best wishes,
Lena Fairweather
"""

LABEL = dict(format="pdf", body_type="police", law="foia", hikvision="no", dahua="no",
             outcome="partially_answered", exemptions=["s43"], camera_count=2140,
             note="body-worn video request; question numbers on their own lines with answers wrapped beneath; Q3 answered only by reference to Q2's single-maker answer; cost withheld under s43")


def build(out):
    body = pstyle("b", 10.5)
    ind = pstyle("i", 10.5, indent=18)
    qh = pstyle("q", 10.5, bold=True, space_after=2)
    f = []
    f.append(Paragraph("SEVERNVALE POLICE", pstyle("h", 16, bold=True)))
    f.append(Paragraph("Freedom of Information Unit<br/>PO Box 3311, Gloucester Road, Severnvale SV4 9XA", pstyle("a", 9)))
    f.append(Spacer(1, 12))
    f.append(Paragraph("FREEDOM OF INFORMATION REQUEST REFERENCE NO: 2024/FOI/01874", pstyle("r", 10.5, bold=True)))
    f.append(Paragraph("Thank you for your request for information regarding body worn video, which has now been considered.", body))
    f.append(Paragraph("In accordance with the Freedom of Information Act 2000, this letter represents a Refusal Notice for part of your request. Severnvale Police can disclose the following:", body))
    f.append(Spacer(1, 4))
    items = [
        ("Question 1",
         "2,140. This figure is the number of body worn video devices in use across all policing areas as at 31 October 2024, including devices allocated to PCSOs and Special Constables and the shared devices held in station docking units."),
        ("Question 2",
         "All devices are the Axon Body 3, supplied by Axon Public Safety UK Limited under the national framework. The force moved from the previous Reveal devices to Axon in 2022 and no Reveal devices remain in service."),
        ("Question 3", "No, please see our response to question 2."),
        ("Question 4",
         "This information is exempt by virtue of section 43(2) Commercial Interests. Disclosure of the force's expenditure would reveal the pricing agreed under a contract which has not yet concluded and would be likely to prejudice the commercial interests of both the supplier and the force in future negotiations. In considering the public interest, the force recognises that there is a public interest in the spending of public money; however this is outweighed by the need to protect the force's ability to achieve value for money. The balance therefore lies in favour of withholding the information."),
        ("Question 5",
         "Yes. Footage is uploaded to Axon Evidence (evidence.com), hosted in UK data centres."),
    ]
    for q, a in items:
        f.append(Paragraph(q, qh))
        f.append(Paragraph(a, ind))
        f.append(Spacer(1, 3))
    f.append(Spacer(1, 6))
    f.append(Paragraph("<b>Complaint Rights</b>", body))
    f.append(Paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days. If you remain dissatisfied you may make an application to the Information Commissioner.", body))
    f.append(Paragraph("Yours sincerely,", body))
    f.append(Paragraph("Amrit Coulthard<br/>Disclosure Officer<br/>Freedom of Information Unit", body))
    name = "13-reply.pdf"
    build_pdf(os.path.join(out, name), f, title="2024-FOI-01874", author="FOI Unit", footer="OFFICIAL")
    return name
