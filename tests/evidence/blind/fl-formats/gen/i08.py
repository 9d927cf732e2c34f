from lib import *
NN = "08"
write_request(NN, """
Dear Cyngor Sir Glanrhyd / Glanrhyd County Council,

Please supply under the Freedom of Information Act 2000:

1. The number of CCTV cameras operated by the council, in public spaces and in council buildings.
2. Are any of the council's cameras made by Hikvision?
3. Are any of the council's cameras made by Dahua?
4. Is footage routinely shared with Dyfed-Powys Police?

Diolch,
Rhodri Beynon
""")
doc = odt_new()
odt_p(doc, "Cyngor Sir Glanrhyd  |  Glanrhyd County Council", bold=True)
odt_p(doc, "Tîm Llywodraethu Gwybodaeth / Information Governance Team\nNeuadd y Sir, Heol y Castell, Glanrhyd SA48 6DD")
odt_p(doc, "Ein cyf / Our ref: RhG/FOI/2024/1934\nDyddiad / Date: 05/12/2024", right=True)
odt_p(doc, "")
odt_p(doc, "Annwyl Mr Beynon / Dear Mr Beynon,")
odt_p(doc, "Cais am Wybodaeth - Deddf Rhyddid Gwybodaeth 2000", bold=True)
odt_p(doc, "Diolch am eich cais am wybodaeth a dderbyniwyd ar 12/11/2024. Mae ymateb y Cyngor i'w weld isod.", italic=True)
odt_p(doc, "Request for Information - Freedom of Information Act 2000", bold=True)
odt_p(doc, "Thank you for your request for information received on 12/11/2024. The Council's response is set out below.")
odt_p(doc, "1.  Nifer y camerâu / Number of cameras", bold=True)
odt_table(doc, [
    ["Categori / Category", "Nifer / Number", "Gwneuthurwr / Manufacturer"],
    ["Mannau cyhoeddus / Public space (Glanrhyd, Aberwern, Llanfyrnach)", "74", "Hanwha"],
    ["Adeiladau'r Cyngor / Council buildings (offices, depots, libraries, leisure)", "131", "Avigilon (most sites); Imou at 9 branch libraries"],
    ["Cyfanswm / Total", "205", ""],
])
odt_p(doc, "")
odt_p(doc, "2.  Na. / No.", bold=False)
odt_p(doc, "3.  Oes - gweler y tabl uchod. / Yes - see the table above.")
odt_p(doc, "4.  Nid yw'r lluniau'n cael eu rhannu fel mater o drefn. Rhennir lluniau ar gais yr Heddlu yn unol â'n Cytundeb Rhannu Gwybodaeth. / "
           "Footage is not shared routinely. It is shared on request from the Police in line with our Information Sharing Agreement.")
odt_p(doc, "")
odt_p(doc, "Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol. / If you are dissatisfied with this response you may request an internal review "
           "by contacting foi@glanrhyd.gov.wales. If you remain dissatisfied you may contact the Information Commissioner's Office, "
           "2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
odt_p(doc, "Croesewir gohebiaeth yn Gymraeg. / We welcome correspondence in Welsh.", italic=True)
odt_p(doc, "Yn gywir / Yours sincerely,\n\nEleri Watcyn\nSwyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
doc.save(out(f"{NN}-reply.odt"))
label(NN, "odt", "welsh_council", "foia", "no", "yes", "answered", [], 205,
      "bilingual Welsh/English ODT; Dahua only appears as its Imou brand in the table, the Dahua question is answered 'Oes / Yes - see the table'")
