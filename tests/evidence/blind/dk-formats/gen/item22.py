from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, Span
from common import out, add_label

doc = OpenDocumentText()
h = Style(name="Head", family="paragraph"); h.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
sub = Style(name="Sub", family="paragraph"); sub.addElement(TextProperties(fontweight="bold")); sub.addElement(ParagraphProperties(margintop="0.3cm"))
ind = Style(name="Ind", family="paragraph"); ind.addElement(ParagraphProperties(marginleft="1cm")); ind.addElement(TextProperties(fontstyle="italic"))
for s in (h, sub, ind): doc.styles.addElement(s)
def para(t, style=None):
    doc.text.addElement(P(stylename=style, text=t) if style else P(text=t))
para("Wessex Vale Police", h)
para("Freedom of Information Decision Notice")
para("Request reference: WVP-FOI-2024-03388")
para("Date: 17/07/2024")
para("")
para("Dear Dr Marchetti,")
para("Thank you for your request for information received on 19/06/2024, in which you asked:")
for q in ["1) How many cameras does the force itself operate in public places, including covert, re-deployable and vehicle-mounted surveillance cameras (not custody CCTV or body worn video)?",
          "2) Who manufactures them?", "3) Are any of them made by Hikvision or Dahua?", "4) Are any of them capable of live facial recognition?"]:
    para(q, ind)
para("Decision", sub)
para("Wessex Vale Police can neither confirm nor deny that it holds the information you have requested, by virtue of the "
     "following exemptions:")
para("Section 23(5) – Information supplied by, or concerning, certain Security Bodies")
para("Section 24(2) – National Security")
para("Section 31(3) – Law Enforcement")
para("Sections 23 and 24 of the Act are claimed in conjunction with each other. Section 23 is an absolute, class-based "
     "exemption and there is no requirement to consider the public interest. Sections 24 and 31 are qualified, prejudice-based "
     "exemptions and the harm and public interest considerations are set out below.")
para("Harm", sub)
para("Your request, by including covert and re-deployable surveillance equipment, seeks information that would, if confirmed or "
     "denied as held, reveal the Force's tactical capability in relation to surveillance. Confirming or denying the number, type "
     "or manufacturer of such equipment would enable individuals and groups, including those involved in serious and organised "
     "crime and terrorism, to build a picture of policing capability across forces and to take steps to evade detection.")
para("Public Interest Test", sub)
para("Factors favouring confirmation or denial: the public is entitled to know how public funds are spent, and there is "
     "legitimate public debate about surveillance technology and its suppliers.")
para("Factors against confirmation or denial: confirming or denying would undermine the effectiveness of covert tactics, "
     "compromise ongoing and future operations and the safety of officers and the public, and would assist offenders.")
para("Balance: the Force will never divulge information that would compromise its law enforcement tactics or national security. "
     "On balance, the public interest favours neither confirming nor denying that the information is held.")
para("No inference can be drawn from this response as to whether or not any information is held.")
para("Your right to complain", sub)
para("If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the "
     "Freedom of Information Office, Wessex Vale Police Headquarters, Kingsmead, Winterford WV1 3PJ. If you remain dissatisfied "
     "you may then apply to the Information Commissioner's Office.")
para("")
para("Yours sincerely")
para("Freedom of Information Office")
doc.save(out("22-reply.odt"))
add_label(path="22-reply.odt", request_file="22-request.txt", format="odt", body_type="police", law="foia",
          hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s23", "s24", "s31"], camera_count=None,
          note="Full neither-confirm-nor-deny refusal under s23(5), s24(2) and s31(3) covering every question.")
