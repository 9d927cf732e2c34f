from lib import *
NN = "01"
write_request(NN, """
Dear Northbrook District Council,

Under the Freedom of Information Act 2000 please could you tell me:

1. How many CCTV cameras does the council currently operate?
2. At which sites are they located, and how many at each?
3. Who manufactures the cameras? In particular are any of them made by Hikvision or Dahua?
4. What did the council spend on CCTV maintenance in 2023/24?

Many thanks,
Karen Oduya
""")

story = [
    P("Northbrook District Council", H),
    P("Information Governance Team<br/>Council Offices, Station Road<br/>Northbrook  NB4 2QT", SMALL),
    Spacer(1, 8),
    P("Ms K Oduya<br/>By email only", BODY),
    P("Date: 14 March 2024<br/>Our reference: FOI/2024/0312", BODY),
    Spacer(1, 6),
    P("Dear Ms Oduya,", BODY),
    P("<b>Freedom of Information Act 2000 &#8211; Request for Information</b>", BODY),
    P("Thank you for your request for information which we received on 19 February 2024. I can confirm that the "
      "Council holds the information you requested and this is set out below.", BODY),
    P("<b>Questions 1 and 2</b>", BODY),
    P("The CCTV cameras the Council currently operates are listed by site in the table below. The table also "
      "gives the manufacturer, which answers part of your third question.", BODY),
    plain_table([
        ["Site", "Cameras", "Manufacturer", "Monitored"],
        ["Market Square", "12", "Hanwha", "Yes (control room)"],
        ["Bus Station, Queen St", "8", "Hanwha", "Yes (control room)"],
        ["Civic Centre (internal)", "14", "Hikvision", "No &#8211; recorded only"],
        ["Depot, Mill Lane", "6", "Hikvision", "No &#8211; recorded only"],
        ["Riverside Car Park", "9", "Axis", "Yes (control room)"],
        ["Northbrook Leisure Centre", "11", "Axis / Hikvision", "No &#8211; recorded only"],
    ], [62 * mm, 22 * mm, 38 * mm, 48 * mm]),
    Spacer(1, 10),
    P("<b>Question 3</b>", BODY),
    P("Please see the table above. The Council has no equipment supplied by Dahua.", BODY),
    P("<b>Question 4</b>", BODY),
    P("Expenditure on CCTV maintenance in the 2023/24 financial year was &#163;38,420 (excluding VAT). This was paid "
      "to our maintenance contractor, Vantage Security Systems Ltd.", BODY),
    P("<b>Re-use of information</b>", BODY),
    P("The information supplied to you is subject to copyright protection. You are free to use it for your own "
      "purposes, including any non-commercial research you are doing and for the purposes of news reporting. Any "
      "other re-use, for example commercial publication, would require our specific permission.", BODY),
    P("<b>Your right to complain</b>", BODY),
    P("If you are unhappy with the way your request has been handled you may ask for an internal review. Please "
      "write to the Information Governance Team at the address above, or email foi@northbrook.gov.uk, within 40 "
      "working days of the date of this letter. If you remain dissatisfied following the internal review you may "
      "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", BODY),
    P("Yours sincerely,", BODY),
    Spacer(1, 14),
    P("Gareth Pellow<br/>Information Governance Officer", BODY),
]
build_pdf(out(f"{NN}-reply.pdf"), story,
          hf(header_left="NORTHBROOK DISTRICT COUNCIL", header_right="FOI/2024/0312",
             footer_left="OFFICIAL", page_fmt="Page {n} of 2", total=2),
          title="FOI 2024-0312 response", author="gpellow")
label(NN, "pdf", "council", "foia", "yes", "no", "answered", [], 60,
      "borderless per-site table printed from Word with no total row; count is the sum (60), Hikvision only in the manufacturer column")
