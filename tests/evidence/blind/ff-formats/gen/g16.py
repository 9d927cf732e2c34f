from helpers import *

write_text("16-request.txt", """
Under the Freedom of Information (Scotland) Act 2002 please provide:

Q1 How many CCTV cameras are operated at Scottish Government core buildings?
Q2 A breakdown by building.
Q3 Are any of the cameras made by Hikvision or Dahua?
Q4 Which manufacturers supply the cameras?
Q5 Is any form of facial recognition used?

Alasdair Munro
""")

rows = [
    ["Building", "CCTV cameras operated by SG", "System managed by", "Comments"],
    ["St Andrew's House, Regent Road, Edinburgh", "21",
     "SG Facilities Management; maintenance contractor under the estates hard FM contract",
     "External perimeter, vehicle entrance and main reception. Internal cameras in the post room."],
    ["Victoria Quay, Leith", "29", "SG Facilities Management",
     "Includes cameras covering the car park, loading bay and the visitor entrance on Commercial Street."],
    ["Saughton House, Broomhouse Drive, Edinburgh", "14", "SG Facilities Management",
     "Building partly occupied by other public bodies; cameras in shared areas are counted here."],
    ["Atlantic Quay, Glasgow", "–",
     "Landlord (building management company)",
     "CCTV is provided by the landlord as part of the service charge. The Scottish Government does not operate these cameras and does not hold details of them."],
    ["Marine Laboratory, Victoria Road, Aberdeen", "10", "Marine Directorate estates team",
     "Perimeter and vessel berth cameras."],
]
pdf_letter(out("16-reply.pdf"), [
    ("p", "<b>Scottish Government</b><br/>Riaghaltas na h-Alba<br/>Corporate Services – Estates and Facilities<br/>gov.scot"),
    ("p", "Alasdair Munro<br/>By email"),
    ("p", "Our ref: 202400418872<br/>9 October 2024"),
    ("p", "Dear Mr Munro"),
    ("h", "REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)"),
    ("p", "Thank you for your request dated 11 September 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA)."),
    ("h", "Response to your request"),
    ("p", "I enclose some of the information you requested. However, the Scottish Government does not have some of the information you have asked for. This is a formal notice under section 17(1) of FOISA that the Scottish Government does not have the information you have requested in relation to questions 3 and 4."),
    ("p", "<b>Q1 and Q2.</b> The table below shows the number of CCTV cameras operated by the Scottish Government at each core building."),
    ("table", rows, [45, 28, 42, 59]),
    ("p", "<b>Q3 and Q4.</b> The CCTV equipment at Scottish Government buildings is supplied, installed and maintained by our facilities management contractor and the asset information is held by the contractor, not by the Scottish Government. We therefore do not hold details of the manufacturers of the cameras, and cannot say whether any are made by the companies you name. You may wish to note that the Scottish Government's approach to the security of visual surveillance systems, including equipment from manufacturers subject to the National Intelligence Law of the People's Republic of China, is published on gov.scot."),
    ("p", "<b>Q5.</b> No. Facial recognition technology is not used with any of the Scottish Government's CCTV."),
    ("p", "The reason why we don't have the information requested at questions 3 and 4 is explained above. If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Director of Corporate Transformation and Workplace, Scottish Government, St Andrew's House, Regent Road, Edinburgh EH1 3DG. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter."),
    ("p", "If our internal review response does not satisfy you, you can then apply to the Scottish Information Commissioner for a decision. You must normally have gone through our review procedure before applying to the Commissioner."),
    ("p", "Yours sincerely<br/><br/>Lorna McKerracher<br/>Estates and Facilities Division"),
], footer="St Andrew's House, Regent Road, Edinburgh EH1 3DG  www.gov.scot")
label(16, "pdf", "scottish_gov", "foisa", "unknown", "unknown", "partially_answered", ["s17"], 74,
      "Per-building table with wrapping cells and no total row (21+29+14+10; landlord building shown as '–'); makers not held (FOISA s17 notice) with a distracting reference to a Chinese-surveillance policy statement.")
note(16, "PDF letter w/ wrapping table, Scottish Government FOISA; sum 74 (no total, landlord building '–'); Q3/Q4 s17 not held; Q5 No. Hard (sum, not-held).")
