from common import *
from odfhelp import Odt

req = """
To: Teifi Valley County Borough Council

Freedom of Information Act request:

1. How many CCTV cameras does the council operate?
2. How many of these are made by Hikvision?
3. How many are made by Dahua?
4. Does the council have any plans to replace them?

Diolch / Thank you
Catrin Howells
"""
write_request("16", req)

o = Odt(font="Arial", size="10.5pt")
o.table([["**Cyngor Bwrdeistref Sirol Cwm Teifi**\nSwyddfeydd y Cyngor, Heol y Bont, Castellnewydd Emlyn SA38 9DP",
          "**Teifi Valley County Borough Council**\nCouncil Offices, Bridge Road, Newcastle Emlyn SA38 9DP"]], widths=["8.2cm", "8.2cm"])
o.p()
o.p("Ein cyf / Our ref: RhG-FOI-2025-0147\nDyddiad / Date: 21/01/2025\nGofynnwch am / Please ask for: Siân Prys-Davies\nFfôn / Tel: 01239 712 880\nE-bost / Email: rhyddidgwybodaeth@cwmteifi.gov.wales")
o.p()
rows = [
 ["Annwyl Ms Howells,", "Dear Ms Howells,"],
 ["**Deddf Rhyddid Gwybodaeth 2000**", "**Freedom of Information Act 2000**"],
 ["Diolch am eich cais am wybodaeth a dderbyniwyd ar 18 Rhagfyr 2024. Mae'r Cyngor wedi ystyried eich cais ac mae'r atebion isod.",
  "Thank you for your request for information received on 18 December 2024. The Council has considered your request and the answers are below."],
 ["1. Mae'r Cyngor yn gweithredu 96 o gamerâu teledu cylch cyfyng: 58 ar y system mannau cyhoeddus a 38 yn adeiladau'r Cyngor.",
  "1. The Council operates 96 CCTV cameras: 58 on the public space system and 38 in Council buildings."],
 ["2. 11 (pob un yn adeiladau'r Cyngor). Mae'r rhain i'w disodli erbyn 31 Mawrth 2026.",
  "2. 11 (all in Council buildings). These are due to be replaced by 31 March 2026."],
 ["3. Dim.", "3. None."],
 ["4. Gweler yr ateb i gwestiwn 2.", "4. See the answer to question 2."],
 ["Os ydych yn anfodlon â'r modd yr ymdriniwyd â'ch cais, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. Os ydych yn parhau'n anfodlon wedi hynny, gallwch gwyno i Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.",
  "If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days. If you remain dissatisfied after that you may complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."],
 ["Rydym yn croesawu gohebiaeth yn Gymraeg ac yn Saesneg.", "We welcome correspondence in Welsh and English."],
 ["Yn gywir,\n\nSiân Prys-Davies\nSwyddog Llywodraethu Gwybodaeth", "Yours sincerely,\n\nSiân Prys-Davies\nInformation Governance Officer"],
]
o.table(rows, widths=["8.2cm", "8.2cm"])
o.save(p("16-reply.odt"))

add_label(path="16-reply.odt", request_file="16-request.txt", format="odt", body_type="welsh_council",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=96,
          note="Bilingual side-by-side table (Welsh left, English right, every answer twice); '2. 11' is a bare count answering 'how many Hikvision', due to go by March 2026 so still in use; '3. Dim / None'.")
