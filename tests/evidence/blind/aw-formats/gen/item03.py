from lib import *
import io
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.pagesizes import A4
write_request("03", """
Dear Eastmarch Police,

Please treat this as a request under the Freedom of Information Act.

1) How many CCTV cameras are installed at police stations, custody suites and other buildings operated by the force?
2) Are any of these cameras made by Hikvision?
3) Are any made by Dahua?
4) Does the force use live facial recognition? If so, on which cameras?

Regards,
Simon Achterberg
""")
ss = rl_styles()
buf = io.BytesIO()
doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=55, rightMargin=55, topMargin=50, bottomMargin=50,
                        title="FOI 003417/24 response")
B = lambda t: Paragraph(t, ss["Body"])
fl = [Paragraph("<b>EASTMARCH POLICE</b>", ss["Title"]),
      Paragraph("Freedom of Information Unit, Force Headquarters, Castle Lane, Eastmarch EM1 9PP", ss["Small"]),
      Spacer(1, 10),
      B("Our reference: FOI 003417/24<br/>Date: 02/08/2024"),
      B("Dear Mr Achterberg,"),
      B("<b>FREEDOM OF INFORMATION REQUEST – CCTV</b>"),
      B("I write in connection with your request for information which was received by Eastmarch Police on 08/07/2024. I note you seek access to the following information:"),
      B("<i>1) How many CCTV cameras are installed at police stations, custody suites and other buildings operated by the force? 2) Are any of these cameras made by Hikvision? 3) Are any made by Dahua? 4) Does the force use live facial recognition? If so, on which cameras?</i>"),
      B("<b>Response</b>"),
      B("Following receipt of your request, searches were conducted within Eastmarch Police. I can confirm that the information you have requested is held in part."),
      B("1) There are 1,134 CCTV cameras across the force estate, of which 486 are located within custody suites."),
      B("2) and 3) Eastmarch Police can neither confirm nor deny whether it holds information relevant to these questions by virtue of the following exemptions: Section 24(2) National Security and Section 31(3) Law Enforcement. To confirm or deny the manufacturers of equipment used to protect police premises would identify which, if any, sites are vulnerable to a known exploit. Evidence of harm and the public interest test are set out in the annex to this letter."),
      B("4) Eastmarch Police does not use live facial recognition technology."),
      B("<b>Annex – Harm and Public Interest Test</b>"),
      B("Police premises hold sensitive material, detained persons and operational intelligence. The force is mindful that the Government announced in November 2022 that surveillance systems produced by companies subject to the National Intelligence Law of China should no longer be deployed on sensitive central government sites. Confirming or denying the presence of any particular manufacturer across the estate would, when combined with other requests to other forces, build a picture of the resilience of the police service as a whole. Whilst there is a public interest in transparency, the public interest in safeguarding national security and the prevention and detection of crime is strong, and on balance the force considers that the balance lies in favour of neither confirming nor denying."),
      B("No inference can be taken from this refusal that information does or does not exist."),
      B("<b>Complaint Rights</b>"),
      B("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may then apply to the Information Commissioner."),
      B("Yours sincerely,"), Spacer(1, 16),
      B("Jordan Blakemore<br/>Disclosure Officer<br/>Freedom of Information Unit"),
      Paragraph("The information provided in response to this request is subject to the Re-use of Public Sector Information Regulations 2015 and is Crown copyright.", ss["Small"])]
doc.build(fl, canvasmaker=page_of_n_canvas("OFFICIAL"))
text = """Dear Mr Achterberg

Please find attached our response to your recent Freedom of Information request (ref FOI 003417/24).

Regards

Jordan Blakemore | Disclosure Officer | Freedom of Information Unit | Eastmarch Police
Force Headquarters, Castle Lane, Eastmarch EM1 9PP

OFFICIAL
All e-mail traffic may be subject to recording and/or monitoring in accordance with relevant legislation.
"""
eml("03", frm="Freedom of Information <foi@eastmarch.police.uk>", to="simon.achterberg@gmail.com",
    subject="Freedom of Information Request Ref: 003417/24 - CCTV", date="Fri, 02 Aug 2024 09:12:05 +0100",
    text=text, html=html_from_text(text), cte="qp",
    attachments=[("003417-24 Response.pdf", buf.getvalue(), "application/pdf")])
label(path="03-reply.eml", request_file="03-request.txt", format="eml", body_type="police", law="foia",
      hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s24", "s31"], camera_count=1134,
      note="Answers only in an attached PDF; makers NCND under s24(2)/31(3) while count is given, and custody subset (486) must not be taken as the total.")
