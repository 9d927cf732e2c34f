from common import *
from odfhelp import Odt

NN = "05"
write_request(NN, """
Dear Inverlarig Council

I am writing to request information under the Freedom of Information (Scotland) Act 2002.

(a) How many public space CCTV cameras does the council operate in each town centre?
(b) Who manufactures the public space CCTV cameras?
(c) Are any of the cameras manufactured by Hikvision or Dahua?
(d) Who monitors the cameras and during what hours?

Regards
Callum Dreghorn
""")

d = Odt()
d.head("Inverlarig Council")
d.p("Corporate Information Team, Council Headquarters, Burnside Road, Dunmarnock DK3 2RB", style=d.small)
d.p("")
d.p("Our Ref: FOISA-2025-00412\nYour Ref: –\nDate: 3 April 2025", style=d.right)
d.p("Mr C Dreghorn")
d.p("Dear Mr Dreghorn")
d.p("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION", bold=True)
d.p("Thank you for your request for information which we received on 6 March 2025. We have now completed our search for the information you requested and our response to each part of your request is set out below.")
d.p("(a) How many public space CCTV cameras does the council operate in each town centre?", bold=True)
d.table([["Town centre", "Public space cameras"], ["Dunmarnock", "34"], ["Kelsbridge", "18"], ["Port Allan", "9"], ["Strathlee", "12"]], [7, 5])
d.p("")
d.p("(b) Who manufactures the public space CCTV cameras?", bold=True)
d.p("The cameras are manufactured by Axis, Bosch and Hanwha.")
d.p("(c) Are any of the cameras manufactured by Hikvision or Dahua?", bold=True)
d.p("Please refer to our response to part (b).")
d.p("(d) Who monitors the cameras and during what hours?", bold=True)
d.p("The cameras are monitored by council CCTV operators from the Dunmarnock control room. The control room is staffed 24 hours a day, 365 days a year.")
d.p("Your right to seek a review", bold=True)
d.p("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Corporate Information Team, Council Headquarters, Burnside Road, Dunmarnock DK3 2RB or foi@inverlarig.gov.scot. Your review request must explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.")
d.p("If you are not satisfied with the result of the review, you then have 6 months in which to apply to the Scottish Information Commissioner for a decision. You can apply online, by email to enquiries@foi.scot, or by letter to Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife, KY16 9DS.")
d.p("Should you then wish to appeal against the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only.")
d.p("Yours sincerely")
d.p("")
d.p("Fiona McAndrew\nInformation Officer")
d.save(out(f"{NN}-reply.odt"))
add_label(path=f"{NN}-reply.odt", request_file=f"{NN}-request.txt", format="odt", body_type="council", law="foisa",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=73,
          note="Per-town table without a total (34+18+9+12); Hikvision/Dahua question answered only by reference to a complete list of makers that leaves both out.")
