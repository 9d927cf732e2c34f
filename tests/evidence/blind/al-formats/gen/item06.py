from common import *
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

REQ = """Annwyl / Dear Sir or Madam,

FOI request - CCTV (please reply in English)

Question 1: How many CCTV cameras does the Council operate?
Question 2: Are any of the Council's CCTV cameras made by Hikvision? If so how many?
Question 3: Are any of the Council's CCTV cameras made by Dahua? If so how many?
Question 4: Does the Council have a policy on buying surveillance equipment from companies linked to the Chinese state?

Regards,
Rhodri Evans"""
write_request("06", REQ)

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("Cyngor Bwrdeistref Sirol Glanaber\nGlanaber County Borough Council"); r.bold = True; r.font.size = Pt(14)
h2 = d.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
h2.add_run("Swyddfeydd y Cyngor, Stryd y Bont, Aberglan SA72 4HT  |  Council Offices, Bridge Street, Aberglan SA72 4HT").font.size = Pt(8)
d.add_paragraph("Ein cyf / Our ref: RhG-2425-0388\nDyddiad / Date: 17/12/2024\nGofynnwch am / Please ask for: Ffion Morgan\nFfôn / Tel: 01646 502 771\nE-bost / Email: rhyddid.gwybodaeth@glanaber.gov.wales")
d.add_paragraph("Annwyl Mr Evans / Dear Mr Evans,")
d.add_paragraph("Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000").runs[0].bold = True
d.add_paragraph("Diolch am eich cais am wybodaeth a dderbyniwyd ar 25/11/2024. Mae ymateb y Cyngor i’w weld isod.\n"
                "Thank you for your request for information received on 25/11/2024. The Council’s response can be found below.")
rows = [["Cwestiwn / Question", "Ateb / Answer"],
        ["1. Faint o gamerâu TCC y mae’r Cyngor yn eu gweithredu?\nHow many CCTV cameras does the Council operate?",
         "Mae’r Cyngor yn gweithredu chwe deg pedwar o gamerâu TCC ar draws ei swyddfeydd, depos, meysydd parcio a chanol trefi.\n"
         "The Council operates sixty-four CCTV cameras across its offices, depots, car parks and town centres."],
        ["2. A oes unrhyw gamerâu wedi’u gwneud gan Hikvision? Os oes, faint?\nAre any made by Hikvision? If so how many?",
         "Oes – 12.\nYes – 12."],
        ["3. A oes unrhyw gamerâu wedi’u gwneud gan Dahua? Os oes, faint?\nAre any made by Dahua? If so how many?",
         "Nac oes.\nNo."],
        ["4. Polisi caffael / Procurement policy",
         "Nid oes gan y Cyngor bolisi penodol. Mae pob caffael yn dilyn Rheolau Gweithdrefn Contractau’r Cyngor.\n"
         "The Council does not have a specific policy. All procurement follows the Council’s Contract Procedure Rules."]]
docx_table(d, rows)
d.add_paragraph("")
d.add_paragraph("Os ydych yn anfodlon â’r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. Os ydych yn parhau i fod yn anfodlon, gallwch gysylltu â Swyddfa’r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.")
d.add_paragraph("If you are dissatisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may contact the Information Commissioner’s Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
d.add_paragraph("Rydym yn croesawu gohebiaeth yn Gymraeg. / We welcome correspondence in Welsh.").runs[0].italic = True
d.add_paragraph("Yn gywir / Yours sincerely,\n\nFfion Morgan\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer")
d.save(p("06-reply.docx"))
add_label("06", "docx", "welsh_council", "foia", "yes", "no", "answered", [], 64,
          "Bilingual Welsh/English question-and-answer table where the total is given only in words (Welsh and English) and the only digits are the Hikvision subset of 12.")
