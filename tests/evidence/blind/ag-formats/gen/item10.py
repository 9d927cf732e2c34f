from lib import *
from docxlib import *
NN = "10"
write_request(NN, """Dear Kingdom Housing Association,

I am making a request under FOISA. For each of your developments, please tell me (a) whether CCTV is installed, (b) how many cameras, (c) the manufacturer and model of each camera and recorder, (d) whether any are Hikvision or Dahua, and (e) the name of the company which installed them and the date of installation. Please also (f) send me your CCTV policy.

Regards
Fraser Donnelly
""")
d = new_doc(font="Calibri")
letterhead(d, ["Kingdom Housing Association", "Saltire Centre, Pentland Court, Glenrothes KY6 2DA", "T: 01592 630 922  E: foi@kingdomhousing.org.uk", "Scottish Charity No. SC0XXXXX  |  Registered Social Landlord HEP 2XX"], color=(80, 40, 120))
para(d, "Our Ref: KHA/FOI/2025/041\nYour Ref: email of 8 May 2025\nDate: 4 June 2025")
para(d, "Dear Mr Donnelly")
para(d, "REQUEST FOR INFORMATION - CCTV AT KINGDOM DEVELOPMENTS", bold=True)
para(d, "We refer to your request for information received on 8 May 2025, which we have dealt with under the Freedom of Information (Scotland) Act 2002 (FOISA).")
para(d, "Decision", bold=True)
para(d, "Kingdom manages over 4,500 homes in more than 300 developments across Fife, Clackmannanshire, Falkirk, Perth & Kinross and Stirling. CCTV, where present, has been installed at different times by different contractors, often as part of the original development contract, and is recorded in individual development files rather than in a central asset register. To establish which developments have CCTV, and then the number, make and model of each camera and recorder and the installation details, would require staff to review each development file and, in many cases, to arrange site inspections.")
para(d, "We estimate that even a review of the files alone would take in excess of 80 hours. At the rate of £15 per hour set by the Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004, this would far exceed the upper cost limit of £600.")
para(d, "Section 12(1) of FOISA provides that a Scottish public authority is not obliged to comply with a request where the cost of doing so would exceed the prescribed amount. We are therefore not obliged to comply with your request. As the cost of complying with parts (a) to (e) on their own exceeds the limit, we have applied section 12 to the request as a whole, including part (f).")
para(d, "Advice and assistance", bold=True)
para(d, "In line with our duty under section 15 of FOISA, you may wish to submit a narrower request, for example limited to a small number of named developments, or to the developments in a single local authority area. Please note that our CCTV Policy is due for review and we would be happy to consider a separate request for it.")
para(d, "Your right to request a review", bold=True)
para(d, "If you are unhappy with this response, you can ask us to review it by writing to the Governance Manager at the above address, or by email, within 40 working days of receiving this letter. If you are still dissatisfied after the review, you have the right to apply to the Scottish Information Commissioner for a decision. You can apply online at www.foi.scot/appeal or write to: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS. You must apply to the Commissioner within six months of receiving our review response.")
para(d, "Yours sincerely")
para(d, "\nLorna Baird\nGovernance Officer")
header_footer(d, foot="Kingdom Housing Association Limited is a registered Scottish charity and a registered social landlord.")
d.save(path(f"{NN}-reply.docx"))
append_label(NN, "docx", "other", "foisa", "unknown", "unknown", "refused", ["s12"], None,
             "A Scottish housing association refuses the whole request on FOISA cost grounds while describing its estate size (homes and developments, not cameras), with section 15 advice that is not an exemption.")
