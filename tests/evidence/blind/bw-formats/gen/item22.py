from common import *
from odtutil import Odt

N = 22
write_request(N, """
Dear Dumfries and Galloway Council

Please provide the following information under the Freedom of Information (Scotland) Act 2002.

1) How many public space CCTV cameras does the Council operate, and in which towns?
2) What makes of camera are used?
3) Do you use Hikvision?
4) Do you use Dahua?
5) Please provide copies of any contracts with the company that supplied the cameras.
6) How many times was footage provided to Police Scotland in 2023?

Many thanks
Struan Kerr-Baillie
""")
o = Odt(font="Liberation Serif")
o.p("DUMFRIES AND GALLOWAY COUNCIL", o.hd)
o.p("Legal and Democratic Services – Information Management\nCouncil Offices, English Street, Dumfries DG1 2DD", o.right)
o.p("Our Ref: DGC-FOISA-2024-1032\nYour Ref: email of 7 March 2024\nDate: 3 April 2024")
o.p("Dear Mr Kerr-Baillie")
o.p("REQUEST FOR INFORMATION – FREEDOM OF INFORMATION (SCOTLAND) ACT 2002", o.hd)
o.p("Thank you for your request for information which was received by the Council on 7 March 2024. Your request has "
    "been considered and the Council's response is set out below.")
o.table([["Question", "Response"],
         ["1) Number and towns", "The Council operates 96 public space cameras: Dumfries (41), Stranraer (17), "
          "Annan (12), Castle Douglas (9), Dalbeattie (6), Lockerbie (6) and Newton Stewart (5)."],
         ["2) Makes", "Axis Communications, Vivotek and Dahua."],
         ["3) Hikvision", "See answer to 2)."],
         ["4) Dahua", "See answer to 2). The Dahua units are located in Stranraer and Newton Stewart."],
         ["5) Contracts", "The Council considers that the contract documents are exempt under section 33(1)(b) "
          "(commercial interests) of FOISA. Disclosure would, or would be likely to, prejudice substantially the "
          "commercial interests of the contractor and of the Council in future procurement exercises. Having considered "
          "the public interest, the Council has concluded that it lies in maintaining the exemption."],
         ["6) Footage to Police Scotland", "The Council does not record the number of occasions on which footage is "
          "provided to Police Scotland in a way that allows this to be extracted. In terms of section 17(1) of FOISA, "
          "the Council gives you notice that it does not hold this information."]],
        ["4.5cm", "11.5cm"])
o.p("")
o.p("Your right to seek a review", o.hd)
o.p("Should you be dissatisfied with the way in which the Council has dealt with your request, you are entitled in the "
    "first instance to require the Council to review its decision. Please note that for this to happen you must write "
    "to the Council within 40 working days from the date of this letter, giving your reasons for dissatisfaction. "
    "Requests for review should be made to the Head of Legal and Democratic Services at the address above or "
    "foi@dumgal.gov.uk.")
o.p("Following the review, if you remain dissatisfied you have the right to apply to the Scottish Information "
    "Commissioner for a decision. The Commissioner can be contacted at Kinburn Castle, Doubledykes Road, St Andrews, "
    "Fife KY16 9DS; www.foi.scot/appeal.")
o.p("Yours sincerely")
o.p("\nAlison McCubbin\nInformation Management Officer")
o.save(out(N, "odt"))
add_label(N, "odt", "council", "foisa", "no", "yes", "partially_answered", ["s33", "s17"], 96,
          "Q3/Q4 only say 'See answer to 2)' — complete maker list omits Hikvision; contracts withheld s33, footage figure not held s17")
