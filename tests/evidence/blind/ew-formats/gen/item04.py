from common import write_request, add_label, out
from docx import Document
from docx.shared import Pt, Cm

NN = "04"
write_request(NN, """
Hello,

I'd like to make a freedom of information request to Brightwater Learning Trust regarding CCTV in your academies.

(a) How many CCTV cameras are there at each of your academies?
(b) What make and model are the cameras?
(c) Are any of them Hikvision or Dahua products?
(d) Who installed them and who maintains them?

Thanks in advance,
Leanne Costigan
""")

d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run("Brightwater Learning Trust"); r.bold = True; r.font.size = Pt(16)
d.add_paragraph("Registered office: Brightwater Academy, Moor Lane, Holmfirth Bridge HD9 7QP\n"
                "A company limited by guarantee registered in England and Wales no. 08814422")
d.add_paragraph("17 January 2025")
d.add_paragraph("Dear Ms Costigan")
p = d.add_paragraph(); p.add_run("Freedom of Information request – CCTV (our ref BLT-FOI-25-003)").bold = True
d.add_paragraph("Thank you for your email of 9 December 2024. Please accept our apologies for the time taken to "
                "reply, as the request arrived shortly before the Christmas closure period. Our answers are set "
                "out below.")

t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
def qa(q, paras):
    row = t.add_row().cells
    row[0].text = q
    row[1].text = paras[0]
    for x in paras[1:]:
        row[1].add_paragraph(x)

qa("(a) How many CCTV cameras are there at each of your academies?",
   ["Brightwater Academy – 34",
    "Fernhill Primary Academy – 9",
    "St Wilfrid's C of E Academy – 17",
    "Holme Lea Academy – 8",
    "These are the cameras connected to each academy's recording system. The sports hall at Brightwater "
    "Academy is shared with Kirkfell Leisure who operate their own cameras and these are not included."])
qa("(b) What make and model are the cameras?",
   ["The camera models in use across the Trust are:",
    "DS-2CD2143G2-IS (internal dome) – 41",
    "DS-2CD2T47G2-L (external bullet, ColorVu) – 18",
    "IPC-HDW2431T-AS-S2 (internal eyeball) – 9",
    "The IPC-HDW2431T-AS-S2 cameras are at Fernhill Primary Academy only, which had its system installed "
    "before it joined the Trust in 2021.",
    "Recording at each academy is on a network video recorder located in the academy's server room."])
qa("(c) Are any of them Hikvision or Dahua products?", ["Please see (b) above."])
qa("(d) Who installed them and who maintains them?",
   ["Brightwater, St Wilfrid's and Holme Lea: installed in 2019-2020 by Northgate Security Systems (Leeds) Ltd, "
    "who also hold the maintenance contract for all four academies.",
    "Fernhill Primary: installed in 2017 by Castleview Alarms & CCTV, who have since ceased trading."])
for row in t.rows:
    row.cells[0].width = Cm(5.5); row.cells[1].width = Cm(11)

d.add_paragraph()
d.add_paragraph("If you are not happy with this response you can ask for a review by writing to the Trust's Data "
                "Protection Lead, Mrs A. Whitlock, at governance@brightwaterlt.org.uk within 40 working days. If "
                "you are still unhappy after that you can complain to the Information Commissioner's Office "
                "(ico.org.uk/make-a-complaint).")
d.add_paragraph("Kind regards")
d.add_paragraph("Simon Haigh\nTrust Business Manager\nBrightwater Learning Trust")
d.save(out(f"{NN}-reply.docx"))
add_label(NN, "docx", "academy", "foia", "yes", "yes", "answered", [], 68,
          "Makes are given only as model numbers (DS-2CD... is Hikvision, IPC-HDW... is Dahua) and the "
          "Hikvision/Dahua question is answered 'Please see (b) above'; count is the sum of four academies.")
