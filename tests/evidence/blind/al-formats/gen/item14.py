from common import *
from docx import Document
from docx.shared import Pt

REQ = """Dear Police Scotland

FOISA request - body worn video

a) How many body worn video cameras does Police Scotland currently have?
b) Who is the manufacturer / supplier?
c) Are any body worn cameras made by Hikvision or Dahua?
d) Where is the footage stored (e.g. which cloud provider or data centre)?

Thank you,
Iain Ferguson"""
write_request("14", REQ)

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
t = d.add_paragraph(); r = t.add_run("POLICE SCOTLAND\nPOILEAS ALBA"); r.bold = True; r.font.size = Pt(13)
d.add_paragraph("Information Management\nClyde Gateway, 2 French Street, Dalmarnock, Glasgow G40 4EH\nfoi@scotland.police.uk")
d.add_paragraph("Our reference:  IM-FOI-2024-2287\nResponding to:  Iain Ferguson\nDate:  16 October 2024")
d.add_paragraph("Dear Mr Ferguson")
d.add_paragraph("Freedom of Information (Scotland) Act 2002 (the Act)").runs[0].bold = True
d.add_paragraph("Thank you for your request for information dated 18 September 2024. I have set out your questions and our response in the table below.")
rows = [["Your question", "Our response"],
        ["a) How many body worn video cameras does Police Scotland currently have?",
         "Between 2,900 and 3,100 body worn video devices are in circulation at any one time. The number fluctuates as devices are rotated for repair, replacement and reissue to officers."],
        ["b) Who is the manufacturer / supplier?", "Motorola Solutions (VB400 and V700 models), supplied via the national framework."],
        ["c) Are any body worn cameras made by Hikvision or Dahua?", "No."],
        ["d) Where is the footage stored?",
         "Footage is held in a Digital Evidence Management System. Further details of the storage location and hosting arrangements are withheld under section 35(1)(a) and (b) of the Act - see below."]]
docx_table(d, rows)
d.add_paragraph("")
d.add_paragraph("Section 35(1)(a)&(b) - Law enforcement").runs[0].bold = True
d.add_paragraph("Information is exempt if its disclosure would, or would be likely to, prejudice substantially the prevention or detection of crime and the apprehension or prosecution of offenders. Disclosing where and how evidential footage is stored would identify a target for those wishing to access, corrupt or delete evidence and would undermine confidence in the integrity of evidence presented to the courts. This is a non-absolute exemption and requires the application of the public interest test. Whilst there is a public interest in accountability for the storage of personal data, I have concluded that the public interest in protecting the integrity of evidence clearly favours maintaining the exemption.")
d.add_paragraph("Should you require any further assistance please contact Information Management - Glasgow at foiglasgow@scotland.police.uk, quoting the reference number given.")
d.add_paragraph("If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are entitled to request a review of our actions and decisions. Your request must specify the matter which gives rise to your dissatisfaction and it must be made within 40 working days. If you remain dissatisfied following our review response, you can apply to the Office of the Scottish Information Commissioner within 6 months for a decision. You can apply online, by email to enquiries@foi.scot, by post or via the SIC's website www.foi.scot/appeal.")
d.add_paragraph("Our response to your request will be published in the Police Scotland disclosure log in due course.")
d.save(p("14-reply.docx"))
add_label("14", "docx", "police", "foisa", "no", "no", "partially_answered", ["s35"], None,
          "Body-worn-video-only request in a question-and-answer table where the device count is given only as a range (so no figure), with storage details withheld under FOISA s35(1)(a)&(b).")
