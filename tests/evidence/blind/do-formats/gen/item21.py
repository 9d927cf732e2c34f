from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, Span, List, ListItem

NN = "21"
write_request(NN, """
FOI request to Marlowe Heath District Council

For every CCTV camera owned, leased or operated by the council, including those at council housing blocks,
sheltered schemes, leisure centres, car parks, parks, cemeteries, depots and offices, please provide:
1. its location;
2. make and model;
3. date of installation;
4. purchase and installation cost;
5. whether it is capable of facial recognition, audio recording or ANPR;
6. whether it is made by Hikvision or Dahua or contains components made by them;
7. the name of the company that maintains it;
8. copies of all DPIAs covering these cameras.

Regards
G. Featherstone
""")

doc = OpenDocumentText()
b = Style(name="B", family="text"); b.addElement(TextProperties(fontweight="bold"))
head = Style(name="Hd", family="paragraph"); head.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
rt = Style(name="R", family="paragraph"); rt.addElement(ParagraphProperties(textalign="end"))
ind = Style(name="Ind", family="paragraph"); ind.addElement(ParagraphProperties(marginleft="1cm"))
for s in (b, head, rt, ind):
    doc.automaticstyles.addElement(s)


def para(text="", style=None):
    p = P(stylename=style) if style else P()
    p.addText(text); doc.text.addElement(p)


para("MARLOWE HEATH DISTRICT COUNCIL", head)
para("Legal & Democratic Services, Council Offices, Station Road, Marlowe Heath, Essex CM14 9RP")
para("")
para("Please ask for: Steven Oduya      Direct dial: 01277 960 381", rt)
para("Email: information.requests@marloweheath.gov.uk", rt)
para("Our ref: MH/FOI/8841", rt)
para("Date: 2 October 2023", rt)
para("")
para("Dear G. Featherstone")
p = P(); p.addElement(Span(stylename=b, text="Request for information – CCTV cameras")); doc.text.addElement(p)
para("")
para("I refer to your request for information which was received on 7 September 2023, in which you asked for "
     "details of every CCTV camera owned, leased or operated by the Council across all of its property, "
     "including location, make and model, installation date, cost, capabilities, component suppliers, "
     "maintenance contractor and copies of all DPIAs.")
para("")
para("Section 12(1) of the Freedom of Information Act 2000 allows a public authority to refuse a request where "
     "it estimates that the cost of complying would exceed the appropriate limit. For local authorities the "
     "limit is £450, which equates to 18 hours of staff time at £25 per hour.")
para("")
para("The Council does not hold a single register of CCTV equipment. Cameras are managed separately by "
     "Housing, Leisure, Parking, Facilities Management and Parks & Bereavement Services, and in many cases "
     "were installed as part of wider building works. To answer your request officers would need to locate "
     "and review installation records, invoices and maintenance reports held by five services, and in some "
     "cases visit sites to record makes and models. We estimate that this would take in excess of 60 hours. "
     "I am therefore refusing your request under section 12 of the Act. The Council is not obliged to provide "
     "any part of the information requested where the cost limit is exceeded for the request as a whole.")
para("")
para("Advice and assistance", None)
para("Under section 16 of the Act we are required to offer advice and assistance. You may wish to submit a "
     "refined request which is likely to fall within the cost limit, for example:")
for t in ["the number of cameras forming the town centre public space CCTV system, and their manufacturers; or",
          "the CCTV cameras at a single named site or within a single service; or",
          "a smaller number of the questions above (for example questions 1, 2 and 6 only) for one service area."]:
    para("•  " + t, ind)
para("")
para("Please note that a refined request will be treated as a new request.")
para("")
para("If you are unhappy with the way in which your request has been handled you may ask for an internal "
     "review. Please write to the Monitoring Officer at the address above within 40 working days. If you remain "
     "dissatisfied after the review you may complain to the Information Commissioner's Office, Wycliffe "
     "House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("")
para("Yours faithfully")
para("")
para("Steven Oduya")
para("Information Governance Officer")
doc.save(out(f"{NN}-reply.odt"))

add_label(dict(path=f"{NN}-reply.odt", request_file=f"{NN}-request.txt", format="odt",
               body_type="council", law="foia", hikvision="unknown", dahua="unknown", outcome="refused",
               exemptions=["s12"], camera_count=None,
               note="Whole-request cost-limit refusal; the advice paragraph suggests narrower requests about town-centre cameras and makers but discloses nothing."))
