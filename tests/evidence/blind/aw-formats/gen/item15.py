from lib import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.pagesizes import A4
write_request("15", """
Hello,

Please can you tell me:
1. How many traffic monitoring CCTV cameras does Hartsmoor County Council operate on the road network?
2. Are any of them made by Hikvision or Dahua?
3. Does the council operate any ANPR cameras and if so how many?

Thank you,
Leon Abara
""")
ss = rl_styles()
doc = SimpleDocTemplate(path("15-reply.pdf"), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=55, bottomMargin=55,
                        title="EIR 24/1456")
B = lambda t: Paragraph(t, ss["Body"])
fl = [Paragraph("<b>Hartsmoor County Council</b>", ss["Heading2"]),
      Paragraph("Highways &amp; Transport · County Hall · Hartsmoor HM1 1CC", ss["Small"]), Spacer(1, 12),
      B("Leon Abara<br/>Request reference: EIR 24/1456<br/>Date: 17 October 2024"),
      B("Dear Leon Abara,"),
      B("<b>Request for information – Environmental Information Regulations 2004</b>"),
      B("Your request has been considered under the Environmental Information Regulations 2004 (EIR), as the information relates to measures affecting the state of the elements of the environment, namely traffic management on the highway network."),
      B("<b>1.</b> The Traffic Control Centre operates 63 CCTV cameras on the highway network, used to monitor congestion, incidents and the operation of traffic signals. No images are recorded except during incidents."),
      B("<b>2.</b> Information on the manufacturers of the Council's highways CCTV equipment is being withheld under regulation 12(5)(a) of the EIR – international relations, defence, national security or public safety. The traffic camera network is connected to the Council's urban traffic management and control system, which controls signals at 412 junctions. Disclosing the make of the cameras would assist anyone seeking to compromise that system and would adversely affect public safety. We have considered the public interest, including the presumption in favour of disclosure in regulation 12(2), and have concluded that the public interest in maintaining the exception outweighs the public interest in disclosure."),
      B("<b>3.</b> The Council operates 11 ANPR cameras, used solely for journey-time monitoring on the A614 and A38 corridors. These are in addition to the 63 CCTV cameras referred to above. The Council does not operate ANPR for enforcement."),
      B("If you are dissatisfied with this response you may make representations under regulation 11 of the EIR within 40 working days. Please write to the Information Governance Team, County Hall, Hartsmoor HM1 1CC or email inforequests@hartsmoor.gov.uk. If you remain dissatisfied, you may contact the Information Commissioner's Office."),
      B("Yours sincerely,"), Spacer(1, 10),
      B("Information Governance Team<br/>on behalf of the Director of Highways &amp; Transport")]
doc.build(fl, canvasmaker=page_of_n_canvas("Hartsmoor County Council – EIR 24/1456"))
label(path="15-reply.pdf", request_file="15-request.txt", format="pdf", body_type="council", law="eir",
      hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["EIR 12(5)(a)"], camera_count=63,
      note="Handled under EIR: makers withheld under regulation 12(5)(a) while regulation 11 and 12(2) are mentioned but are not exceptions; ANPR (11) is separate from the 63 CCTV cameras.")
