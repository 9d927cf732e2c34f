from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
for s in d.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    hp = s.header.paragraphs[0]
    hp.text = "Northgate and Wyvern Hospitals NHS Foundation Trust"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.bold = True; hp.runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    fp = s.footer.paragraphs[0]
    fp.text = "Chair: Prof. Alan Mirza   Chief Executive: Deborah Okafor-Lyle"
    fp.runs[0].font.size = Pt(8)

def p(t="", bold=False, align=None, space=6):
    para = d.add_paragraph()
    r = para.add_run(t); r.bold = bold
    para.paragraph_format.space_after = Pt(space)
    if align: para.alignment = align
    return para

p("Information Governance Department\nWyvern General Hospital\nCastle Lane\nWorcester Park\nWR9 3HT", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("Tel: 01905 771 400\nEmail: nwh-tr.foi@nhs.example.net", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("Ms P Rahman\nBy email only")
p("Our Ref: FOI/24-25/1187\nDate: 14 November 2024")
p("Dear Ms Rahman,")
p("Freedom of Information Act 2000 – Request for Information", bold=True)
p("Thank you for your request for information received by the Trust on 17 October 2024. "
  "Your request has been processed under the Freedom of Information Act 2000 and I am able to provide the following information.")
p("You asked about the CCTV operated at the Trust's hospitals and community sites. The Trust's Security "
  "Management team has advised that there are approximately 640 fixed cameras across the estate, together with "
  "a further 18 PTZ (pan-tilt-zoom) domes covering the main entrances, the Emergency Department approach and the "
  "multi-storey car park at Wyvern General. This figure excludes body-worn cameras used by security officers, which "
  "are managed separately.")
p("The Trust does have some cameras manufactured by Hikvision. These are predominantly older units in the surface car "
  "parks and at two of the community clinics, installed prior to 2019. The Trust does not have any Dahua equipment.")
p("The majority of the system is supplied by Avigilon (Motorola Solutions) and Hanwha Vision, with the Hikvision units "
  "referred to above and a small number of legacy Vicon analogue cameras at the Kidderminster Road site. "
  "The Trust has an ongoing programme of replacement which is subject to capital funding and we are unable to give "
  "a date for the removal of the remaining older units.")
p("The Trust does not use facial recognition technology with any of its CCTV cameras.")
p("I hope this information is helpful. If you are dissatisfied with the handling of your request you have the right "
  "to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt "
  "of the response to your original request and should be addressed to: Head of Information Governance, at the address above "
  "or by email to nwh-tr.foi@nhs.example.net.")
p("If you are dissatisfied with the outcome of the internal review you may apply directly to the Information "
  "Commissioner's Office (ICO) for a decision. Generally, the ICO cannot make a decision unless you have exhausted "
  "the complaints procedure provided by the Trust. The ICO can be contacted at: Information Commissioner's Office, "
  "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, or via www.ico.org.uk.")
p("Please remember to quote the reference number above in any future communications.")
p("Most of the information we provide in response to Freedom of Information Act 2000 requests will be subject to "
  "copyright protection. In most cases the copyright will be owned by the Trust. You are free to use it for your own "
  "purposes, including any non-commercial research you are doing and for the purposes of news reporting.", space=12)
p("Yours sincerely,")
p("")
p("Marcus Ellery\nFreedom of Information Officer\nOn behalf of Northgate and Wyvern Hospitals NHS Foundation Trust")
d.save(out("02-reply.docx"))

add_label(path="02-reply.docx", request_file="02-request.txt", format="docx", body_type="nhs",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=658,
          note="Unnumbered prose answers in question order; total must be summed from 'approximately 640' fixed plus 18 PTZ, excluding body-worn.")
