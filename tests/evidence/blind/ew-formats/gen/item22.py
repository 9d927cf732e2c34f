from common import write_request, add_label, out
from rtf import Rtf

NN = "22"
write_request(NN, """
Request under FOISA

Could you tell me how many CCTV cameras are installed at the offices used by the Scottish Marine and Fisheries Agency, what make they are, and in particular are any made by Hikvision or Dahua? Please also tell me who is responsible for monitoring them and whether any have audio recording or facial recognition enabled.

Thanks
Euan Gilchrist
""")

r = Rtf(font="Times New Roman")
r.p("Scottish Marine and Fisheries Agency", bold=True, size=26, after=0)
r.p("An Executive Agency of the Scottish Government", size=18, after=0)
r.p("Harbour House, 14 Commercial Quay, Edinburgh EH6 6RT", size=18, after=360)
r.p("E Gilchrist", after=0)
r.p("Via email", after=240)
r.p("Our Reference: 202400418812", after=0)
r.p("Your Reference: N/A", after=0)
r.p("4 November 2024", after=240)
r.p("Dear Mr Gilchrist")
r.p("REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", bold=True)
r.p("Thank you for your request dated 7 October 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA) "
    "for information about CCTV cameras at the Agency's offices.")
r.p("Response to your request", bold=True)
r.p("I am sorry but we do not have the information you have requested.")
r.p("This is a formal notice under section 17(1) of FOISA that the Agency does not have the information you "
    "have requested. The Agency occupies Harbour House and its six coastal district offices under leases. CCTV at "
    "these buildings is installed, owned and operated by the landlords or their managing agents as part of the "
    "building services. The Agency does not own, monitor or maintain these systems and does not hold records of "
    "the number, make or capabilities of the cameras.")
r.p("The landlord of Harbour House is Forthside Property Holdings Ltd, whose managing agent is Calder & Rae "
    "Chartered Surveyors; you may wish to contact them directly. Please note that they are not Scottish public "
    "authorities for the purposes of FOISA.")
r.p("Your right to request a review", bold=True)
r.p("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of "
    "the response, by writing to Ms Alison Kerr, Head of Corporate Services, at the address above or "
    "foi@smfa.gov.scot. Your review request should explain why you are dissatisfied with this response, and should "
    "be made within 40 working days from the date when you received this letter. We will complete the review and "
    "tell you the result, within 20 working days from the date when we receive your review request.")
r.p("If you are not satisfied with the result of the review, you then have the right to make a formal appeal to "
    "the Scottish Information Commissioner. More detailed information on your appeal rights is available on the "
    "Commissioner's website at: www.foi.scot/appeal.")
r.p("Yours sincerely", after=360)
r.p("Graeme Baillie", after=0)
r.p("Corporate Services \u2013 Estates", after=0)
r.save(out(f"{NN}-reply.rtf"))
add_label(NN, "rtf", "scottish_gov", "foisa", "unknown", "unknown", "not_held", ["s17"], None,
          "FOISA section 17 not-held notice in RTF: the offices' CCTV belongs to landlords and their managing "
          "agents, so nothing about cameras or makers is held.")
