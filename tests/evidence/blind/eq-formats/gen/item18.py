"""18: Scottish public body (FOISA) reply as an OpenDocument spreadsheet (.ods)."""
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.text import P
from odf.style import Style, TableColumnProperties, TextProperties, ParagraphProperties
from common import out, write_request, write_label

write_request("18", """
Dear SCTS,

I am requesting the following information under the Freedom of Information (Scotland) Act 2002:

1) How many CCTV cameras are installed across court and tribunal buildings?
2) How many cameras are at each building?
3) Are any of the cameras made by Hikvision?
4) Are any of the cameras made by Dahua?
5) What is the annual CCTV maintenance cost for each building?

Kind regards,
Fiona MacAskill
""")

doc = OpenDocumentSpreadsheet()
bold = Style(name="bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="3.5in"))
vwide = Style(name="vwide", family="table-column"); vwide.addElement(TableColumnProperties(columnwidth="7in"))
doc.automaticstyles.addElement(bold); doc.automaticstyles.addElement(wide); doc.automaticstyles.addElement(vwide)


def row(tbl, *vals):
    tr = TableRow()
    for v in vals:
        if isinstance(v, (int, float)):
            tc = TableCell(valuetype="float", value=v)
        else:
            tc = TableCell(valuetype="string")
        tc.addElement(P(text=str(v)))
        tr.addElement(tc)
    tbl.addElement(tr)

t = Table(name="FOI response")
t.addElement(TableColumn(stylename=wide)); t.addElement(TableColumn(stylename=vwide))
row(t, "Scottish Courts and Tribunals Service", "")
row(t, "Our reference", "FOI/25/0217")
row(t, "Date", "19 May 2025")
row(t, "Applicant", "Ms F MacAskill")
row(t, "", "")
row(t, "Request", "Response")
row(t, "1) How many CCTV cameras are installed across court and tribunal buildings?",
    "286")
row(t, "2) How many cameras are at each building?",
    "SCTS considers that the number of cameras at individual buildings is exempt under section 35(1)(a) and (b) of FOISA "
    "(prevention or detection of crime; apprehension or prosecution of offenders). Disclosure would reveal the relative "
    "level of protection at individual court buildings. Having considered the public interest, we have concluded that it "
    "favours withholding this information.")
row(t, "3) Are any of the cameras made by Hikvision?",
    "Yes. 40 of the cameras in our answer to question 1 are Hikvision. These are at older buildings and are due to be replaced "
    "by the end of 2026 as part of the estate security refresh.")
row(t, "4) Are any of the cameras made by Dahua?", "No.")
row(t, "5) What is the annual CCTV maintenance cost for each building?",
    "CCTV maintenance is provided under a national security systems contract and the cost is not broken down by building. "
    "In terms of section 17(1) of FOISA, SCTS therefore gives you notice that it does not hold this information.")
row(t, "", "")
row(t, "Your right to request a review",
    "If you are dissatisfied with the way we have dealt with your request you can ask us to review our actions and decisions "
    "by writing to us within 40 working days (section 20 of FOISA). If you remain dissatisfied after the review you have the "
    "right to apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS, within "
    "six months, and then to appeal to the Court of Session on a point of law (section 47 of FOISA).")
row(t, "Contact", "FOI Officer, Saughton House, Broomhouse Drive, Edinburgh EH11 3XD. foi@scotcourts.gov.uk")
doc.spreadsheet.addElement(t)
doc.save(out("18-reply.ods"))
write_label(path="18-reply.ods", request_file="18-request.txt", format="ods", body_type="scottish_gov", law="foisa",
            hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s35", "s17"], camera_count=286,
            note="FOISA reply in an ODS sheet with a bare '286'; Hikvision still in use though due for replacement by end 2026; per-building counts withheld s35 and costs given a FOISA s17 not-held notice, while s20 and s47 (review/appeal) must not be listed.")
