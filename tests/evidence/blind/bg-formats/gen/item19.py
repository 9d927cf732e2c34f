from common import *
from pdfh import *

NN = "19"
write_request(NN, """
Dear University Hospitals of Derby and Burton NHS Foundation Trust,

Under the Freedom of Information Act 2000, please provide:

1) The number of CCTV cameras operated by the Trust at each of its hospital sites
2) The make and model of each camera
3) Whether the Trust uses cameras made by Hikvision
4) Whether the Trust uses cameras made by Dahua
5) The location (building and area) of each camera

Yours faithfully,
Eleanor Whitfield
""")
story = [Paragraph("University Hospitals of Derby and Burton NHS Foundation Trust", HEAD),
         Paragraph("Information Governance · Royal Derby Hospital · Uttoxeter Road · Derby DE22 3NE", SMALL),
         Spacer(1, 12), Paragraph("Reference: FOI 24/25 – 0655<br/>Date: 28 January 2025", RIGHT),
         Paragraph("Dear Ms Whitfield", BODY),
         Paragraph("Request for Information – CCTV", BOLD)]
story += paras("""
Thank you for your request received on 23 December 2024. The Trust's response is set out below.

<b>1) Number of cameras at each hospital site</b>

The Trust's CCTV has been added to by a number of projects over many years, and at some sites the
figures below are estimates provided by our security contractor. In total the Trust operates between
550 and 600 cameras.
""")
story.append(grid([["Site", "Cameras (approx.)"],
                   ["Royal Derby Hospital", "c. 310"],
                   ["Queen's Hospital Burton", "c. 180"],
                   ["Samuel Johnson Community Hospital, Lichfield", "30 – 40"],
                   ["Sir Robert Peel Community Hospital, Tamworth", "20 – 30"],
                   ["London Road Community Hospital, Derby", "15"]],
                  [10 * cm, 5 * cm]))
story.append(Spacer(1, 10))
story += paras("""
<b>2) and 5) Make, model and location of each camera</b>

The Trust does not hold a single asset register recording the make, model and location of each camera.
To provide this information we would need to physically inspect each camera or each recorder channel
across five sites. We estimate that this would take in excess of 60 hours. Section 12 of the Freedom of
Information Act allows a public authority to refuse a request where the cost of compliance would exceed
the appropriate limit, which for the Trust is £450 (18 hours at £25 per hour). We are therefore refusing
parts 2 and 5 under section 12(1).

Under our duty to advise and assist (section 16), you may wish to submit a refined request, for
example for the makes of camera at a single site.

<b>3) Whether the Trust uses cameras made by Hikvision</b>

Our security contractor has confirmed that the majority of the cameras at Royal Derby Hospital and
Queen's Hospital Burton are Hikvision.

<b>4) Whether the Trust uses cameras made by Dahua</b>

For the reasons given at 2) and 5) above, we are unable to confirm this without the survey described,
and we have applied section 12 to this part of your request.

If you are dissatisfied with the handling of your request you can ask for an internal review by writing
to the Head of Information Governance within 40 working days. If you remain dissatisfied you may apply
to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely

Freedom of Information Team
""")
build(OUT / f"{NN}-reply.pdf", story,
      footer=lambda p: f"FOI 24/25 – 0655   ·   Page {p}   ·   Switchboard 01332 340131")
add_label(NN, "pdf", "nhs", "foia", "yes", "unknown", "partially_answered", ["s12"], None,
          "Total given only as a range (550-600) and the site table mixes 'c.' figures with ranges, so no count; s12 refuses parts 2, 4 and 5 while Hikvision is confirmed.")
