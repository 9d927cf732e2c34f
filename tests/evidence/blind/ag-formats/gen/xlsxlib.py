from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def write_rows(ws, rows, start_row=1, header=True, bold_last=False, widths=None, wrap_cols=()):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=start_row + i, column=j + 1, value=v)
            c.border = BOX
            if (header and i == 0):
                c.font = BOLD
                c.fill = HEAD_FILL
            if bold_last and i == len(rows) - 1:
                c.font = BOLD
            if j + 1 in wrap_cols:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w
    return start_row + len(rows)
