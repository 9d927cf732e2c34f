"""Shared helper: build a simple letter-style PDF from a list of blocks with fpdf2."""
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class Letter(FPDF):
    def __init__(self, header_lines=None, footer_text=None, font="DejaVuSans"):
        super().__init__(format="A4")
        self.header_lines = header_lines or []
        self.footer_text = footer_text
        self.add_font("Body", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("Body", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("Body", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() == 1 and self.header_lines:
            self.set_font("Body", "B", 13)
            self.cell(0, 7, self.header_lines[0], new_x="LMARGIN", new_y="NEXT", align="R")
            self.set_font("Body", "", 8.5)
            for l in self.header_lines[1:]:
                self.cell(0, 4.5, l, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Body", "I", 7.5)
        txt = (self.footer_text + "   " if self.footer_text else "") + f"Page {self.page_no()} of {{nb}}"
        self.cell(0, 6, txt, align="C")


def build(path, blocks, header_lines=None, footer_text=None, size=10):
    """blocks: list of (kind, content). kinds: p (paragraph), h (bold heading), b (bullet),
    table (list of rows, first row header), gap."""
    pdf = Letter(header_lines, footer_text)
    pdf.alias_nb_pages()
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, content in blocks:
        if kind == "p":
            pdf.set_font("Body", "", size)
            pdf.multi_cell(w, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "h":
            pdf.set_font("Body", "B", size)
            pdf.multi_cell(w, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "b":
            pdf.set_font("Body", "", size)
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(w - 5, 5, "\u2022  " + content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("Body", "", size - 1)
            with pdf.table(first_row_as_headings=True, line_height=5.5) as t:
                for row in content:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(3)
        elif kind == "gap":
            pdf.ln(content)
    pdf.output(path)
