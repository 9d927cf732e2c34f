from common import write_request, add_label, out
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

NN = "20"
write_request(NN, """
Dear Clydeholm Housing Association,

This is a request under the Freedom of Information (Scotland) Act 2002.

1. How many CCTV cameras does the Association operate at its developments?
2. Does the Association use any CCTV equipment manufactured by Hikvision?
3. Does it use any CCTV equipment manufactured by Dahua?
4. What did the Association pay for CCTV maintenance in 2023/24, and to which contractor?

Regards,
Iain MacLachlan
""")

doc = OpenDocumentSpreadsheet()
bold = Style(name="b", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
doc.automaticstyles.addElement(bold)
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="7cm"))
mid = Style(name="mid", family="table-column"); mid.addElement(TableColumnProperties(columnwidth="3.5cm"))
doc.automaticstyles.addElement(wide); doc.automaticstyles.addElement(mid)


def cell(v, b=False, span=1):
    kw = {"stylename": bold} if b else {}
    if span > 1:
        kw["numbercolumnsspanned"] = span
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v, **kw)
    else:
        c = TableCell(valuetype="string", **kw)
    if v != "":
        c.addElement(P(text=str(v)))
    return c


def sheet(name, rows, cols=("wide", "mid", "mid", "wide", "wide")):
    t = Table(name=name)
    for c in cols:
        t.addElement(TableColumn(stylename={"wide": wide, "mid": mid}[c]))
    for r in rows:
        tr = TableRow()
        for item in r:
            if isinstance(item, tuple) and item[0] == "SPAN":
                _, v, n, b = item
                tr.addElement(cell(v, b, n))
                for _ in range(n - 1):
                    tr.addElement(CoveredTableCell())
            elif isinstance(item, tuple) and item[0] == "B":
                tr.addElement(cell(item[1], True))
            else:
                tr.addElement(cell(item))
        t.addElement(tr)
    doc.spreadsheet.addElement(t)

sheet("Response", [
    [("SPAN", "Clydeholm Housing Association Ltd – response to FOISA request CHA-FOI-24-019", 5, True)],
    ["Date of response: 14 March 2024"],
    [""],
    [("B", "Q1"), "Please see the Summary tab."],
    [("B", "Q2"), "Yes – see development tabs."],
    [("B", "Q3"), "No."],
    [("B", "Q4"), "Withheld – section 33(1)(b) FOISA (commercial interests). The CCTV maintenance contract is currently out to tender and disclosure of the current price would be likely to prejudice the Association's commercial position. We have considered the public interest and concluded that it favours withholding the information at this time."],
    [""],
    ["Requesting a review: write to foi@clydeholm-ha.example within 40 working days. If you remain dissatisfied you may apply to the Scottish Information Commissioner (www.foi.scot/appeal)."],
])

devs = {
    "Kelvinbank Court": [("Main entrance", 2, "Hikvison", "DS-2CD2147G2-SU", ""),
                         ("Bin store", 1, "Hikvison", "DS-2CD2T47G2-L", ""),
                         ("Car park", 3, "Hikvison", "DS-2CD2T47G2-L", "Recorder: Hikvision DS-7608NXI-K2 (installed Mar 2023, replaced Dahua DVR)")],
    "Riverside Gardens": [("Entrances A-D", 4, "Hanwha", "XND-6020R", ""),
                          ("Play area", 2, "Hanwha", "XNO-6020R", ""),
                          ("Car park", 4, "Hanwha", "XNO-6020R", "")],
    "Millhaugh Place": [("Concierge lobby", 2, "Axis", "M3106-L Mk II", ""),
                        ("Lifts (x3)", 3, "Axis", "M3106-L Mk II", ""),
                        ("Perimeter", 6, "Axis", "P1455-LE", "Dahua cameras removed Oct 2022"),
                        ("Bike store", 1, "Axis", "M2036-LE", "")],
    "Sandyford Terrace": [("Close entrances 1-6", 6, "Hikvison", "DS-2CD2143G2-I", "")],
}
summary = [[("SPAN", "SUMMARY – CCTV cameras by development (as at 01/03/2024)", 3, True)],
           [("B", "Development"), ("B", "No. of cameras"), ("B", "Camera make")]]
total = 0
for name, rows in devs.items():
    n = sum(r[1] for r in rows); total += n
    summary.append([name, n, ", ".join(sorted({r[2] for r in rows}))])
summary.append([("B", "Total"), ("B", total), ""])
sheet("Summary", summary, cols=("wide", "mid", "wide"))
for name, rows in devs.items():
    sheet(name, [[("B", "Location"), ("B", "Cameras"), ("B", "Make"), ("B", "Model"), ("B", "Notes")]] +
          [list(r) for r in rows])
doc.save(out(f"{NN}-reply.ods"))
print("total", total)
add_label(NN, "ods", "other", "foisa", "yes", "no", "partially_answered", ["s33"], total,
          "ODS workbook from a Scottish housing association: answers on one sheet point to a Summary sheet and "
          "per-development sheets, Hikvision is misspelt 'Hikvison', and Dahua appears only as replaced or "
          "removed kit; Q4 withheld under FOISA s33.")
