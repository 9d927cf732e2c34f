from lib import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
write_request("14", """
Dear University of Clydebank,

Under the Freedom of Information (Scotland) Act 2002, please provide:

1. The number of CCTV cameras at each of your campuses, split into internal and external.
2. How many of these are manufactured by (a) Hikvision, (b) Dahua.
3. The other manufacturers used.
4. A copy of the most recent CCTV security risk assessment.

Kind regards,
Euan Baird
""")
ss = rl_styles()
doc = SimpleDocTemplate(path("14-reply.pdf"), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=55,
                        title="FOI response 2024-118")
B = lambda t: Paragraph(t, ss["Body"])
fl = [Paragraph("<b>UNIVERSITY OF CLYDEBANK</b>", ss["Title"]),
      Paragraph("Information Compliance Office · Kilbowie Building · Clydebank G81 2AQ · foi@clydebank.ac.uk", ss["Small"]),
      Spacer(1, 14),
      B("Mr Euan Baird<br/>Our reference: FOI 2024-118<br/>14 March 2024"),
      B("Dear Mr Baird"),
      B("<b>Freedom of Information (Scotland) Act 2002 – your request for information</b>"),
      B("I refer to your request, received by the University on 15 February 2024. The University's response to each part of your request is provided below. For ease of reference, parts 1 to 3 are answered together in Table 1."),
      B("<b>Parts 1 to 3</b>")]
data = [["Campus", "Cameras", "", "Manufacturer (number of cameras)", "", "", ""],
        ["", "Internal", "External", "Axis", "Hikvision", "Dahua", "Other*"],
        ["Hillhead (main campus)", 140, 62, 170, 0, 0, 32],
        ["Riverside", 38, 21, 40, 0, 0, 19],
        ["Dumfries", 12, 9, 0, 21, 0, 0],
        ["Garscube (Veterinary School)", 24, 18, 30, 0, 0, 12],
        ["Student residences (all)", 55, 47, 80, 6, 0, 16],
        ["Total", 269, 157, 320, 27, 0, 79]]
t = Table(data, colWidths=[150, 52, 52, 48, 58, 48, 48])
t.setStyle(TableStyle([("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (6, 0)),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DCE6F1")),
                       ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                       ("FONTSIZE", (0, 0), (-1, -1), 9), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
fl += [Paragraph("<b>Table 1: CCTV cameras by campus</b>", ss["Small"]), t,
       Paragraph("* Other: Hanwha, Bosch and Vivotek.", ss["Small"]), Spacer(1, 8),
       B("The Hikvision cameras at Dumfries were installed by the campus's former shared-services partner and remain in use. The University's Estates Committee agreed in January 2024 that these will be replaced when the Dumfries system reaches end of life; no date has been set."),
       B("<b>Part 4 – CCTV security risk assessment</b>"),
       B("The University holds a CCTV security risk assessment dated October 2023. The University considers that this document is exempt from disclosure in full under section 35(1)(a) and (b) of FOISA (law enforcement – the prevention or detection of crime and the apprehension or prosecution of offenders). The reasons for this decision are set out below."),
       PageBreak(),
       B("<b>Application of section 35(1)(a) and (b)</b>"),
       B("The risk assessment identifies, for each campus, the areas which the University regards as being at elevated risk of theft, vandalism or assault, the areas not covered by CCTV, the times at which cameras are not actively monitored and the technical arrangements for storing footage. Disclosure under FOISA is disclosure into the public domain. The University considers that publication of this information would, or would be likely to, prejudice substantially the prevention and detection of crime, by allowing a person intent on committing an offence to identify blind spots and periods in which the risk of detection is lower."),
       B("The exemption in section 35 is subject to the public interest test in section 2(1)(b) of FOISA. The University recognises the public interest in transparency about how it protects students, staff and visitors and about how it spends public money on security. It also recognises a public interest in the scrutiny of surveillance that affects the privacy of individuals. However, the University has already published its CCTV Policy and Code of Practice, which describes the purposes for which CCTV is used, the retention of footage and the rights of data subjects. The University considers that the public interest is largely met by that publication and by the information in Table 1 above."),
       B("On balance, the University has concluded that the public interest in maintaining the exemption outweighs that in disclosure of the risk assessment."),
       B("<b>Re-use of information</b>"),
       B("The information supplied to you is copyright of the University of Clydebank unless otherwise stated. You are free to use it for your own purposes, including any non-commercial research you are doing and for the purposes of news reporting. Any other re-use, for example commercial publication, would require the permission of the University."),
       B("<b>Your right to seek a review</b>"),
       B("Should you be dissatisfied with the way in which the University has dealt with your request, you are entitled to require the University to review its decision. Please note that in order for a review to take place you are required to submit a request stating the reason(s) for your dissatisfaction within 40 working days of receiving this response. Requests for review should be addressed to the Secretary of Court, University of Clydebank, Kilbowie Building, Clydebank G81 2AQ, or e-mailed to foi.review@clydebank.ac.uk."),
       B("The review will be handled by staff not involved in the original decision, and you will receive notice of the result of the review within 20 working days of receipt of your request for review."),
       B("<b>Your right to appeal to the Scottish Information Commissioner</b>"),
       B("If you are not satisfied with the outcome of the review, you have the right to apply to the Scottish Information Commissioner for a decision. Please note that your application must be made within six months of receipt of the review decision. You can apply online at www.foi.scot/appeal, or write to: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS. Telephone 01334 464610."),
       B("<b>Appeal to the Court of Session</b>"),
       B("If you are not satisfied with the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only. Any appeal must be made within 42 days of receipt of the decision."),
       PageBreak(),
       B("<b>Annex – your request as received</b>"),
       B("<i>1. The number of CCTV cameras at each of your campuses, split into internal and external. 2. How many of these are manufactured by (a) Hikvision, (b) Dahua. 3. The other manufacturers used. 4. A copy of the most recent CCTV security risk assessment.</i>"),
       B("<b>Data protection</b>"),
       B("The University will process the personal data you have provided in order to deal with your request and any subsequent review or appeal. Further details are available in the University's privacy notice for information requests."),
       Spacer(1, 20),
       B("Yours sincerely"), Spacer(1, 14),
       B("Morag Lennox<br/>Information Compliance Manager<br/>University of Clydebank"),
       Paragraph("The University of Clydebank is a registered Scottish charity, number SC014920.", ss["Small"])]
doc.build(fl, canvasmaker=page_of_n_canvas("FOI 2024-118"))
label(path="14-reply.pdf", request_file="14-request.txt", format="pdf", body_type="university", law="foisa",
      hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s35"], camera_count=426,
      note="Three-page FOISA PDF whose answers sit in a table with merged header cells ('Cameras' over Internal/External, manufacturers spanning four columns); Hikvision 27 vs Dahua 0 must be read by column, and the total is 269+157.")
