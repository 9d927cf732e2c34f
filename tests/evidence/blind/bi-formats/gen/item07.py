from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
rl_fonts(); n, b, h, s = styles('DV', 9)
NN='07'
write_request(NN, """
Dear Ceredigion County Council,

Please answer the following under the Freedom of Information Act 2000:

1. How many CCTV cameras does the council operate?
2. Are any of the council's CCTV cameras manufactured by Hikvision or Dahua?
3. Who maintains the CCTV system, and when does the contract end?

Kind regards,
Huw Jenkins
""")
pairs = [
 ('<b>Cyngor Sir Ceredigion</b>', '<b>Ceredigion County Council</b>'),
 ('Canolfan Rheidol, Rhodfa Padarn, Llanbadarn Fawr, Aberystwyth SY23 3UE', 'Canolfan Rheidol, Rhodfa Padarn, Llanbadarn Fawr, Aberystwyth SY23 3UE'),
 ('Ein cyf: RhG/2024/0388<br/>Dyddiad: 2 Ebrill 2024', 'Our ref: FOI/2024/0388<br/>Date: 2 April 2024'),
 ('Annwyl Mr Jenkins,', 'Dear Mr Jenkins,'),
 ('<b>Deddf Rhyddid Gwybodaeth 2000 – Cais am Wybodaeth</b>', '<b>Freedom of Information Act 2000 – Request for Information</b>'),
 ('Diolch am eich cais am wybodaeth a dderbyniwyd ar 4 Mawrth 2024. Mae ymateb y Cyngor i\'ch cwestiynau wedi\'i nodi isod.',
  'Thank you for your request for information received on 4 March 2024. The Council\'s response to your questions is set out below.'),
 ('<b>1. Faint o gamerâu TCC y mae\'r Cyngor yn eu gweithredu?</b>', '<b>1. How many CCTV cameras does the council operate?</b>'),
 ('Mae\'r Cyngor yn gweithredu 138 o gamerâu TCC: 96 yn systemau canol tref Aberystwyth, Aberteifi a Llanbedr Pont Steffan, a 42 yn adeiladau\'r Cyngor.',
  'The Council operates 138 CCTV cameras: 96 on the town centre systems in Aberystwyth, Cardigan and Lampeter, and 42 at Council buildings.'),
 ('<b>2. A oes unrhyw rai o gamerâu TCC y Cyngor wedi\'u gweithgynhyrchu gan Hikvision neu Dahua?</b>',
  '<b>2. Are any of the council\'s CCTV cameras manufactured by Hikvision or Dahua?</b>'),
 ('Cafodd yr 11 camera Hikvision yn nepo Glanyrafon eu tynnu ym mis Ionawr 2024 ac nid oes yr un yn weddill. Nid yw\'r Cyngor erioed wedi defnyddio camerâu Dahua.',
  'The 11 Hikvision cameras at Glanyrafon depot were removed in January 2024 and none remain. The Council has never used Dahua cameras.'),
 ('<b>3. Pwy sy\'n cynnal a chadw\'r system TCC, a phryd mae\'r contract yn dod i ben?</b>', '<b>3. Who maintains the CCTV system, and when does the contract end?</b>'),
 ('Dyfed Security Systems Cyf. Daw\'r contract presennol i ben ar 31 Mawrth 2026.', 'Dyfed Security Systems Ltd. The current contract ends on 31 March 2026.'),
 ('Os ydych yn anfodlon â\'r ffordd yr ymdriniwyd â\'ch cais, mae gennych hawl i ofyn am adolygiad mewnol. Dylech ysgrifennu at y Swyddog Diogelu Data o fewn 40 diwrnod gwaith.',
  'If you are dissatisfied with the way your request has been handled, you have the right to request an internal review. Please write to the Data Protection Officer within 40 working days.'),
 ('Os ydych yn parhau\'n anfodlon wedi\'r adolygiad, gallwch gysylltu â Swyddfa\'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.',
  'If you remain dissatisfied after the review, you may contact the Information Commissioner\'s Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.'),
 ('Yn gywir,<br/><br/>Elin Rhys-Davies<br/>Swyddog Rhyddid Gwybodaeth', 'Yours sincerely,<br/><br/>Elin Rhys-Davies<br/>Freedom of Information Officer'),
 ('Mae\'r Cyngor yn croesawu gohebiaeth yn Gymraeg.', 'The Council welcomes correspondence in Welsh.'),
]
data = [[Paragraph(cy, n), Paragraph(en, n)] for cy, en in pairs]
t = Table(data, colWidths=[8.3*cm, 8.3*cm])
t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEAFTER', (0, 0), (0, -1), 0.5, colors.grey),
                       ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6)]))
doc = SimpleDocTemplate(path(f'{NN}-reply.pdf'), pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=2*cm, bottomMargin=2*cm,
                        title='FOI 2024/0388', author='Ceredigion County Council')
doc.build([t])
label(NN, 'pdf', 'welsh_council', 'foia', 'no', 'no', 'answered', [], 138,
      'bilingual two-column PDF (Welsh left, English right) so extracted text interleaves; Hikvision cameras named but all removed with none remaining')
