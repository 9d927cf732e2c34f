from pdfhelp import *
from common import *
NN = "09"
write_request(NN, """
To: Inverallan Council - Freedom of Information

Under the Freedom of Information (Scotland) Act 2002 I would like to request:

1. The number of public space CCTV cameras operated by the Council.
2. The manufacturers of those cameras.
3. The name of the company that maintains the system and the annual cost of the maintenance contract.
4. Whether any of the cameras are made by Hikvision or Dahua.

Regards,
Fiona MacRae
""")
P = lambda t, s=N: Paragraph(t, s)
flow = [P("Inverallan Council", H), P("Corporate Services – Information Management", N),
 P("Council Headquarters, Burgh Road, Inverallan IV31 6QW &nbsp;|&nbsp; foi@inverallan.gov.scot", SM), Spacer(1, 8),
 P("Ms F MacRae<br/>By e-mail", N),
 P("Our Ref: FOI-IA-24-01177<br/>Date: 26 September 2024", N),
 P("Dear Ms MacRae", N),
 P("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", B),
 P("Thank you for your request dated 29 August 2024 for information about public space CCTV. I have set out our response under each of your questions below.", N),
 P("<b>1. Number of public space CCTV cameras</b>", N),
 P("Inverallan Council operates 87 public space CCTV cameras: 52 in Inverallan town centre, 21 in Kinbrae and 14 in Port Ellis. These are monitored from the control room at Burgh Road.", N),
 P("<b>2. Manufacturers</b>", N),
 P("The public space cameras are manufactured by Axis Communications, Hanwha Vision and Bosch Security Systems. No other manufacturers' cameras form part of the public space system.", N),
 P("<b>3. Maintenance contractor and cost</b>", N),
 P("The system is maintained by Caledonian Integrated Security Ltd under a contract awarded in 2022 following a mini-competition on the Scotland Excel framework.", N),
 P("The annual value of the contract is withheld under section 33(1)(b) of FOISA (substantial prejudice to commercial interests). The contract is due for renewal and disclosure of the current price would, or would be likely to, prejudice substantially the commercial interests of both the Council and the contractor in the forthcoming procurement. We have considered the public interest in disclosure, including accountability for the spending of public money, but consider that on balance the public interest is better served by maintaining the exemption, so that the Council can obtain best value.", N),
 P("<b>4. Hikvision or Dahua</b>", N),
 P("Please see our answer to question 2.", N),
 Spacer(1, 6),
 P("<b>Your right to request a review</b>", N),
 P("If you are unhappy with this response you may ask the Council to carry out an internal review by writing to the Information Management Team at the address above within 40 working days of receiving this letter. Your review request should explain why you are dissatisfied.", N),
 P("If you are still not satisfied after the review, you have the right to apply to the Scottish Information Commissioner for a decision. You can apply online at www.foi.scot/appeal or write to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS. You must appeal within six months of receiving our review response.", N),
 P("Yours sincerely", N), Spacer(1, 14),
 P("Ruaridh Sinclair<br/>Information Management Officer", N)]
build(out(f"{NN}-reply.pdf"), flow, "FOI-IA-24-01177 response", "Inverallan Council · FOI-IA-24-01177 · OFFICIAL")
label(NN, "pdf", "pdf", "council", "foisa", "no", "no", "partially_answered", ["s33"], 87,
      "Q4 only points back to Q2, whose closed list of three makers leaves out both; FOISA s33(1)(b) withholds the contract cost.")
