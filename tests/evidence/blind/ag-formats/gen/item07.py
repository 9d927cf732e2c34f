from lib import *
from xlsxlib import *
NN = "07"
write_request(NN, """Hello,

I'd like to make a request under FOIA about the University's CCTV. Could you tell me
 - roughly how many CCTV cameras the university has across its campuses
 - whether any are Hikvision, and if so how many
 - whether any are Dahua, and if so how many
 - whether the university has carried out a DPIA for its CCTV system, and if so please send it
 - which company maintains the system

I'm happy to receive the answers in a spreadsheet.

Best,
Ana Ferreira
""")
wb = Workbook()
ws = wb.active
ws.title = "FOI-2025-117"
ws["A1"] = "University of Sheffield - Freedom of Information response"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Request ref: FOI-2025-117    Date of response: 28/04/2025    Handled by: Information Governance (foi@sheffield.ac.uk)"
rows = [["#", "Question (as received)", "Response"],
        [1, "roughly how many CCTV cameras the university has across its campuses",
         "Between 1,200 and 1,300. The figure changes frequently due to refurbishment projects and the University does not hold a single fixed figure."],
        [2, "whether any are Hikvision, and if so how many",
         "Yes - 312 (mainly older residences and sports facilities)."],
        [3, "whether any are Dahua, and if so how many", 0],
        [4, "whether the university has carried out a DPIA for its CCTV system, and if so please send it",
         "Yes. The DPIA is published on the University website: https://www.sheffield.ac.uk/security/cctv - the University is therefore not required to provide it under s.21 FOIA (information reasonably accessible by other means)."],
        [5, "which company maintains the system", "Sheffield Security Services Ltd (contract runs to July 2026)."]]
write_rows(ws, rows, start_row=4, widths=[5, 55, 80], wrap_cols=(2, 3))
ws["A12"] = "If you are dissatisfied with this response you may request an internal review within 40 working days by emailing foi@sheffield.ac.uk. You may then complain to the ICO (ico.org.uk)."
wb.save(path(f"{NN}-reply.xlsx"))
append_label(NN, "xlsx", "university", "foia", "yes", "no", "partially_answered", ["s21"], None,
             "The camera count is only a range (so no figure) beside a Hikvision subset of 312, Dahua is a bare 0 in a cell, and the DPIA is withheld by pointing to a web page under s21.")
