from fpdf import FPDF
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
def new_pdf():
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.add_page(); pdf.set_font("DV", "", 10)
    return pdf
def para(pdf, text, b=False, size=10, gap=2):
    pdf.set_font("DV", "B" if b else "", size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(gap)
def merged_table(pdf, first_hdr, group, subs, after, rows, widths, bold_last=False):
    """first_hdr spans two header rows; group spans len(subs) cols; after = list of hdrs spanning two rows."""
    h = 6; x0 = pdf.get_x(); y0 = pdf.get_y()
    pdf.set_font("DV", "B", 9)
    w = widths
    pdf.set_xy(x0, y0); pdf.cell(w[0], 2*h, first_hdr, border=1, align="C")
    gw = sum(w[1:1+len(subs)])
    pdf.set_xy(x0 + w[0], y0); pdf.cell(gw, h, group, border=1, align="C")
    x = x0 + w[0]
    for i, s in enumerate(subs):
        pdf.set_xy(x, y0 + h); pdf.cell(w[1+i], h, s, border=1, align="C"); x += w[1+i]
    for j, a in enumerate(after):
        ww = w[1+len(subs)+j]
        pdf.set_xy(x, y0); pdf.cell(ww, 2*h, a, border=1, align="C"); x += ww
    pdf.set_xy(x0, y0 + 2*h)
    for ri, r in enumerate(rows):
        pdf.set_font("DV", "B" if (bold_last and ri == len(rows)-1) else "", 9)
        for i, v in enumerate(r):
            pdf.cell(w[i], h, str(v), border=1, align="L" if i == 0 or i == len(r)-1 and isinstance(v, str) and not v.isdigit() else "C")
        pdf.ln(h)
    pdf.ln(3); pdf.set_font("DV", "", 10)
