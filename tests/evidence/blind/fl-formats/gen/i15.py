from lib import *
NN = "15"
write_request(NN, """
To the Scottish Records and Archives Agency

Request under the Freedom of Information (Scotland) Act 2002.

Question 1: How many CCTV cameras are installed at the Agency's offices?
Question 2: Are any of these cameras manufactured by Hikvision or Dahua?
Question 3: Please send me the Agency's CCTV policy or code of practice.

Regards
Iain Drummond
""")
story = [
    P("Scottish Records and Archives Agency", H),
    P("Corporate Services Directorate<br/>Tolbooth Court, 14 Gayfield Row, Edinburgh EH7 4QN<br/>T: 0131 496 0712 &nbsp; E: foi@srsaa.gov.scot", SMALL),
    Spacer(1, 8),
    P("Mr I Drummond<br/>By email", BODY),
    P("Our reference: FOI/202400418533<br/>13 August 2024", RIGHT),
    P("Dear Mr Drummond", BODY),
    P("<b>REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)</b>", BODY),
    P("Thank you for your request dated 16 July 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA), in which "
      "you asked for the information set out in the annex to this letter.", BODY),
    P("<b>Response to your request</b>", BODY),
    P("The Agency occupies Tolbooth Court under a lease. The building's CCTV system is owned, operated and maintained by "
      "the landlord, Gayfield Estates (Edinburgh) Ltd, through its managing agent. The Agency does not have access to the "
      "system and holds no records of the number, make or model of the cameras, nor a CCTV policy or code of practice.", BODY),
    P("Under section 17(1) of FOISA, I must tell you that the Agency does not hold the information you have requested. "
      "This is a formal notice under section 17(1).", BODY),
    P("Under our duty to provide advice and assistance (section 15 of FOISA) you may wish to contact the managing agent, "
      "Lorne Property Management, 9 Canning Street, Edinburgh EH3 8EG. Please note that as a private company it is not "
      "subject to FOISA.", BODY),
    P("<b>Your right to request a review</b>", BODY),
    P("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the "
      "response, by writing to the Head of Corporate Services at the address above. Your review request should explain why "
      "you are dissatisfied with this response, and should be made within 40 working days from the date when you "
      "received this letter. We will complete the review and tell you the result within 20 working days from the date "
      "when we receive your review request.", BODY),
    P("If you are not satisfied with the result of the review, you then have the right to make an appeal to the Scottish "
      "Information Commissioner. More detailed information on your appeal rights is available on the Commissioner's "
      "website at: www.foi.scot/appeal.", BODY),
    P("Yours sincerely", BODY),
    Spacer(1, 12),
    P("Fiona MacAskill<br/>Information Governance Manager", BODY),
    PageBreak(),
    P("<b>Annex - Your request</b>", BODY),
    P("Question 1: How many CCTV cameras are installed at the Agency's offices?<br/>"
      "Question 2: Are any of these cameras manufactured by Hikvision or Dahua?<br/>"
      "Question 3: Please send me the Agency's CCTV policy or code of practice.", BODY),
]
build_pdf(out(f"{NN}-reply.pdf"), story,
          hf(header_right="FOI/202400418533", footer_left="OFFICIAL", footer_center="Scottish Records and Archives Agency",
             page_fmt="page {n} of {t}", total=2),
          title="FOI/202400418533", author="SRAA")
label(NN, "pdf", "scottish_gov", "foisa", "unknown", "unknown", "not_held", ["s17"], None,
      "FOISA s17 not-held notice: the landlord runs the CCTV; s15 advice and the annex repeating the request are noise")
