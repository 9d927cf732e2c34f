from fpdf import FPDF


class Letter(FPDF):
    def __init__(self, head=None, foot=None, page_numbers=True, font="Helvetica"):
        super().__init__(format="A4")
        self.head, self.foot, self.pn, self.fnt = head, foot, page_numbers, font
        self.set_auto_page_break(True, margin=22)
        self.set_margins(20, 18, 20)
        self.add_page()
        self.set_font(font, size=10.5)

    def header(self):
        if self.head:
            self.set_font(self.fnt, "I", 8)
            self.cell(0, 5, self.head, align="R")
            self.ln(8)
            self.set_font(self.fnt, size=10.5)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.fnt, "I", 8)
        t = self.foot or ""
        if self.pn:
            t = (t + "    " if t else "") + f"Page {self.page_no()} of {{nb}}"
        self.cell(0, 5, t, align="C")

    def p(self, text, style="", size=10.5, h=5.2, gap=2.5, align="L"):
        self.set_font(self.fnt, style, size)
        self.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def letterhead(self, name, lines, size=15):
        self.set_font(self.fnt, "B", size)
        self.set_text_color(20, 40, 90)
        self.cell(0, 8, name, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font(self.fnt, "", 8.5)
        for l in lines:
            self.cell(0, 4.2, l, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def grid(self, rows, widths, header=True, bold_last=False, size=9.5):
        self.set_font(self.fnt, size=size)
        with self.table(col_widths=widths, text_align="LEFT", first_row_as_headings=header,
                        line_height=5.5) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for v in r:
                    if bold_last and i == len(rows) - 1:
                        self.set_font(self.fnt, "B", size)
                    row.cell(str(v))
        self.set_font(self.fnt, size=10.5)
        self.ln(4)
