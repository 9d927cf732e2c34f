"""12: university PDF - manufacturer table with total, footnotes that change which rows count now."""
from common import *

story = paras("""<b>Northgate Metropolitan University</b>  |  Information Compliance Office
Library Building, Clement Street, Northgate NG9 4QA  |  infocompliance@northgatemet.ac.example""", SMALL)
story.append(Spacer(1, 10))
story += paras("""<b>Freedom of Information response - Reference NMU-FOI-0417</b>
Date: 28 February 2024

Dear Ms Quayle

Thank you for your request for information received 31 January 2024. We can confirm that the University holds
information falling within the scope of your request.

<b>Questions 1 to 3</b>

Please see the table below, which has been provided by Estates Security Systems.""")
sup = lambda s: "<super>%s</super>" % s
rows = [["Manufacturer", "Equipment", "Units"],
        ["Hikvision" + sup("1"), "Cameras", "22"],
        ["Dahua" + sup("2"), "Cameras / recording", "8"],
        ["Axis Communications", "Cameras", "164"],
        ["Hanwha Vision", "Cameras", "58"],
        ["<b>Total</b>", "", "<b>252</b>"]]
story.append(grid(rows, [60*mm, 50*mm, 25*mm], header_rows=1, repeat=False,
                  style_extra=[("ALIGN", (2, 0), (2, -1), "RIGHT")]))
story.append(Spacer(1, 4))
story += paras("""<super>1</super> All Hikvision cameras were decommissioned and removed in January 2024 as part of the Security
Systems Replacement Project. None remain in operation. They are included above because your request covers the
period since 1 April 2020.
<super>2</super> The Dahua units are network video recorders at the Medical School and Dental Hospital and not cameras.
They remain in service.""", SMALL)
story += paras("""<b>Question 4</b>

The Security Systems Replacement Project (2023/24) replaced the Hikvision cameras at a cost of GBP 61,480 (ex VAT).
The Medical School recorders are scheduled for replacement when the building's security installation is
refurbished; no date or budget has yet been agreed.

<b>Your rights</b>

If you are unhappy with the way we have handled your request you may ask for an internal review. Please contact
the Information Compliance Office within 40 working days of the date of this letter. If you remain dissatisfied
after the internal review you have the right to complain to the Information Commissioner
(https://ico.org.uk/make-a-complaint/).

Yours sincerely

Dr Owen Sturridge
Information Compliance Manager""")
build_pdf(out("12-reply.pdf"), story, title="NMU-FOI-0417", footer="NMU-FOI-0417")
