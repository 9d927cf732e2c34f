from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H

NN = "24"
write_request(NN, """
Dear Clerk to Great Bentley Parish Council

I am making a Freedom of Information request. Please tell me:
1. How many CCTV cameras the parish council operates
2. Whether any of these are made by Hikvision
3. Whether any are made by Dahua
4. Who monitors the footage

Thank you
Mark Aston
""")
doc = OpenDocumentText()
bold = Style(name="Bold", family="paragraph"); bold.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
sp = Style(name="Sp", family="paragraph"); sp.addElement(ParagraphProperties(marginbottom="0.2cm"))
doc.automaticstyles.addElement(bold); doc.automaticstyles.addElement(sp)
for t, s in [("Great Bentley Parish Council", bold),
             ("Clerk: Mrs D. Fairweather, The Parish Office, Village Hall, Plough Road, Great Bentley CO7 8LG", sp),
             ("clerk@greatbentley-pc.gov.uk", sp), ("", sp), ("5th April 2024", sp), ("", sp),
             ("Dear Mr Aston,", sp),
             ("Re: Freedom of Information request – CCTV", bold),
             ("Thank you for your email of 18th March. The Parish Council does not own or operate any CCTV cameras, so the "
              "answer to questions 1 to 3 is none and the Council holds no footage to monitor.", sp),
             ("You may be aware that there is a camera at the village hall car park. This is owned and managed by the Great "
              "Bentley Village Hall Management Committee, which is a separate registered charity, and any enquiry about it "
              "should be addressed to the Committee's secretary.", sp),
             ("If you are not happy with this response you may ask the Council to review it, and you have the right to "
              "complain to the Information Commissioner's Office.", sp), ("", sp),
             ("Yours sincerely,", sp), ("", sp), ("Dawn Fairweather", sp), ("Clerk & RFO", sp)]:
    doc.text.addElement(P(stylename=s, text=t))
doc.save(out(f"{NN}-reply.odt"))
add_label(NN, "odt", "council", "foia", "no", "no", "answered", [], 0,
          "Parish council with no CCTV at all ('none' to Q1-3); the village hall camera belongs to a separate charity.")
