from common import *
from emlh import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import datetime, io

NN = "15"
write_request(NN, """
Cardiff and Vale University Health Board - FOI

I would be grateful for the following:
• The approximate number of CCTV cameras across the Health Board's hospitals and community sites
• Whether the Health Board uses any Hikvision cameras
• Whether the Health Board uses any Dahua cameras
• Whether the Health Board has a policy on procurement of surveillance equipment from companies subject to US or UK sanctions/restrictions

Thanks,
Huw Jenkins
""")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2.4)
hp = sec.header.paragraphs[0]; hp.text = "Ein cyf / Our ref: FOI-CAV-24-0781"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.add_run("Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh\n"
           "Pencadlys / Headquarters: Woodland House, Maes-y-Coed Road, Cardiff CF14 4HH  ·  Ffôn / Tel: 029 2074 7747\n")
fp.add_run("Tudalen / Page "); docx_field(fp, "PAGE"); fp.add_run(" o / of "); docx_field(fp, "NUMPAGES")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs: r.font.size = Pt(7.5)
p = doc.add_paragraph(); r = p.add_run("Bwrdd Iechyd Prifysgol Caerdydd a'r Fro\nCardiff and Vale University Health Board"); r.bold = True
doc.add_paragraph("Dyddiad / Date: 5 September 2024")
doc.add_paragraph("Dear Mr Jenkins")
p = doc.add_paragraph(); p.add_run("Freedom of Information Act 2000 – Request FOI-CAV-24-0781").bold = True
docx_paras(doc, """
I am writing in response to your request for information, which was received by Cardiff and Vale
University Health Board on 8 August 2024. Please find our response below.
""")
qa = [
    ("The approximate number of CCTV cameras across the Health Board's hospitals and community sites",
     "There are c. 900 CCTV cameras across the Health Board's estate, the majority at University Hospital of Wales and University Hospital Llandough."),
    ("Whether the Health Board uses any Hikvision cameras",
     "Yes. Hikvision cameras are in use at a number of community sites, including health centres and the Barry Hospital site."),
    ("Whether the Health Board uses any Dahua cameras",
     "The Health Board does not hold a central register that records the manufacturer of every camera. CCTV at some community premises was installed by landlords or previous occupiers. We are therefore unable to confirm whether or not any Dahua equipment is installed, and this information is not held."),
    ("Whether the Health Board has a policy on procurement of surveillance equipment from companies subject to US or UK sanctions/restrictions",
     "The Health Board does not have a specific policy. Procurement follows NHS Wales Shared Services Partnership frameworks and Cabinet Office Procurement Policy Note 03/22."),
]
for q, a in qa:
    p = doc.add_paragraph(); p.add_run(q).bold = True
    doc.add_paragraph(a)
docx_paras(doc, """
If you are dissatisfied with the manner in which your request has been handled, you may request an
internal review. You should write to the Head of Information Governance at the address below within 40
working days. If you remain dissatisfied following the internal review, you have the right to complain
to the Information Commissioner, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.

Yours sincerely
""")
doc.add_paragraph("Rhian Cadwaladr\nFreedom of Information Officer")
b = io.BytesIO(); doc.save(b)

m = message("FOI Cardiff and Vale UHB <FOI.Cav@wales.nhs.uk>", "huw.jenkins.foi@outlook.com",
            "FOI-CAV-24-0781 Response / Ymateb",
            datetime.datetime(2024, 9, 5, 11, 48, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
            """
            Noswaith dda / Good afternoon,

            Please find attached the Health Board's response to your Freedom of Information request.

            Diolch / Thank you

            Freedom of Information Team
            Cardiff and Vale University Health Board

            Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh
            """, domain="wales.nhs.uk")
attach(m, b.getvalue(), "FOI-CAV-24-0781 Response.docx", DOCX)
save(m, OUT / f"{NN}-reply.eml")
add_label(NN, "eml", "nhs", "foia", "yes", "unknown", "partially_answered", [], 900,
          "E-mail body says only 'see attached'; the Word attachment gives 'c. 900', Hikvision yes, and Dahua not held (so partial).")
