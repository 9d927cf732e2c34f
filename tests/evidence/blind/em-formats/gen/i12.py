from common import *
from scankit import *

write_request("12", """
Dear Tayforth Fire and Rescue Service,

I am requesting the following information under the Freedom of Information (Scotland) Act 2002.

1. How many CCTV cameras are installed across TFRS premises (stations, training centres, offices)?
2. Are any of these made by Hikvision or Dahua?
3. How much has TFRS spent on purchasing and installing CCTV in each of the last three years?

Thanks
Callum Boyd
""")

p = Page(130)
p.text("Tayforth Fire and Rescue Service", "sansb", 38, 4, align="right")
p.text("Working together for a safer Tayforth", "sans", 20, 4, align="right")
p.text("Information Governance  |  Carsebank House  |  Inchmurrin Road  |  Perthgate PH99 2TF", "sans", 18, 26, align="right")
p.rule(24)
p.text("Mr C Boyd\nBy email", gap=20)
p.text("Our Ref: FOI/2024/0716\nDate: 22 May 2024", gap=20)
p.text("Dear Mr Boyd", gap=14)
p.text("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUEST FOR INFORMATION", "serifb", 25, 14)
p.text("Thank you for your request for information received on 24 April 2024. Our response to each part of your request is given below.", gap=14)
p.text("1.  TFRS has approximately 230 CCTV cameras installed across its estate. These are mainly external cameras at community fire stations, our training centres and the three Operations Control rooms.", gap=14)
p.text("2.  We can confirm that none of the cameras are manufactured by Hikvision or Dahua.", gap=14)
p.text("3.  CCTV installation at TFRS premises has been carried out as part of wider property works and minor capital projects, and the cost of the CCTV element is not recorded separately. TFRS therefore does not hold the information you have requested, and in terms of section 17 of the Freedom of Information (Scotland) Act 2002 this letter serves as notice that the information is not held.", gap=14)
p.text("If you are dissatisfied with the way we have dealt with your request, you are entitled to request a review of our actions and decisions. Your request must be made in writing within 40 working days of receipt of this letter, stating the reasons for your dissatisfaction, to the Information Governance Manager at the address above or by email to foi@tayforthfire.example.", gap=14)
p.text("If you are not satisfied with the outcome of the review, you can apply to the Scottish Information Commissioner for a decision. You must do so within six months of receiving our review response. The Commissioner's office can be contacted at Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal.", gap=22)
p.text("Yours sincerely", gap=40)
p.text("Fiona Drummond", "serif", 30, 0)
p.text("Information Governance Officer", gap=0)
im = degrade(p.im, -0.9, 12, speck=1400)
save_pdf([im], out("12-reply.pdf"))
label("12", "12-reply.pdf".split(".")[-1], "scan", "fire", "foisa", "no", "no", "partially_answered", ["s17"], 230,
      "image-only scan; approx. count; joint 'none' for both makers; FOISA s17 not-held notice for costs")
