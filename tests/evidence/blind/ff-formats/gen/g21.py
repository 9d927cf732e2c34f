from helpers import *

write_text("21-request.txt", """
Dear Lindsey Marsh County Council,

Please could you answer the following about unmanned aerial vehicles (drones):

1. Does the council own or operate any drones?
2. If yes, how many, and what make/model are they (e.g. DJI, Autel)?
3. Are any of the drones used by the council made by DJI or fitted with Hikvision or Dahua cameras?
4. Does the council commission contractors to carry out drone surveys?

Thanks
Farah Siddiqui
""")

def esc(s):
    out_ = s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in out_)

def row(a, b, bold=False):
    f = (lambda x: "{\\b " + x + "}") if bold else (lambda x: x)
    return ("\\trowd\\trgaph108\\trleft0"
            "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx4200"
            "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx9600\n"
            "\\pard\\intbl " + f(esc(a)) + "\\cell\\pard\\intbl " + f(esc(b)) + "\\cell\\row\n")

head = [
    "{\\b\\fs28 Lindsey Marsh County Council}\\par",
    esc("County Offices, Newland, Lindsey Marsh LM1 1YL") + "\\par",
    "\\par",
    esc("Freedom of Information Act 2000 – Response") + "\\par",
    esc("Request reference: 101007843215") + "\\par",
    esc("Date of response: 4 September 2024") + "\\par",
    "\\par",
    esc("Dear Ms Siddiqui") + "\\par",
    esc("Thank you for your request for information received on 8 August 2024. Our response is shown in the table below.") + "\\par",
    "\\par",
]
tbl = row("Question", "Response", True)
for q, a in [
    ("1. Does the council own or operate any drones?", "No. The Council does not own or operate any drones."),
    ("2. If yes, how many, and what make/model are they?", "Not applicable – see response to question 1."),
    ("3. Are any of the drones used by the council made by DJI or fitted with Hikvision or Dahua cameras?", "Not applicable."),
    ("4. Does the council commission contractors to carry out drone surveys?", "Yes. Highways and Property Services occasionally commission specialist contractors for bridge and roof inspections using drones (6 occasions in 2023/24). The equipment is owned and operated by the contractors."),
]:
    tbl += row(q, a)
tail = [
    "\\pard\\sa120\\par",
    esc("If you are not satisfied with the handling of your request you can ask for an internal review by emailing foi@lindseymarsh.gov.uk. You should do this within 40 working days of receiving this response. If you are still dissatisfied after the internal review you can complain to the Information Commissioner's Office (ico.org.uk).") + "\\par",
    "\\par",
    esc("Information Governance Team") + "\\par",
    esc("Lindsey Marsh County Council") + "\\par",
]
rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}\n"
       "{\\info{\\author Information Governance}{\\company Lindsey Marsh County Council}}\n"
       "\\paperw11906\\paperh16838\\margl1440\\margr1440\\f1\\fs22\\pard\\sa120\n"
       + "\n".join(head) + "\n" + tbl + "\n".join(tail) + "\n}\n")
write_text("21-reply.rtf", rtf)
label(21, "rtf", "council", "foia", "no", "no", "answered", [], 0,
      "Drones-only request in an RTF table: the council has no drones (so none of any maker, count 0); contractors' drones used for surveys are not the council's.")
note(21, "RTF with table, county council; drones-only request; 'does not own or operate any drones' -> no/no/0; contractor drone surveys as distractor. Easy-medium.")
