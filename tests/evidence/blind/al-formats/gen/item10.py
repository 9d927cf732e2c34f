from common import *
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

REQ = """FOISA request

Hello, I am a tenant campaigner looking at surveillance in social housing. Could you tell me (1) how many CCTV cameras Clydeholm Housing Association has at its developments, listed by development; (2) the make of the cameras and recording equipment; (3) whether any of this is made by Chinese companies such as Hikvision or Dahua; (4) how long footage is kept for.

Thanks
Craig Muir"""
write_request("10", REQ)

d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = h.add_run("Clydeholm Housing Association Ltd"); r.bold = True; r.font.size = Pt(16)
d.add_paragraph("14 Brodie Street, Glasgow G51 3PN  •  0141 440 2187  •  foi@clydeholm-ha.org.uk\nScottish Charity No. SC031788  •  Registered with the Scottish Housing Regulator No. HAL219").runs[0].font.size = Pt(8)
d.add_paragraph("Mr C Muir\n(by email)")
d.add_paragraph("Our Ref: CHA/FOI/2025/011\n21 February 2025")
d.add_paragraph("Dear Mr Muir")
d.add_paragraph("Your information request").runs[0].bold = True
d.add_paragraph("We refer to your request for information received on 24 January 2025, which we have dealt with under the Freedom of Information (Scotland) Act 2002.")
d.add_paragraph("Questions 1 and 2").runs[0].bold = True
d.add_paragraph("The table below sets out the CCTV at each of our developments:")
rows = [["Development", "Cameras", "Camera make", "Recording equipment"],
        ["Brodie Court (multi-storey)", "24", "Hanwha", "Hanwha Wisenet NVR"],
        ["Linthouse Gardens", "11", "Honeywell", "Honeywell HQA DVR"],
        ["Cessnock Place", "8", "Honeywell", "Honeywell HQA DVR"],
        ["Drumoyne Sheltered Housing", "6", "Vista", "Vista QVIEW"],
        ["Govan Road (main office)", "5", "Hanwha", "Hanwha Wisenet NVR"],
        ["Total", "54", "", ""]]
docx_table(d, rows, bold_last=True)
d.add_paragraph("")
d.add_paragraph("Question 3").runs[0].bold = True
d.add_paragraph("Please refer to the table above.")
d.add_paragraph("Question 4").runs[0].bold = True
d.add_paragraph("Footage is overwritten automatically after 28 days unless it has been downloaded in connection with an incident or a request from Police Scotland.")
d.add_paragraph("Your right to seek a review").runs[0].bold = True
d.add_paragraph("If you are dissatisfied with the way we have dealt with your request, you can ask us to review our actions and decisions by writing to the Director of Corporate Services at the address above, or by emailing foi@clydeholm-ha.org.uk, within 40 working days of receiving this letter. If you remain dissatisfied after the review you have the right to apply to the Scottish Information Commissioner within six months for a decision (www.foi.scot/appeal).")
d.add_paragraph("Yours sincerely")
d.add_paragraph("Lorna McPhail\nCorporate Services Officer")
d.save(p("10-reply.docx"))
add_label("10", "docx", "other", "foisa", "no", "yes", "answered", [], 54,
          "Scottish housing association answers the Hikvision/Dahua question only by 'refer to the table', where the only relevant equipment is Honeywell HQA (a Dahua-made brand) in the recorder column.")
