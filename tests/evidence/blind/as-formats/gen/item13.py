from common import *
import random
from reportlab.lib.units import cm
from reportlab.platypus import Spacer
NN = "13"
write_request(NN, """
Dear Northmoor Constabulary,

Please provide under the Freedom of Information Act 2000:

1. For each police station / building, the number of overt CCTV cameras.
2. The manufacturer(s) of the cameras at each building.
3. Whether the force has any Hikvision cameras.
4. Whether the force has any Dahua cameras.
5. The number of covert cameras the force owns.

Thank you,
S. Pell
""")
rnd = random.Random(13)
stations = ["Force HQ, Ripon Road", "Harrogate", "Knaresborough", "Skipton", "Settle", "Northallerton", "Thirsk",
            "Bedale", "Richmond", "Catterick Garrison", "Leyburn", "Hawes", "Malton", "Pickering", "Helmsley",
            "Whitby", "Scarborough", "Filey", "Selby", "Tadcaster", "Sherburn-in-Elmet", "Easingwold",
            "Stokesley", "Great Ayton", "Guisborough", "Loftus", "Redcar", "Marske", "Eston", "Middlesbrough Central",
            "Acklam", "Thornaby", "Stockton", "Billingham", "Yarm", "Hartlepool", "Seaton Carew", "Sedgefield",
            "Newton Aycliffe", "Darlington", "Barnard Castle", "Bishop Auckland", "Crook", "Tow Law"]
rows = [["Building", "Overt cameras", "Manufacturer(s)"]]
total = 0
for s in stations:
    n = rnd.randint(3, 22) if "HQ" not in s else 48
    total += n
    if s in ("Hawes", "Leyburn", "Tow Law"):
        mk = "Hikvision (scheduled for replacement under Estates Project 7)"
    elif s in ("Middlesbrough Central", "Force HQ, Ripon Road", "Darlington"):
        mk = "Axis / Avigilon"
    else:
        mk = rnd.choice(["Avigilon", "Axis", "Hanwha", "Bosch", "Axis / Hanwha"])
    rows.append([s, str(n), mk])

def story():
    st = [P("<b>NORTHMOOR CONSTABULARY</b>", "Title"),
          P("Joint Information Management Unit<br/>Alverton Court, Crosby Road, Northallerton DL6 1BF"),
          P("Freedom of Information Request Reference No: NC/FOI/1288/24"),
          P("Date of response: 11 October 2024"),
          P("Dear S. Pell,"),
          P("I write in connection with your request for information which was received by Northmoor Constabulary "
            "on 16 September 2024. I note you seek access to the following information:"),
          P("<i>1. For each police station / building, the number of overt CCTV cameras. 2. The manufacturer(s) of "
            "the cameras at each building. 3. Whether the force has any Hikvision cameras. 4. Whether the force "
            "has any Dahua cameras. 5. The number of covert cameras the force owns.</i>"),
          P("<b>Response</b>"),
          P("Following receipt of your request, searches were conducted with the Estates and Facilities department "
            "and the Technical Support Unit. I can confirm that the information you have requested is held in part "
            "by Northmoor Constabulary."),
          P("<b>Questions 1 and 2</b>"),
          P("Please see the table below. Figures relate to overt fixed cameras monitoring the building perimeter, "
            "front counters, yards and custody areas. They do not include ANPR cameras, body worn video or "
            "in-vehicle cameras.")]
    st.append(ptable(rows, col_widths=[6 * cm, 3 * cm, 8 * cm]))
    st += [Spacer(1, 10),
           P("<b>Question 3</b>"), P("Yes, see Q2."),
           P("<b>Question 4</b>"), P("No."),
           P("<b>Question 5</b>"),
           P("Northmoor Constabulary can neither confirm nor deny that it holds any information relevant to this "
             "part of your request as the duty in s1(1)(a) of the Freedom of Information Act 2000 does not apply "
             "by virtue of the following exemptions: Section 23(5) Information relating to the Security Bodies; "
             "Section 24(2) National Security; Section 31(3) Law Enforcement."),
           P("Sections 24 and 31 are qualified prejudice-based exemptions and require a prejudice test and public "
             "interest test. Section 23 is an absolute class-based exemption. To confirm or deny whether the force "
             "holds information about covert equipment would reveal tactical capability and would be of use to "
             "criminals and those who seek to harm the United Kingdom. Whilst there is a public interest in "
             "transparency, the public interest in maintaining the exemptions outweighs that in confirming or "
             "denying. No inference should be drawn from this response as to whether or not the information is held."),
           P("<b>Complaint rights</b>"),
           P("Your attention is drawn to the attached sheet which details your right of complaint. If you are "
             "dissatisfied with this response you may request an internal review within 40 working days, and may "
             "thereafter complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
             "Cheshire, SK9 5AF."),
           P("Yours sincerely,"),
           P("Leanne Halliwell<br/>Disclosure Officer<br/>Joint Information Management Unit")]
    return st

open(path(f"{NN}-reply.pdf"), "wb").write(pdf_bytes(story, header_left="OFFICIAL", header_right="Ref: NC/FOI/1288/24",
                                                     footer_left="Northmoor Constabulary – FOI Response"))
print(total)
add_label(NN, "pdf", "police", "foia", "yes", "no", "partially_answered", ["s23", "s24", "s31"], total,
          "44-row table runs across a page break with no total (must be summed); covert part NCND; Q3 'Yes, see Q2'")
