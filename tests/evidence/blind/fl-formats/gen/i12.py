from lib import *
NN = "12"
write_request(NN, """
Dear Kingsbridge City Council,

Please could you provide the following information under the Freedom of Information Act 2000.

Q1. How many CCTV cameras does the council operate (public space and council buildings)?
Q2. What manufacturers are the cameras?
Q3. Are any of the cameras made by Hikvision? Are any made by Dahua?
Q4. Does the council use facial recognition technology with any of its CCTV?
Q5. Please provide a copy of the council's DPIA for public space CCTV.

Yours faithfully
Adaeze Nwankwo
""")
w, h = A4
doc = BaseDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, title="FOI response KCC-IR-24-2291", author="Kingsbridge City Council")
gap = 8 * mm
colw = (w - 40 * mm - gap) / 2
top_h = 62 * mm
f_top = Frame(20 * mm, h - 20 * mm - top_h, w - 40 * mm, top_h, id="top")
f1 = Frame(20 * mm, 22 * mm, colw, h - 44 * mm - top_h, id="c1")
f2 = Frame(20 * mm + colw + gap, 22 * mm, colw, h - 44 * mm - top_h, id="c2")
g1 = Frame(20 * mm, 22 * mm, colw, h - 46 * mm, id="d1")
g2 = Frame(20 * mm + colw + gap, 22 * mm, colw, h - 46 * mm, id="d2")
on = hf(header_left="Kingsbridge City Council - Information Request Response", header_right="Ref: KCC-IR-24-2291",
        footer_left="kingsbridge.gov.uk/foi", page_fmt="{n}")
doc.addPageTemplates([PageTemplate(id="first", frames=[f_top, f1, f2], onPage=on, autoNextPageTemplate="later"),
                      PageTemplate(id="later", frames=[g1, g2], onPage=on)])
B = ParagraphStyle("b2", parent=BODY, fontSize=9.5, leading=12.5, alignment=4)
HB = ParagraphStyle("hb2", parent=B, fontName="Helvetica-Bold", alignment=0)
story = [
    P("Kingsbridge City Council", H),
    P("Legal and Democratic Services<br/>Guildhall, Kingsbridge KB1 1GH", SMALL),
    Spacer(1, 4),
    P("Request reference: KCC-IR-24-2291 &nbsp;&nbsp;&nbsp; Date of response: 18 October 2024<br/>"
      "Requester: Adaeze Nwankwo &nbsp;&nbsp;&nbsp; Date received: 20 September 2024", BODY),
    P("Dear Ms Nwankwo, thank you for your request for information about the Council's CCTV. Our response to each of "
      "your questions follows.", BODY),
    FrameBreak(),
    P("Q1 - Number of cameras", HB),
    P("The Council's CCTV control room at Tollgate House monitors 212 public space cameras covering the city centre, "
      "district centres and the three Council-run multi-storey car parks. These operate 24 hours a day and are staffed "
      "by the Council's Community Safety team in partnership with the police.", B),
    P("Separately, cameras are installed at Council buildings - offices, depots, libraries, community centres and "
      "the crematorium. These are managed locally by Facilities Management, record on site and are not monitored from "
      "the control room. There are 338 cameras at Council buildings.", B),
    P("Q2 - Manufacturers", HB),
    P("The public space cameras are Hanwha and Axis products; the control room uses a Genetec video management system. "
      "Cameras at Council buildings are of mixed manufacture, reflecting installations made by different contractors over "
      "a number of years. The main manufacturers are Hikvision, Axis and Bosch.", B),
    P("Q3 - Hikvision and Dahua", HB),
    P("Please see the response to Q2 with regard to Hikvision. Dahua cameras previously installed at the Eastgate and "
      "Ferry Lane depots were removed in 2022 and there are no Dahua products on the Council's estate.", B),
    P("The Council is aware of the Government's announcement regarding the installation of such equipment on sensitive "
      "central government sites and is reviewing its own estate, but no decision has been taken at this time.", B),
    P("Q4 - Facial recognition", HB),
    P("No. The Council does not use facial recognition technology, live or retrospective, with any of its CCTV systems.", B),
    P("Q5 - Data Protection Impact Assessment", HB),
    P("The DPIA for the public space CCTV system is published on the Council's website at "
      "www.kingsbridge.gov.uk/cctv-dpia. As this information is reasonably accessible to you by other means it is exempt "
      "under section 21 of the Freedom of Information Act 2000 and we have not provided a copy with this letter.", B),
    P("Your rights", HB),
    P("If you are unhappy with the way we have handled your request you may ask for an internal review. Please contact "
      "foi@kingsbridge.gov.uk quoting the reference above within 40 working days. If you are not content with the outcome "
      "of the internal review you may apply directly to the Information Commissioner for a decision. The ICO can be "
      "contacted at: The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", B),
    P("Re-use", HB),
    P("Most information that we provide in response to Freedom of Information requests will be subject to copyright "
      "protection. In most cases the copyright will be owned by Kingsbridge City Council. You may re-use it under the Open "
      "Government Licence.", B),
    P("Yours sincerely", B),
    P("<b>Imran Chaudhry</b><br/>Information Governance Officer<br/>Legal and Democratic Services", B),
]
doc.build(story)
label(NN, "pdf", "council", "foia", "yes", "no", "partially_answered", ["s21"], 550,
      "two-column layout (text flows down the left column then the right); count is split across two paragraphs (212 public space + 338 buildings); Hikvision only via 'see Q2'; DPIA withheld under s21")
