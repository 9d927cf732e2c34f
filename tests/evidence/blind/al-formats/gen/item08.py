from common import *

REQ = """Dear Inverallan Council,

I would like to make a request under the Freedom of Information (Scotland) Act 2002.

1. How many CCTV cameras does the Council operate, by location/system?
2. Are any of the Council's cameras made by Hikvision or Dahua? If yes, please say which and how many.
3. Who is the Council's CCTV maintenance contractor and what is the annual value of the contract?

Kind regards,
Morag Baillie"""
write_request("08", REQ)

pdf = make_pdf("Inverallan Council  |  Freedom of Information (Scotland) Act 2002", "Case ref: FOISA-2024-07713",
               "Inverallan Council, Municipal Buildings, Tolbooth Wynd, Inverallan IV31 6AA  |  FOISA-2024-07713")
pdf.para("Ms M Baillie\nBy email only", size=10)
pdf.para("Date: 2 September 2024\nYour ref: n/a\nOur ref: FOISA-2024-07713\nEnquiries to: Information Management Team, 01309 884 260", size=10)
pdf.para("Dear Ms Baillie")
pdf.heading("REQUEST FOR INFORMATION - CCTV")
pdf.para("Thank you for your request dated 6 August 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA). I have now completed the search for the information you requested and the Council's response to each part of your request is given below.")
pdf.heading("1. How many CCTV cameras does the Council operate, by location/system?")
pdf.para("The cameras operated by the Council are as follows:")
rows = [["System / location", "No. of cameras", "Monitored"],
        ["Inverallan town centre public space system", "41", "Control room (24/7)"],
        ["Forres Road / Harbour public space system", "17", "Control room (24/7)"],
        ["Council car parks (Cattle Market, Victoria Rd, Harbour)", "22", "Control room (24/7)"],
        ["Municipal Buildings and Service Point", "14", "Local - reception"],
        ["Grangemuir Depot", "9", "Local - depot office"],
        ["Waste Transfer Station and Household Recycling Centres (x3)", "26", "Local - site office"],
        ["Council housing - multi-storey blocks (Dalmore Court, Ness View)", "38", "Concierge station"]]
pdf.grid(rows, widths=(95, 30, 45))
pdf.para("Cameras in Council schools are managed by each school and are not recorded centrally; they are therefore not included above. Under section 17 of FOISA the Council gives notice that it does not hold a central record of these.", size=10)
pdf.heading("2. Are any of the Council's cameras made by Hikvision or Dahua?")
pdf.para("None of the public space system cameras are made by either manufacturer. The 9 cameras at Grangemuir Depot are Dahua units installed in 2018; these are to be replaced under the 2026/27 capital programme. There is no Hikvision equipment on any of the systems listed at question 1.")
pdf.heading("3. Maintenance contractor and annual value")
pdf.para("The Council's CCTV maintenance contractor is Caledonian Security Systems Ltd, appointed following a tender through the Scotland Excel framework in 2022.")
pdf.para("The annual value of the contract is withheld under section 33(1)(b) of FOISA (commercial interests). The contract is due for re-tender and disclosure of the current price would be likely to prejudice substantially the commercial interests of both the contractor, whose pricing would be made available to competitors, and the Council, whose ability to obtain best value in the forthcoming procurement would be reduced. This is a qualified exemption and we have considered the public interest. While there is a public interest in transparency in the spending of public money, we consider this is outweighed by the public interest in the Council obtaining best value, and so the public interest in maintaining the exemption outweighs that in disclosure. The total value of the framework call-off will be published in the Council's contract register once the new contract is awarded.")
pdf.heading("Your right to request a review")
pdf.para("If you are unhappy with this response, you may ask the Council to carry out an internal review by writing to the Information Management Team, Municipal Buildings, Tolbooth Wynd, Inverallan IV31 6AA or foi@inverallan.gov.scot. Your review request must explain why you are dissatisfied and must be made within 40 working days of receipt of this letter. We will respond within 20 working days.")
pdf.para("If you remain dissatisfied following our review, you have the right to apply to the Scottish Information Commissioner for a decision. You can apply online at www.foi.scot/appeal or write to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS. You must apply within six months of receiving our review response. You may then appeal to the Court of Session on a point of law.")
pdf.para("Yours sincerely")
pdf.para("Alasdair Munro\nInformation Management Officer\nLegal & Democratic Services")
pdf.output(p("08-reply.pdf"))
total = sum(int(r[1]) for r in rows[1:])
print(total)
add_label("08", "pdf", "council", "foisa", "no", "yes", "partially_answered", ["s33", "s17"], total,
          "Per-system table without a total row, Dahua equipment named only as still due for replacement in a future year, a s17 not-held notice for schools, and the contract value withheld under s33(1)(b).")
