"""18: Welsh county council ANPR-only request answered as a bilingual-headed CSV (UTF-8 with BOM)."""
import csv
from common import out

rows = [
    ["Cyngor Sir Dyffryn Tawel / Dyffryn Tawel County Council", "", "", "", ""],
    ["Cais Rhyddid Gwybodaeth / FOI request DT-FOI-5521 - ANPR cameras - 02/02/2024", "", "", "", ""],
    ["", "", "", "", ""],
    ["Lleoliad / Location", "Diben / Purpose", "Nifer / Number", "Gwneuthurwr / Manufacturer", "Rhannu data gyda'r heddlu / Data shared with police"],
    ["Stryd Fawr bus gate, Llandawel", "Bus lane enforcement", "2", "Videalert", "No"],
    ["Heol yr Orsaf bus lane, Pontdawel", "Bus lane enforcement", "2", "Videalert", "No"],
    ["Maes Parcio Glan yr Afon / Riverside car park", "Car park barrier entry/exit", "4", "Dahua (ITC series)", "On request under DPA Sch 2"],
    ["Maes Parcio'r Farchnad / Market car park", "Car park barrier entry/exit", "2", "Dahua (ITC series)", "On request under DPA Sch 2"],
    ["Canolfan Ailgylchu Gwastraff Cartref / HWRC, Ystrad", "Van and trailer permit scheme", "2", "Dahua", "On request under DPA Sch 2"],
    ["Depo Heol Tawe / Tawe Road depot", "Fleet entry", "1", "Videalert", "No"],
    ["", "", "", "", ""],
    ["Nodiadau / Notes", "", "", "", ""],
    ["1. The Council does not operate any ANPR cameras linked to the National ANPR Data Centre. ANPR cameras on trunk roads are operated by Dyfed-Powys Police / Welsh Government and are not included.", "", "", "", ""],
    ["2. The Council's 118 public space CCTV cameras do not have ANPR capability and are outside the scope of this request.", "", "", "", ""],
    ["3. Mae'r ymateb hwn ar gael yn Gymraeg / This response is available in Welsh.", "", "", "", ""],
    ["Internal review: gwybodaeth@dyffryntawel.example.gov.wales within 40 working days. ICO Wales, 2nd Floor, Churchill House, Cardiff CF10 2HH.", "", "", "", ""],
]
print("anpr", sum(int(r[2]) for r in rows[4:10]))
with open(out("18-reply.csv"), "w", newline="", encoding="utf-8-sig") as fh:
    csv.writer(fh).writerows(rows)
