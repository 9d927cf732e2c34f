from common import *
NN = "07"
write_request(NN, """
Dear Trust,

FOI request:
- How many CCTV cameras are installed at each of the Trust's schools?
- What brands are they?
- Are any of them made by Hikvision?
- Do any cameras have audio recording capability switched on?

Thanks,
Karen Lyle
""")

def build(d):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    h = d.add_paragraph("Severn Valley Learning Trust"); h.runs[0].bold = True; h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    a = d.add_paragraph("Registered office: Oakfield Primary Academy, Worcester Road, Kidderminster DY10 1JR\n"
                        "Company no. 08812334"); a.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("12 March 2025")
    d.add_paragraph("Ms K Lyle\nBy email")
    d.add_paragraph("Dear Ms Lyle")
    p = d.add_paragraph("Re: Request for information – SVLT-FOI-0025"); p.runs[0].bold = True
    d.add_paragraph("Thank you for your email of 14 February. Our answers are below.")
    docx_table(d, [
        ["Question", "Response"],
        ["How many CCTV cameras are installed at each of the Trust's schools?", "See table 1"],
        ["What brands are they?", "Hanwha, Uniview, Imou"],
        ["Are any of them made by Hikvision?", "No"],
        ["Do any cameras have audio recording capability switched on?", "No"],
    ], widths=[8, 8])
    d.add_paragraph("")
    d.add_paragraph("Table 1").runs[0].bold = True
    docx_table(d, [
        ["School", "Internal", "External", "Brand"],
        ["Oakfield Primary Academy", "2", "4", "Imou"],
        ["Stourport High School", "16", "21", "Hanwha"],
        ["Wribbenhall Primary", "0", "5", "Uniview"],
        ["Bewdley Road Academy", "8", "12", "Hanwha / Uniview"],
    ])
    d.add_paragraph("")
    d.add_paragraph("If you are unhappy with our response you can ask for a review by writing to the Trust's Data "
                    "Protection Lead at dpo@svlt.org.uk. You may then contact the ICO if you remain unhappy.")
    d.add_paragraph("Yours sincerely\n\n\nMr P Gresley\nChief Operating Officer")

open(path(f"{NN}-reply.docx"), "wb").write(docx_bytes(build))
add_label(NN, "docx", "academy", "foia", "no", "yes", "answered", [], 68,
          "Dahua appears only as its Imou brand; count is the sum of internal and external columns over four schools")
