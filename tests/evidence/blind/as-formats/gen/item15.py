from common import *
from reportlab.lib.units import cm
NN = "15"
write_request(NN, """
To whom it may concern,

Please provide, for every department, faculty, residence and sports facility of the University:
(1) the number of CCTV cameras;
(2) the make and model of every camera and recorder;
(3) the date each was purchased and the price paid;
(4) whether any camera is made by Hikvision, Dahua, or any company on the US FCC Covered List;
(5) copies of all DPIAs covering CCTV since 2015.

Regards,
Chris Oyelaran
""")

def story():
    return [P("<b>University of Wessex</b>", "Title"),
            P("Governance and Legal Services, Highfield Campus, Southampton SO17 1BJ"),
            P("Our reference: FOI-2024-0771"),
            P("22 November 2024"),
            P("Dear Mr Oyelaran,"),
            P("<b>Request for information under the Freedom of Information Act 2000 (FOIA)</b>"),
            P("We received your request for information on 25 October 2024. The University has considered your "
              "request and we write to advise you of our decision."),
            P("<b>Decision</b>"),
            P("The University is not obliged to comply with your request under section 12(1) of the FOIA, because "
              "the cost of complying would exceed the appropriate limit. The appropriate limit for universities is "
              "set at £450, which equates to 18 hours of staff time at £25 per hour, as set out in the Freedom of "
              "Information and Data Protection (Appropriate Limit and Fees) Regulations 2004."),
            P("CCTV at the University is not managed through a single system. Although Estates & Facilities "
              "operate a central security system, a significant number of additional systems have been purchased "
              "and installed locally by individual faculties, research groups, the Students' Union, Wessex Sport "
              "and our residences partners, using local budgets. There is no central register of these systems and "
              "purchase records are held across three finance ledgers going back to 2012."),
            P("To answer your request we estimate that the following activities would be required:"),
            ptable([["Activity", "Estimated time"],
                    ["Contacting 41 budget holders and facilities managers to identify local systems", "10 hours"],
                    ["Physical survey of buildings to identify make and model of each camera and recorder (c. 190 buildings)", "60+ hours"],
                    ["Searching purchase ledgers 2012–2024 for CCTV-related transactions and matching them to equipment", "25 hours"],
                    ["Locating and retrieving DPIAs held by individual departments", "6 hours"]],
                   col_widths=[12 * cm, 5 * cm]),
            P(""),
            P("As the estimate well exceeds 18 hours, section 12 applies to the request as a whole. Where section 12 "
              "applies to one part of a request the authority is not obliged to comply with any of it, and so we "
              "have not provided information in response to questions (1) to (5)."),
            P("<b>Advice and assistance (section 16)</b>"),
            P("You may wish to submit a refined request. For example, a request limited to the central security "
              "system managed by Estates & Facilities, and to the number and manufacturers of its cameras only, is "
              "likely to be answerable within the limit. Please note that any refined request will be treated as a "
              "new request."),
            P("This letter acts as a refusal notice under section 17 of the FOIA."),
            P("<b>Your right to complain</b>"),
            P("If you are unhappy with the way in which the University has handled your request you may ask for an "
              "internal review. Please write to the Head of Governance at foi@wessex.ac.uk within 40 working days "
              "of the date of this letter. If you remain dissatisfied following the internal review you have the "
              "right under section 50 of the FOIA to complain to the Information Commissioner."),
            P("Yours sincerely,"),
            P("Dr Eleanor Fitch<br/>Information Governance Manager<br/>On behalf of the University of Wessex")]

open(path(f"{NN}-reply.pdf"), "wb").write(pdf_bytes(story, header_left="University of Wessex — Governance and Legal Services",
                                                     header_right="FOI-2024-0771", footer_left="Public"))
add_label(NN, "pdf", "university", "foia", "unknown", "unknown", "refused", ["s12"], None,
          "cost-limit refusal of the whole request; s16, s17 and s50 mentioned but are not exemptions; 'c. 190 buildings' is not a camera count")
