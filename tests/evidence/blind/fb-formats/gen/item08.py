from common import *
B = lambda v: ("__bold__", v)
resp = [
    [B("Cyngor Bwrdeistref Sirol Glan Afon / Glan Afon County Borough Council")],
    ["Cais Rhyddid Gwybodaeth / Freedom of Information Request  FOI/2024/3310"],
    ["Dyddiad / Date: 03/10/2024"],
    [],
    [B("Cwestiwn / Question"), B("Ymateb (Cymraeg)"), B("Response (English)")],
    ["Nifer y camerâu ym mhob safle / Number of cameras at each site",
     "Gweler y daflen 'Safleoedd - Sites'.", "Please see the 'Safleoedd - Sites' sheet."],
    ["Gwneuthurwr / Manufacturer", "Gweler y daflen 'Safleoedd - Sites'.", "Please see the 'Safleoedd - Sites' sheet."],
    ["Hikvision / Dahua", "Oes - gweler y daflen. Dim Dahua.", "Yes - see sheet. No Dahua."],
    ["Cynlluniau i newid / Plans to replace",
     "Mae'r Cyngor yn bwriadu newid y camerâu Hikvision sydd wedi'u cysylltu â'r rhwydwaith corfforaethol erbyn mis Mawrth 2026, yn amodol ar gyllideb.",
     "The Council intends to replace the Hikvision cameras that are connected to the corporate network by March 2026, subject to budget."],
    [],
    ["Os ydych yn anfodlon gyda'r ymateb hwn gallwch ofyn am adolygiad mewnol. / If you are dissatisfied with this response you may request an internal review: rhyddid.gwybodaeth@glanafon.gov.wales. Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."],
]
sites = [
    [B("Safle / Site"), B("Math / Type"), B("Gwneuthurwr / Manufacturer"), B("Nifer / Number")],
    ["Canolfan Ddinesig / Civic Centre, Heol y Castell", "Swyddfa / Office", "Axis", 14],
    ["Tŷ Glan Afon (swyddfeydd / offices)", "Swyddfa / Office", "Axis", 6],
    ["Depo Heol y Bont / Bridge Road Depot", "Depo / Depot", "Hikvision", 11],
    ["Depo Cwm Isaf / Lower Valley Depot", "Depo / Depot", "Hikvision", 7],
    ["Canolfan Hamdden Glan Afon / Leisure Centre", "Hamdden / Leisure", "Axis (4), Hikvision (5)", 9],
    ["Pwll Nofio Treforgan / Treforgan Pool", "Hamdden / Leisure", "Hikvision", 4],
    ["Maes Parcio Stryd y Farchnad / Market Street Car Park", "Maes parcio / Car park", "Vicon", 8],
    ["Maes Parcio Aml-lawr / Multi-storey Car Park", "Maes parcio / Car park", "Vicon", 16],
    ["Canol Tref Treforgan / Treforgan Town Centre scheme", "Canol tref / Town centre", "Vicon", 12],
    ["Canol Tref Pontafon / Pontafon Town Centre scheme", "Canol tref / Town centre", "Vicon", 9],
    ["Canolfan Ailgylchu / Household Waste Recycling Centre, Ffordd y Gamlas", "Gwastraff / Waste", "Hikvision", 6],
    ["Amlosgfa / Crematorium", "Profedigaeth / Bereavement", "Axis", 3],
]
write_ods(out("08-reply.ods"), [("Ymateb - Response", resp), ("Safleoedd - Sites", sites)],
          col_widths={"Ymateb - Response": ["6cm", "8cm", "8cm"], "Safleoedd - Sites": ["9cm", "4.5cm", "5cm", "2.5cm"]})
total = sum(r[3] for r in sites[1:])
print(total)
label("08", "ods", "welsh_council", "foia", "yes", "no", "answered", [], total,
      "Bilingual Welsh/English spreadsheet; per-site counts with no total row (sum 105), one cell mixing makers with counts in parentheses; Hikvision still in use though due to be replaced by March 2026; 'Dim Dahua / No Dahua'.",
      "Welsh council .ods, bilingual response sheet + per-site sheet without total; Hikvision due for replacement by 2026 (still yes).")
