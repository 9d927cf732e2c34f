"""Convert a simple text source into docx / pdf / html.
Markup: '# ' heading, '## ' subheading, '|a|b|' table rows (consecutive), '**' line = bold para,
blank line separates paragraphs; other lines within a paragraph are joined with line breaks."""
import sys, html as H
src, out = sys.argv[1], sys.argv[2]
title = sys.argv[3] if len(sys.argv) > 3 else ""
blocks = []  # (kind, data)
cur = []
tab = []
def flush():
    global cur, tab
    if cur: blocks.append(("p", cur)); cur = []
    if tab: blocks.append(("t", tab)); tab = []
for line in open(src, encoding="utf-8").read().splitlines():
    s = line.rstrip()
    if s.startswith("|"):
        if cur: blocks.append(("p", cur)); cur = []
        tab.append([c.strip() for c in s.strip("|").split("|")]); continue
    if tab: blocks.append(("t", tab)); tab = []
    if not s: flush(); continue
    if s.startswith("## "): flush(); blocks.append(("h2", s[3:])); continue
    if s.startswith("# "): flush(); blocks.append(("h1", s[2:])); continue
    cur.append(s)
flush()

def bold(p): return len(p) == 1 and p[0].startswith("**") and p[0].endswith("**")

if out.endswith(".docx"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    for k, v in blocks:
        if k == "h1": d.add_heading(v, level=1)
        elif k == "h2": d.add_heading(v, level=2)
        elif k == "p":
            para = d.add_paragraph()
            if bold(v): para.add_run(v[0].strip("*")).bold = True
            else:
                for i, l in enumerate(v):
                    r = para.add_run(l)
                    if i < len(v) - 1: r.add_break()
        else:
            t = d.add_table(rows=len(v), cols=len(v[0])); t.style = "Table Grid"
            for i, row in enumerate(v):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
            d.add_paragraph()
    d.save(out)
elif out.endswith(".pdf"):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(20, 18, 20); pdf.add_page()
    fd = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font("DV", "", fd + "DejaVuSans.ttf"); pdf.add_font("DV", "B", fd + "DejaVuSans-Bold.ttf")
    W = pdf.w - 40
    for k, v in blocks:
        if k == "h1": pdf.set_font("DV", "B", 14); pdf.multi_cell(W, 7, v); pdf.ln(2)
        elif k == "h2": pdf.set_font("DV", "B", 11.5); pdf.multi_cell(W, 6, v); pdf.ln(1)
        elif k == "p":
            if bold(v): pdf.set_font("DV", "B", 10); pdf.multi_cell(W, 5, v[0].strip("*"))
            else:
                pdf.set_font("DV", "", 10)
                for l in v: pdf.multi_cell(W, 5, l)
            pdf.ln(3)
        else:
            pdf.set_font("DV", "", 9.5)
            with pdf.table(line_height=6) as t:
                for row in v:
                    r = t.row()
                    for c in row: r.cell(c)
            pdf.ln(3)
    pdf.output(out)
elif out.endswith(".html"):
    o = ["<!DOCTYPE html>", "<html lang=\"en-GB\"><head><meta charset=\"utf-8\">",
         f"<title>{H.escape(title)}</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:820px;margin:2em auto;color:#222}"
         "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>",
         "</head><body>"]
    for k, v in blocks:
        if k in ("h1", "h2"): o.append(f"<{k}>{H.escape(v)}</{k}>")
        elif k == "p":
            if bold(v): o.append(f"<p><strong>{H.escape(v[0].strip('*'))}</strong></p>")
            else: o.append("<p>" + "<br>\n".join(H.escape(l) for l in v) + "</p>")
        else:
            o.append("<table>")
            for i, row in enumerate(v):
                tag = "th" if i == 0 else "td"
                o.append("<tr>" + "".join(f"<{tag}>{H.escape(c)}</{tag}>" for c in row) + "</tr>")
            o.append("</table>")
    o.append("</body></html>")
    open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")
print("wrote", out)
