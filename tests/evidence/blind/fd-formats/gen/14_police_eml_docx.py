"""14: police e-mail with a Word letter attached (full refusal s24/s31) plus a review-guidance PDF."""
from docx import Document
from docx.shared import Pt
from common import *

d = Document()
d.styles["Normal"].font.name = "Arial"
d.styles["Normal"].font.size = Pt(10)
d.add_paragraph("SEVERNSIDE CONSTABULARY").runs[0].bold = True
d.add_paragraph("Freedom of Information Decision Unit\nPolice Headquarters, Quayside, Severnport SV1 4HQ")
d.add_paragraph("Reference No: 2024/FOI/00831\nDate: 07/05/2024")
d.add_paragraph("Dear Ms Amankwah")
d.add_paragraph("FREEDOM OF INFORMATION REQUEST").runs[0].bold = True
d.add_paragraph("I write in connection with your request for information received by Severnside Constabulary on 09/04/2024 "
                "in which you sought access to information about CCTV at police premises (your questions 1 to 5 are "
                "reproduced at Annex A).")
d.add_paragraph("Following receipt of your request, searches were conducted within Severnside Constabulary to locate "
                "information relevant to your request. I can confirm that the information you have requested is held "
                "by Severnside Constabulary. However, I have today decided not to disclose the information. This letter "
                "serves as a Refusal Notice under section 17 of the Freedom of Information Act 2000.")
d.add_paragraph("REASONS FOR DECISION").runs[0].bold = True
d.add_paragraph("The information you have requested is exempt by virtue of the following exemptions:\n"
                "Section 24(1) - National Security\nSection 31(1)(a)(b) - Law Enforcement")
d.add_paragraph("Sections 24 and 31 are prejudice-based, qualified exemptions, and there is a requirement to articulate the "
                "harm that would be caused by disclosure as well as to carry out a public interest test.")
d.add_paragraph("Harm: Disclosing the number of cameras at custody suites and stations, their manufacturer and the "
                "maintenance contractor would, when combined with other information in the public domain, enable "
                "individuals to assess the level of security coverage at police premises and to identify potential "
                "technical vulnerabilities in the equipment. This would be likely to prejudice the prevention and "
                "detection of crime and the security of the police estate, which forms part of the critical national "
                "infrastructure supporting national security.")
d.add_paragraph("Public interest considerations favouring disclosure: disclosure would promote transparency and "
                "accountability in the expenditure of public funds, and would inform the public debate about the use of "
                "equipment from manufacturers that are the subject of government guidance.")
d.add_paragraph("Public interest considerations favouring non-disclosure: the security of police premises, and the "
                "safety of officers, staff, detained persons and the public, would be undermined.")
d.add_paragraph("Balance test: After weighing up the competing interests I have determined that the disclosure of the "
                "above information would not be in the public interest. I have also considered whether section 40(2) "
                "(personal information) applies to the name of the maintenance contractor; as the contractor is a "
                "limited company, section 40(2) is not engaged, but the information is withheld under sections 24 and 31 above.")
d.add_paragraph("Severnside Constabulary notes that the Government announced in November 2022 that visible "
                "surveillance systems of certain manufacturers should not be deployed on sensitive central government "
                "sites. This statement should not be taken as confirmation or denial that any such equipment is used by "
                "this force.")
d.add_paragraph("COMPLAINT RIGHTS").runs[0].bold = True
d.add_paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you have any "
                "further enquiries concerning this matter, please contact the Freedom of Information Decision Unit quoting "
                "the reference number above.")
d.add_paragraph("Yours sincerely\n\nDisclosure Officer 0337\nFreedom of Information Decision Unit")
d.add_page_break()
d.add_paragraph("ANNEX A - your request").runs[0].bold = True
for q in ["1 - the number of CCTV cameras in your custody suites",
          "2 - the number of CCTV cameras at your other police stations",
          "3 - the manufacturer(s) of these cameras",
          "4 - whether any are manufactured by Hikvision or Dahua, and if so how many",
          "5 - the name of the company that maintains them"]:
    d.add_paragraph(q)
letter = docx_bytes(d)

guide = pdf_bytes(paras("""<b>Severnside Constabulary - Your right to complain</b>

Are you unhappy with how your request has been handled or do you think the decision is incorrect?

You have the right to require Severnside Constabulary to review their decision. Prior to lodging a formal
complaint you are welcome to discuss the response with the case officer who dealt with your request.

If you are dissatisfied with the handling procedures or the decision made you can lodge a complaint with the
force to have the decision reviewed within 40 working days of the date of the response. The review will be
handled by a member of staff not involved in the original decision.

Write to: The Information Manager, Severnside Constabulary, Police Headquarters, Quayside, Severnport SV1 4HQ
or e-mail foi.review@severnside.police.example.uk

If, after lodging a complaint with Severnside Constabulary, you are still unhappy with the outcome, you may
make an application to the Information Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."""),
                  title="Complaint rights")

body = """Dear Ms Amankwah

Please find attached the response to your Freedom of Information request, reference 2024/FOI/00831, together with a leaflet setting out your complaint rights.

Regards

Freedom of Information Decision Unit
Severnside Constabulary

*********************************************************************
This email and any attachments may contain information that is privileged, confidential or subject to legal restriction. If you are not the intended recipient you must not use, copy or disclose it. All traffic may be subject to recording and/or monitoring in accordance with relevant legislation.
*********************************************************************
"""
make_eml(out("14-reply.eml"), [
    ("From", "FOI Decision Unit <foi@severnside.police.example.uk>"),
    ("To", "ruth.amankwah@fastmail.example"),
    ("Subject", "FOI 2024/FOI/00831 - Response"),
    ("Date", "Tue, 07 May 2024 11:03:55 +0100"),
    ("Message-ID", "<20240507110355.00831@severnside.police.example.uk>"),
    ("X-Classification", "OFFICIAL"),
], body, attachments=[
    ("2024-FOI-00831 Response Letter.docx", letter, "application",
     "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("Complaint Rights.pdf", guide, "application", "pdf"),
])
