"""Shared helpers for building the al-formats items."""
import json, os, re
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def p(name):
    return os.path.join(OUT, name)


def write_request(nn, text):
    with open(p(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def add_label(nn, fmt, body_type, law, hik, dahua, outcome, exemptions, count, note):
    rec = {"path": f"{nn}-reply.{fmt}", "request_file": f"{nn}-request.txt", "format": fmt,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dahua,
           "outcome": outcome, "exemptions": exemptions, "camera_count": count, "note": note}
    path = p("labels.jsonl")
    lines = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f if l.strip() and json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec, ensure_ascii=False) + "\n")
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)


# ---------------- e-mail ----------------
def new_mail(frm, to, subject, when, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    m["Message-ID"] = make_msgid(domain=dom)
    return m


def save_mail(nn, msg):
    with open(p(f"{nn}-reply.eml"), "wb") as f:
        f.write(bytes(msg))


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").splitlines())


def dt(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=0)))


# ---------------- PDF ----------------
def latin(s):
    rep = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
           "\u2026": "...", "\u00a0": " ", "\u2022": "-"}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def make_pdf(header_left, header_right, footer_left, font="Helvetica", title=None):
    from fpdf import FPDF

    class Letter(FPDF):
        def header(self):
            self.set_font(font, "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, latin(header_left), new_x="LMARGIN", new_y="TOP")
            self.cell(0, 5, latin(header_right), align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font(font, "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, latin(footer_left), new_x="LMARGIN", new_y="TOP")
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

        def para(self, text, size=10.5, style="", gap=2.5, h=5.2):
            self.set_font(font, style, size)
            self.multi_cell(0, h, latin(text), new_x="LMARGIN", new_y="NEXT")
            self.ln(gap)

        def heading(self, text, size=11):
            self.set_font(font, "B", size)
            self.multi_cell(0, 6, latin(text), new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

        def grid(self, rows, widths=None, bold_last=False, size=9.5):
            self.set_font(font, "", size)
            with self.table(col_widths=widths, line_height=5.5, text_align="LEFT",
                            first_row_as_headings=True) as t:
                for i, r in enumerate(rows):
                    row = t.row()
                    for c in r:
                        row.cell(latin(str(c)))
            self.ln(3)

    pdf = Letter(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 15, 20)
    if title:
        pdf.set_title(title)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


# ---------------- DOCX ----------------
def docx_table(doc, rows, bold_header=True, style="Table Grid", bold_last=False, widths=None):
    from docx.shared import Pt, Cm
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        pass
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = str(c)
            if (i == 0 and bold_header) or (bold_last and i == len(rows) - 1):
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.bold = True
            if widths:
                cell.width = Cm(widths[j])
    return t
