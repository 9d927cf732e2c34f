from common import *
from pdfh import *

NN = "21"
write_request(NN, """
Dear Disclosure Scotland,

Please provide under FOISA:
1. The number of CCTV cameras at your Glasgow office (Waterloo Street).
2. The manufacturer(s) of these cameras, in particular whether any are Hikvision or Dahua.
3. Who is responsible for operating and maintaining the CCTV at this building.

Regards
Catriona Baird
""")
story = [Paragraph("Disclosure Scotland", HEAD),
         Paragraph("An Executive Agency of the Scottish Government", SMALL),
         Paragraph("PO Box 250 · Glasgow G51 1YU", SMALL), Spacer(1, 12),
         Paragraph("Our ref: FOI/202400431877<br/>18 October 2024", RIGHT),
         Paragraph("Dear Ms Baird", BODY),
         Paragraph("REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", BOLD)]
story += paras("""
Thank you for your request dated 23 September 2024. I have considered your request under FOISA and my
response is below.

Disclosure Scotland occupies leased office space within a multi-tenant building. The CCTV system at the
building, including all cameras covering the entrances, reception and common areas, is owned and operated
by the landlord through its appointed managing agent, and not by Disclosure Scotland. Disclosure Scotland
does not operate any CCTV cameras of its own at the building.

Accordingly, Disclosure Scotland does not have the information you have requested at questions 1 and 2.
This is a formal notice under section 17(1) of FOISA that we do not hold the information you have
requested. You may wish to contact the building's managing agent directly, although please note that
private companies are not subject to FOISA.

In relation to question 3, the system is operated and maintained on behalf of the landlord by its managing
agent. We do not hold details of any maintenance contractor appointed by the managing agent.

<b>Your right to request a review</b>

If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review
of the response, by writing to Disclosure Scotland's FOI Team. Your review request should explain why you
are dissatisfied with this response and should be made within 40 working days from the date when you
received this letter. If our review does not resolve your concerns, you may then apply to the Scottish
Information Commissioner for a decision. You can find more information about how to do this on the
Scottish Information Commissioner's website.

Yours sincerely

Neil Cuthbertson<br/>Corporate Services
""")
build(OUT / f"{NN}-reply.pdf", story, footer=lambda p: "www.mygov.scot/organisations/disclosure-scotland")
add_label(NN, "pdf", "scottish_gov", "foisa", "unknown", "unknown", "not_held", ["s17"], None,
          "Landlord's CCTV: 'does not operate any CCTV cameras of its own' sits beside a not-held notice, so this is not_held rather than zero cameras.")
