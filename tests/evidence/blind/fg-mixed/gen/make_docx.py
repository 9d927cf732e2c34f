"""Build a .docx from a simple marked-up text file.
Markup: '# text' heading, '## text' subheading, '**text' bold paragraph,
lines starting with '|' form a table (cells split on '|'), blank line = paragraph break.
"""
import sys
from docx import Document
from docx.shared import Pt

src, out = sys.argv[1], sys.argv[2]
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
lines = open(src, encoding="utf-8").read().split("\n")
para, table = [], []
def flush_para():
    global para
    if para:
        p = doc.add_paragraph()
        for i, line in enumerate(para):
            if i: p.add_run().add_break()
            if line.startswith("**"):
                p.add_run(line[2:]).bold = True
            else:
                p.add_run(line)
    para = []
def flush_table():
    global table
    if table:
        rows = [[c.strip() for c in r.strip().strip("|").split("|")] for r in table]
        t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
                if i == 0:
                    for run in t.cell(i, j).paragraphs[0].runs: run.bold = True
    table = []
for ln in lines:
    if ln.startswith("|"):
        flush_para(); table.append(ln); continue
    flush_table()
    if ln.startswith("## "):
        flush_para(); doc.add_heading(ln[3:], level=2)
    elif ln.startswith("# "):
        flush_para(); doc.add_heading(ln[2:], level=1)
    elif not ln.strip():
        flush_para()
    else:
        para.append(ln)
flush_para(); flush_table()
doc.save(out)
