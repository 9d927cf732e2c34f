from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P
from common import out, write_request, add_label

NN = "24"
write_request(NN, """
Hello

Please could you answer the following under FOI.
1 How many CCTV cameras do you have at the school?
2 What make are they and who installed them?
3 Are any of the cameras made by Hikvision or Dahua?
4 Is footage ever shared with the police?

Thanks
A. Mistry
""")

doc = OpenDocumentText()
big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="15pt", fontweight="bold", color="#1b5e20"))
small = Style(name="Sm", family="paragraph"); small.addElement(TextProperties(fontsize="8pt", color="#666666"))
for s in (big, small):
    doc.automaticstyles.addElement(s)


def p(t, st=None):
    e = P(stylename=st) if st else P()
    e.addText(t); doc.text.addElement(e)


p("Fenwick Hill Community Primary School", big)
p("Fenwick Hill Road, Lowmoor, Lancashire BB9 4DX  ·  01282 960 127  ·  office@fenwickhill.lancs.sch.uk")
p("")
p("17 June 2024")
p("")
p("Dear A. Mistry,")
p("")
p("Thank you for your Freedom of Information request, which I have answered below.")
p("")
p("1. We have 9 internal and 7 external cameras.")
p("2. The cameras are Annke (C800 and I91BN models). They were installed by SecureView Ltd of Burnley in 2021.")
p("3. As above, all of our cameras are Annke.")
p("4. Only if the police request footage in connection with an incident, which is logged by the Headteacher. This has happened twice in the last two years.")
p("")
p("If you are not satisfied with this response you may contact the Chair of Governors via the school office. "
  "You can also complain to the Information Commissioner's Office.")
p("")
p("Yours sincerely")
p("")
p("Mrs Joanne Whitworth")
p("School Business Manager")
p("")
p("Fenwick Hill Community Primary School is a maintained school within Lancashire County Council.", small)
doc.save(out(f"{NN}-reply.odt"))

add_label({"path": f"{NN}-reply.odt", "request_file": f"{NN}-request.txt", "format": "odt",
           "body_type": "school", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 16,
           "note": "Hikvision only via Annke brand; Q3 answered by reference 'As above'; count is 9 internal + 7 external"})
