from common import *

write_text("03-request.txt", """
To: Falkirk Council
Subject: FOISA request - public space CCTV

Hello,

Under the Freedom of Information (Scotland) Act 2002 please could you tell me:

1. How many public space CCTV cameras does Falkirk Council operate?
2. Are any of the cameras manufactured by Hikvision or Dahua?
3. If yes to Q2, how many of each, and are there any plans to replace them?
4. Do any of the cameras have facial recognition or audio recording capability?
5. Where are the cameras monitored from?

Thanks in advance,
Callum Drysdale
""")

blocks = [
    ("p", "Falkirk Council", {"bold": 1, "align": "right"}),
    ("p", "Governance\nMunicipal Buildings\nFalkirk FK1 5RS", {"align": "right"}),
    ("p", "Our Ref: FOI-0433-24\nDate: 19 February 2024\nEnquiries to: Information Management\nDirect dial: 0131 496 0722"),
    ("p", "Mr C Drysdale"),
    ("p", "Dear Mr Drysdale"),
    ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
    ("p", "I refer to your request for information received 24 January 2024. Your request has been considered and I now provide the information below."),
    ("p", "1.  212"),
    ("p", "2.  No"),
    ("p", "3.  N/A"),
    ("p", "4.  No"),
    ("p", "5.  Falkirk Council CCTV Control Room, Falkirk town centre."),
    ("p", "If you are dissatisfied with the way in which the Council has dealt with your request, you are entitled to require the Council to review its decision. Please note that in order for a review to take place you are required to submit your request within 40 working days of the date of this letter, stating the reason(s) for your dissatisfaction. Your request for review should be sent to the Governance Manager at the address above or by email to foi.reviews@falkirk.gov.uk."),
    ("p", "If you remain dissatisfied following the review you have the right to apply to the Scottish Information Commissioner for a decision. You can apply online at www.foi.scot/appeal or write to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS. An appeal to the Commissioner must be made within six months of receipt of the review outcome. Should you then wish to appeal against the Commissioner's decision, there is a right of appeal to the Court of Session on a point of law only."),
    ("p", "Yours sincerely"),
    ("blank",),
    ("p", "Morag Keenan\nInformation Management Officer"),
]
write_odt("03-reply.odt", blocks)

add_label("03", "odt", "odt", "council", "foisa", "no", "no", "answered", [], 212,
          "OpenDocument letter with bare numbered answers ('1. 212 2. No 3. N/A') only intelligible with the request; the 'No' answers a question naming Hikvision and Dahua together, so both are 'no'.")
