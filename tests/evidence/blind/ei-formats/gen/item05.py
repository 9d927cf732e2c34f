from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

req = """
To: The Data Protection Officer, Meridian Learning Trust

Hi, I'm writing under the Freedom of Information Act to ask how many CCTV cameras are in use across the trust's schools (a figure for each school would be helpful), what make the cameras are and in particular whether any of them are made by Hikvision or Dahua, whether any cameras are located in toilets, changing rooms or classrooms, and whether any of the cameras record sound.

Thanks in advance,
Jo Whitlock
"""
write_request("05", req)

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Century Gothic"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.top_margin = Cm(1.5)
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = hp.add_run("MERIDIAN LEARNING TRUST"); rr.bold = True; rr.font.color.rgb = RGBColor(0x6A, 0x1B, 0x9A); rr.font.size = Pt(14)
hp2 = sec.header.add_paragraph("Achieving together  •  Ferndale  •  Hollins Park  •  Oakhurst  •  St Wilfrid's  •  Tanner's Brook")
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("Meridian Learning Trust is a charitable company limited by guarantee registered in England and Wales. "
           "Company number 08814527. Registered office: Hollins Park Academy, Moor Lane, Bolton BL3 4TG.")
fp.runs[0].font.size = Pt(7)

doc.add_paragraph("18 June 2024")
doc.add_paragraph("Ms J Whitlock\nSent by email only")
doc.add_paragraph("Dear Ms Whitlock,")
b = doc.add_paragraph(); b.add_run("Re: Request for information – CCTV (MLT-FOI-2024-07)").bold = True
doc.add_paragraph(
 "Thank you for your email of 22 May 2024 asking about CCTV in the Trust's academies. I apologise that our reply "
 "is a little later than we would like; the request arrived during the examination period and some of the site "
 "information had to be checked by our premises teams, who have walked round each building.")
doc.add_paragraph(
 "All five of our academies have CCTV. Ferndale Primary has 12 cameras, Hollins Park Academy 40, Oakhurst Primary 18, "
 "St Wilfrid's C of E Primary 24 and Tanner's Brook 31. Hollins Park is our only secondary school and its system "
 "also covers the sports hall and the community car park that we share with the leisure trust.")
doc.add_paragraph(
 "The systems were put in by different installers at different times, mostly before the academies joined the Trust. "
 "The cameras at Hollins Park, St Wilfrid's and Tanner's Brook are HiWatch models, installed between 2018 and 2020. "
 "Ferndale and Oakhurst had their systems replaced in 2023 and now use Vivotek cameras. None of our cameras are "
 "Dahua products.")
doc.add_paragraph(
 "There are no cameras in any toilets, changing rooms or classrooms. At Hollins Park two cameras cover the communal "
 "hand-washing area outside the Year 7/8 toilet block; these do not show the cubicles or the inside of the toilets. "
 "A small number of cameras overlook corridors and the entrances to teaching blocks.")
doc.add_paragraph(
 "None of the cameras record audio. Where a camera model has a microphone this has been switched off at set-up.")
doc.add_paragraph(
 "Our CCTV policy, which sets out retention periods and who can view footage, is available on each academy's "
 "website under 'Policies'.")
doc.add_paragraph(
 "If you are unhappy with the way your request has been handled you can ask for a review by writing to the Chief "
 "Operating Officer at the registered office address below or governance@meridianlt.org.uk. If you are still "
 "not satisfied you can complain to the Information Commissioner's Office (www.ico.org.uk).")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("\nRuth Ingham\nTrust Governance & Compliance Manager / DPO\nDirect: 01204 889 316")
doc.save(p("05-reply.docx"))

add_label(path="05-reply.docx", request_file="05-request.txt", format="docx", body_type="academy",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=125,
          note="Never says 'Hikvision': cameras at three academies are HiWatch (a Hikvision brand); count is five per-school figures in prose with no total (12+40+18+24+31).")
note("05: hikvision='yes' rests only on the HiWatch brand (Hikvision-owned per SPEC); the letter never names Hikvision and does not answer the Hikvision part directly.")
