"""11: maintained school PDF letter - two small tables side by side (areas | manufacturers)."""
from common import *

story = paras("""<b>Ashcombe Park School</b>
A community school maintained by Westshire County Council
Ashcombe Road, Kingsbury, Westshire KB3 6NN   Tel 01632 963 500   office@ashcombepark.example.sch.uk
Headteacher: Mr D. Ferris""", SMALL)
story.append(Spacer(1, 12))
story += paras("""20 March 2024

Dear C. Nwosu

<b>Freedom of Information request - CCTV (our ref APS/FOI/03-24)</b>

Thank you for your request dated 27 February 2024. I can provide the following information in answer
to questions 1, 2, 3 and 5, set out in the two tables below.""")

left = grid([["Area", "Cameras"],
             ["Main building (corridors,\nreception, canteen)", "8"],
             ["Sports hall and changing\narea entrances", "3"],
             ["Staff and visitor car park", "4"],
             ["Perimeter / playground", "5"]],
            [48*mm, 20*mm], header_rows=1, repeat=False)
right = grid([["Manufacturer", "Units"],
              ["Hikvision (cameras)", "16"],
              ["Axis (cameras)", "4"],
              ["Hikvision DS-7616NI NVR\n(recorder)", "2"]],
             [52*mm, 16*mm], header_rows=1, repeat=False)
outer = Table([[left, "", right]], colWidths=[70*mm, 12*mm, 70*mm])
outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story.append(outer)
story.append(Spacer(1, 10))
story += paras("""With regard to question 4, none of the school's cameras record audio.

The school's CCTV was installed in 2018 by the County Council's framework contractor and is maintained
under the same arrangement. It is operated in line with the school's CCTV Policy, which is available on
the school website.

If you are not satisfied with this response, please write to the Chair of Governors at the school
address within 40 working days. You also have the right to complain to the Information Commissioner's
Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely

Mrs Janet Rowe
School Business Manager, on behalf of the Governing Body""")
build_pdf(out("11-reply.pdf"), story, title="APS/FOI/03-24")
