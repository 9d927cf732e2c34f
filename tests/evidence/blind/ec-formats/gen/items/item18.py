import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from reportlab.platypus import Paragraph, Spacer
from reportlab.lib.units import cm

NN = "18"
REQ = """
Dear Police Scotland,

Please could you provide under FOISA, for every police station, custody centre and other building in the Police Scotland estate:

1. The number of CCTV cameras.
2. The make and model of each camera and recorder.
3. Whether any are made by Hikvision or Dahua.
4. The date each camera was installed.

Regards
Catriona Hendry
"""

base, bold, small, head = pdf_styles()
S = []
S.append(Paragraph("POLICE SCOTLAND &ndash; POILEAS ALBA", head))
S.append(Paragraph("Information Management &ndash; Dundee, PO Box 59, West Bell Street, Dundee DD1 9JU", small))
S.append(Spacer(1, 0.4 * cm))
S.append(Paragraph("Tel: 01382 596 657<br/>foi@scotland.police.example.uk", small))
S.append(Spacer(1, 0.3 * cm))
S.append(Paragraph("Our reference: IM-FOI-2024-2291<br/>Date: 11 December 2024", base))
S.append(Paragraph("<b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002</b>", base))
S.append(Paragraph("Further to our acknowledgement of 14 November 2024, I am now in a position to respond to your request for information.", base))
S.append(Paragraph("I regret to inform you that I am unable to provide you with the information you have requested, as it would prove too costly to do so within the context of the fee regulations.", base))
S.append(Paragraph("As you may be aware the current cost threshold is &pound;600 and I estimate that it would cost well in excess of this amount to process your request.", base))
S.append(Paragraph("As such, and in terms of Section 16(4) of the Freedom of Information (Scotland) Act 2002 where Section 12(1) of the Act (Excessive cost of compliance) has been applied, this represents a refusal notice for the information sought.", base))
S.append(Paragraph("By way of explanation, Police Scotland's estate comprises in excess of 300 operational buildings. CCTV at these premises has been installed over many years by legacy forces, by Police Scotland and by landlords of shared premises, and there is no single asset register recording the number, make, model or installation date of the cameras. The only way to establish the information would be for estates or local staff to attend and inspect the equipment at each building. Even at a conservative estimate of one hour per building, this would take in excess of 300 hours.", base))
S.append(Paragraph("By way of assistance, you may wish to refine your request, for example by limiting it to custody centres, of which there are fewer. You may also find it helpful to note that Police Scotland responded to a request concerning Hikvision and Dahua equipment in 2023 (IM-FOI-2023-1187), which is available on our disclosure log.", base))
S.append(Paragraph("Should you require any further assistance please contact Information Management &ndash; Dundee quoting the reference number given.", base))
S.append(Paragraph("If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are entitled to request a review of our actions and decisions. Your request must specify the matter which gives rise to your dissatisfaction and it must be submitted within 40 working days of receiving this response &ndash; either by email to foi@scotland.police.example.uk or by letter to Information Management &ndash; Dundee, PO Box 59, West Bell Street, Dundee DD1 9JU.", base))
S.append(Paragraph("If you remain dissatisfied following our review response, you can apply to the Office of the Scottish Information Commissioner within six months for a decision. You can apply online, by email or by letter to OSIC, Kinburn Castle, Doubledykes Road, St Andrews, KY16 9DS.", base))
S.append(Paragraph("Following an OSIC appeal, you can appeal to the Court of Session on a point of law only.", base))
S.append(Paragraph("This response will be added to our Disclosure Log in seven days' time.", base))
S.append(Paragraph("Every effort has been taken to ensure our response is as accessible as possible. If you require this response to be provided in an alternative format, please let us know.", base))
pdf = pdf_story(S, header="OFFICIAL", footer="OFFICIAL")
write_request(NN, REQ)
write_bytes(f"{NN}-reply.pdf", pdf)
write_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf", body_type="police",
            law="foisa", hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s12"],
            camera_count=None, note="Whole request refused on FOISA s12 cost (s16 is only the refusal notice); both makers are named only in advice pointing to an earlier disclosure, which says nothing of use; '300 operational buildings' is not a camera count.")
