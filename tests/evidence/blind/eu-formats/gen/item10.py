from common import *
from rtf import RTF

r = RTF()
r.p("Scottish Estates and Grants Agency", bold=True, size=30, color=True)
r.p("An Executive Agency of the Scottish Government", size=18)
r.p("Saughton House Annex\nBroomhouse Drive\nEdinburgh EH11 3XF\nfoi@sega.example.gov.scot", align="r", size=18)
r.p("Ms Fiona McAlister\nBy email")
r.p("Our ref: FOI/202400418722\n12 September 2024")
r.p("Dear Ms McAlister")
r.p("REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", bold=True)
r.p("Thank you for your request dated 15 August 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA). You asked four questions about CCTV at the Agency's offices. I have set out each question and our response below.")
r.p("1) How many CCTV cameras are in operation at the Agency's offices?", bold=True)
r.p("The Agency occupies three offices. The number of CCTV cameras in operation at each is:")
r.table([["Office", "Cameras"], ["Edinburgh (Broomhouse Drive)", "18"], ["Inverness (Longman Road)", "9"], ["Galashiels (Tweed Street)", "7"]], [4200, 1800])
r.p("2) What is the make and model of each camera?\n3) Are any of the cameras or recorders made by Hikvision or Dahua?", bold=True)
r.p("The Agency does not hold this information. All three offices are shared Scottish Government buildings and the CCTV installed in them is supplied, owned and maintained by the facilities management provider under the Scottish Government's estate-wide contract. The Agency has no role in the procurement or maintenance of the equipment and does not hold records of its make or model.")
r.p("Under section 17(1) of FOISA, this letter serves as formal notice that the Scottish Estates and Grants Agency does not hold the information you have requested at questions 2 and 3.")
r.p("In line with our duty under section 15 of FOISA to provide advice and assistance, you may wish to direct these questions to the Scottish Government, which manages the estate contract: ceu@gov.scot.example")
r.p("4) Who monitors the cameras?", bold=True)
r.p("The cameras are monitored by the on-site security staff at each building, employed by Caledon FM Services Ltd. Agency staff do not monitor the cameras.")
r.p("YOUR RIGHT TO REQUEST A REVIEW", bold=True)
r.p("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to Head of Corporate Services, Scottish Estates and Grants Agency, at the address above. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.")
r.p("If you are not satisfied with the result of the review, you then have the right to make a formal complaint to the Scottish Information Commissioner. More detailed information on your appeal rights is available on the Commissioner's website at: www.foi.scot/appeal.")
r.p("Yours sincerely")
r.p("\nAlasdair Mackenzie-Rose\nInformation Rights Officer")
r.save(out("10-reply.rtf"))

add_label(path="10-reply.rtf", request_file="10-request.txt", format="rtf", body_type="scottish_gov",
          law="foisa", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s17"],
          camera_count=34,
          note="FOISA RTF letter: per-office camera table with no total row, makes not held under a FOISA s17 notice, and a s15 advice paragraph that is not an exemption.")
