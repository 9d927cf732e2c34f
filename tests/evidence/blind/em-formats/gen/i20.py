from common import *
from rtfkit import esc

write_request("20", """
Dear Eastmarch Community Health NHS Trust

Under the Freedom of Information Act 2000, please provide, for every site the Trust occupies:
1. the number of CCTV cameras;
2. the manufacturer and model of each camera;
3. the date each camera was installed;
4. whether any of the cameras are made by Hikvision or Dahua.

Regards
Oliver Grant
""")

P = lambda s, extra="": "{\\pard\\sa160\\sl276\\slmult1" + extra + " " + esc(s) + "\\par}\n"
B = lambda s: "{\\pard\\sa120\\b " + esc(s) + "\\b0\\par}\n"
rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\froman\\fcharset0 Times New Roman;}}\n"
rtf += "{\\colortbl ;\\red0\\green94\\blue184;}\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n\\f0\\fs21\n"
rtf += "{\\pard\\qr\\cf1\\b\\fs28 " + esc("Eastmarch Community Health") + "\\par}\n"
rtf += "{\\pard\\qr\\cf1\\fs20 " + esc("NHS Trust") + "\\par}\n"
rtf += "{\\pard\\qr\\sa240\\fs17 " + esc("Information Governance, Unit 4 Meridian Park, Eastmarch EM3 8WX\nTel 01632 960 640  |  echt.foi@nhs.example") + "\\par}\n"
rtf += P("Mr O Grant\nVia email")
rtf += P("Date: 9 January 2025\nFOI reference: ECHT 24-1187")
rtf += P("Dear Mr Grant")
rtf += B("Request under the Freedom of Information Act 2000")
rtf += P("Thank you for your request received on 5 December 2024.")
rtf += P("The Trust provides community, mental health and learning disability services from 38 sites, ranging from two inpatient hospitals to small clinics in leased and shared premises. CCTV at these sites has been installed over a period of more than fifteen years by different contractors and, in many cases, by landlords. The Trust does not hold a central register of CCTV equipment.")
rtf += P("To answer your request we would need to identify the CCTV at each of the 38 sites, which would involve locating installation records held by local site managers and, for most sites, arranging for an Estates officer to visit the site and physically inspect each camera to record the make, model and date of installation. We estimate this would take at least 2 hours per site, a total of approximately 76 hours.")
rtf += P("Section 12 of the Freedom of Information Act allows a public authority to refuse a request where the cost of compliance would exceed the appropriate limit. For NHS bodies this limit is \u00a3450, which equates to 18 hours of work at \u00a325 per hour. Because your request would exceed that limit, the Trust is not obliged to comply with it, and this letter acts as a refusal notice under section 17 of the Act.")
rtf += B("Advice and assistance")
rtf += P("In accordance with section 16 of the Act, you may wish to consider submitting a refined request. For example, a request limited to the Trust's two inpatient hospitals (Marsh Lane Hospital and The Orchards) is likely to be answerable within the cost limit. Please note that if you submit a refined request it will be treated as a new request.")
rtf += B("Your right to complain")
rtf += P("If you are unhappy with the way in which your request has been handled, you can ask for an internal review by contacting the Head of Information Governance at the address above within 40 working days. If you remain dissatisfied following the review you may appeal to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113, www.ico.org.uk.")
rtf += P("Yours sincerely")
rtf += P("Bethany Cole\nFreedom of Information Lead\nEastmarch Community Health NHS Trust")
rtf += "}\n"
open(out("20-reply.rtf"), "w", encoding="ascii").write(rtf)
label("20", "rtf", "rtf", "nhs", "foia", "unknown", "unknown", "refused", ["s12"], None,
      "whole request refused on cost (s12); s16 advice and s17 refusal notice are not exemptions; 38 sites is not a camera count")
