"""19: police body-worn video PDF - wrapped cells, total with thousands separator, s43 on contract cost."""
from common import *

story = paras("""<b>WESSEX VALE POLICE</b>
Information Rights Unit, PO Box 2271, Wessex Vale WV7 0PX""", SMALL)
story.append(Spacer(1, 8))
story += paras("""<b>FREEDOM OF INFORMATION REQUEST REFERENCE NO: 001296/24</b>

Date: 15 March 2024

Dear Ms Lindqvist

Thank you for your request for information which was received on 16 February 2024. I am writing to confirm that
Wessex Vale Police has now completed its search for the information you requested. Please see below.

<b>Q1 and Q2</b>""")
rows = [["Device", "Manufacturer", "Number in use", "Comments"],
        ["Axon Body 3", "Axon Enterprise, Inc.", "1,566", "Standard issue to response, neighbourhood and roads policing officers and PCSOs. Devices are pooled and docked at stations."],
        ["Axon Body 2", "Axon Enterprise, Inc.", "212", "Legacy devices retained at custody and front counter. These are being withdrawn and replaced with Body 3 by 30 June 2024."],
        ["Axon Flex 2 (head / collar mounted)", "Axon Enterprise, Inc.", "38", "Firearms and public order teams only."],
        ["Total", "", "1,816", ""]]
story.append(grid(rows, [38*mm, 34*mm, 24*mm, 74*mm], header_rows=1,
                  style_extra=[("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]))
story.append(Spacer(1, 6))
story += paras("""<b>Q3</b>
No.

<b>Q4</b>
Wessex Vale Police holds this information. However, it is exempt under section 43(2) (commercial interests)
of the Freedom of Information Act 2000.

Section 43(2) is a prejudice-based qualified exemption. Disclosure of the unit and contract prices agreed with
the supplier would be likely to prejudice the commercial interests of both the supplier and the force, as the
contract was let under a national framework and prices are commercially sensitive to the supplier in its
dealings with other forces. It would also be likely to weaken the force's position in future procurement.

<i>Factors favouring disclosure:</i> accountability for the spending of public money; the public interest in
the use of body-worn video as a means of improving transparency in policing.

<i>Factors favouring non-disclosure:</i> prejudice to the supplier's ability to compete; reduction in the
number of bidders in future procurement exercises, and so in value for money for the public purse.

<i>Balance test:</i> the force considers that the public interest favours withholding this information at this
time. The overall value of the framework is published by the lead force on Contracts Finder.

<b>Q5</b>
Footage is uploaded to Axon Evidence (evidence.com), a cloud-based digital evidence management system hosted
in UK data centres.

<b>Complaint rights</b>
If you are dissatisfied with this response you may ask for an internal review within 40 working days of the
date of this letter by writing to the Information Rights Unit at the address above or
foi@wessexvale.police.example.uk. If you remain dissatisfied after the review you may apply to the Information
Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely

Graham Pocock
Information Rights Officer""")
build_pdf(out("19-reply.pdf"), story, title="001296/24", footer="OFFICIAL")
