"""openpyxl helpers"""
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="1F4E79")
SUB = PatternFill("solid", fgColor="D9E1F2")
TOT = PatternFill("solid", fgColor="FFF2CC")

def title(ws, text, ncols, row=1, size=13):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=True, size=size, color="FFFFFF"); c.fill = HEAD
    c.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[row].height = 22

def header(ws, row, values, fill=SUB):
    for j, v in enumerate(values, 1):
        c = ws.cell(row=row, column=j, value=v)
        c.font = Font(bold=True); c.fill = fill; c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

def rowvals(ws, row, values, bold=False, fill=None):
    for j, v in enumerate(values, 1):
        c = ws.cell(row=row, column=j, value=v); c.border = BOX
        if bold: c.font = Font(bold=True)
        if fill: c.fill = fill

def widths(ws, ws_widths):
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

def notes(ws, lines, col_width=110, start=1):
    ws.column_dimensions["A"].width = col_width
    r = start
    for ln in lines:
        c = ws.cell(row=r, column=1, value=ln)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if ln and (ln.isupper() or ln.startswith("Q") and len(ln) < 200 and ln.endswith("?")):
            c.font = Font(bold=True)
        r += 1
    return r
