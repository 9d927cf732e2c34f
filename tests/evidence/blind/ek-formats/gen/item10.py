from pdfhelp import *
from common import *
NN = "10"
write_request(NN, """
Dear Dyffryn Tawel County Borough Council,

I am making a request under the Freedom of Information Act 2000.

1. How many CCTV cameras does the council operate?
2. Are any of them manufactured by Hikvision?
3. Are any of them manufactured by Dahua?
4. Does the council have a policy on buying surveillance equipment from Chinese companies following the government's 2022 announcement?

Diolch,
Rhodri Prys
""")
P = lambda t, s=N: Paragraph(t, s)
S = ParagraphStyle("S", parent=N, fontSize=9.5, leading=12.5)
pairs = [
 ("<b>Cyngor Bwrdeistref Sirol Dyffryn Tawel</b><br/>Canolfan Ddinesig, Heol y Bont, Pontawel CF48 7DT",
  "<b>Dyffryn Tawel County Borough Council</b><br/>Civic Centre, Bridge Road, Pontawel CF48 7DT"),
 ("Ein cyf: RhG/24/3318<br/>Dyddiad: 17 Hydref 2024", "Our ref: FOI/24/3318<br/>Date: 17 October 2024"),
 ("Annwyl Mr Prys,", "Dear Mr Prys,"),
 ("<b>Deddf Rhyddid Gwybodaeth 2000</b>", "<b>Freedom of Information Act 2000</b>"),
 ("Diolch am eich cais am wybodaeth a dderbyniwyd ar 19 Medi 2024. Mae ein hymateb i'w weld isod.",
  "Thank you for your request for information received on 19 September 2024. Our response is set out below."),
 ("<b>C1.</b> Mae'r Cyngor yn gweithredu 164 o gamerâu teledu cylch cyfyng (TCC) ar hyn o bryd, gan gynnwys camerâu yng nghanol trefi, meysydd parcio ac adeiladau'r Cyngor.",
  "<b>Q1.</b> The Council currently operates 164 CCTV cameras, including town centre, car park and Council building cameras."),
 ("<b>C2.</b> Oes. Mae 22 o gamerâu Hikvision ym meysydd parcio aml-lawr Pontawel a Chwm Isaf. Bydd y rhain yn cael eu disodli erbyn 31 Mawrth 2025 fel rhan o'r rhaglen adnewyddu.",
  "<b>Q2.</b> Yes. There are 22 Hikvision cameras in the Pontawel and Cwm Isaf multi-storey car parks. These will be replaced by 31 March 2025 as part of the renewal programme."),
 ("<b>C3.</b> Nac oes.", "<b>Q3.</b> No."),
 ("<b>C4.</b> Yn dilyn datganiad Llywodraeth y DU ym mis Tachwedd 2022, nid yw'r Cyngor yn prynu offer gwyliadwriaeth newydd gan gwmnïau sy'n ddarostyngedig i Gyfraith Cudd-wybodaeth Genedlaethol Tsieina. Nid oes polisi ysgrifenedig ar wahân.",
  "<b>Q4.</b> Following the UK Government's statement of November 2022, the Council does not buy new surveillance equipment from companies subject to China's National Intelligence Law. There is no separate written policy."),
 ("Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. Os byddwch yn parhau'n anfodlon, gallwch gysylltu â Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.",
  "If you are dissatisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
 ("Croesewir gohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg heb oedi.",
  "We welcome correspondence in Welsh and will respond in Welsh without delay."),
 ("Yn gywir,<br/><br/>Eleri Vaughan<br/>Swyddog Llywodraethu Gwybodaeth", "Yours sincerely,<br/><br/>Eleri Vaughan<br/>Information Governance Officer"),
]
data = [[P(w, S), P(e, S)] for w, e in pairs]
t = Table(data, colWidths=[83*mm, 83*mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.lightgrey),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
build(out(f"{NN}-reply.pdf"), [t], "RhG/FOI 24/3318", "Dyffryn Tawel CBC · Cyngor Bwrdeistref Sirol Dyffryn Tawel")
label(NN, "pdf", "pdf", "welsh_council", "foia", "yes", "no", "answered", [], 164,
      "Bilingual side-by-side columns (Welsh left, English right) that interleave when extracted; Hikvision cameras still in use pending replacement by a future date; Q3 bare 'No'/'Nac oes'.")
