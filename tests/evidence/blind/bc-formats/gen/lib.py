"""Shared helpers for the bc-formats blind set generators."""
import io
import json
import os
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone

from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P, H, Span, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(OUT, "labels.jsonl")


def out(name):
    return os.path.join(OUT, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def write_bytes(name, data):
    with open(out(name), "wb") as f:
        f.write(data)


def add_label(**kw):
    """Replace any existing label for the same path, then append."""
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                if json.loads(line).get("path") == kw["path"]:
                    continue
                lines.append(line)
    order = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
             "outcome", "exemptions", "camera_count", "note"]
    rec = {k: kw[k] for k in order}
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- ODT

def _odt_styles(doc):
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    doc.styles.addElement(h2)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="8pt"))
    doc.automaticstyles.addElement(small)
    right = Style(name="Right", family="paragraph")
    right.addElement(ParagraphProperties(textalign="right"))
    doc.automaticstyles.addElement(right)
    return {"bold": bold, "h1": h1, "h2": h2, "small": small, "right": right}


def _table(name, rows, st):
    ncols = max(len(r) for r in rows)
    t = Table(name=name)
    t.addElement(TableColumn(numbercolumnsrepeated=ncols))
    for i, r in enumerate(rows):
        tr = TableRow()
        for c in r:
            cell = TableCell()
            p = P()
            if i == 0:
                p.addElement(Span(stylename=st["bold"], text=str(c)))
            else:
                p.addText(str(c))
            cell.addElement(p)
            tr.addElement(cell)
        t.addElement(tr)
    return t


def odt_bytes(blocks, title=None):
    """blocks: list of str (paragraph), ('h1', text), ('h2', text), ('b', text) bold para,
    ('table', rows), ('small', text), ('right', text), ('list', [items])."""
    doc = OpenDocumentText()
    st = _odt_styles(doc)
    if title:
        from odf.dc import Title
        doc.meta.addElement(Title(text=title))
    tcount = 0
    for b in blocks:
        if isinstance(b, str):
            for line in b.split("\n"):
                doc.text.addElement(P(text=line))
            continue
        kind, val = b
        if kind == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=st["h1"], text=val))
        elif kind == "h2":
            doc.text.addElement(H(outlinelevel=2, stylename=st["h2"], text=val))
        elif kind == "b":
            p = P()
            p.addElement(Span(stylename=st["bold"], text=val))
            doc.text.addElement(p)
        elif kind == "small":
            doc.text.addElement(P(stylename=st["small"], text=val))
        elif kind == "right":
            for line in val.split("\n"):
                doc.text.addElement(P(stylename=st["right"], text=line))
        elif kind == "table":
            tcount += 1
            doc.text.addElement(_table("Table%d" % tcount, val, st))
        elif kind == "list":
            lst = List()
            for item in val:
                li = ListItem()
                li.addElement(P(text=item))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "blank":
            doc.text.addElement(P())
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- ODS

def _cell(v):
    """v: number, str, None, or ('formula', formula, cached_value)."""
    if v is None or v == "":
        return TableCell()
    if isinstance(v, tuple) and v[0] == "formula":
        _, f, cached = v
        c = TableCell(valuetype="float", value=cached, formula=f)
        c.addElement(P(text=str(cached)))
        return c
    if isinstance(v, bool):
        v = str(v)
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v)
        c.addElement(P(text=str(v)))
        return c
    c = TableCell(valuetype="string")
    for i, line in enumerate(str(v).split("\n")):
        c.addElement(P(text=line))
    return c


def ods_bytes(sheets):
    """sheets: list of (name, rows)."""
    doc = OpenDocumentSpreadsheet()
    wide = Style(name="co1", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="4.2cm"))
    doc.automaticstyles.addElement(wide)
    for name, rows in sheets:
        ncols = max((len(r) for r in rows), default=1)
        t = Table(name=name)
        t.addElement(TableColumn(stylename=wide, numbercolumnsrepeated=ncols))
        for r in rows:
            tr = TableRow()
            for v in r:
                tr.addElement(_cell(v))
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- e-mail

def eml_bytes(frm, to, subject, date, text=None, html=None, attachments=(), msgid=None,
              extra_headers=()):
    """date: datetime; attachments: list of (filename, bytes, maintype, subtype)."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    if msgid:
        m["Message-ID"] = msgid
    for k, v in extra_headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text or "")
    for fn, data, mt, stp in attachments:
        m.add_attachment(data, maintype=mt, subtype=stp, filename=fn)
    return bytes(m)


def dt(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


# ---------------------------------------------------------------- zip

def zip_bytes(files):
    """files: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(name, data)
    return buf.getvalue()
