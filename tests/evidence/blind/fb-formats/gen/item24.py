from common import *
d = docx_doc("Arial", 12)
d.sections[0].header.paragraphs[0].text = "Transport Scotland\tAn agency of the Scottish Government"
docx_paras(d, """Rachel Imrie
By email

Our reference: FOI/24/01987
Date: 27 November 2024

Dear Ms Imrie

[[b]]Request under the Freedom of Information (Scotland) Act 2002[[/b]]

Thank you for your request dated 30 October 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA).

[[b]]Your request[[/b]]
You asked about traffic CCTV cameras on the trunk road network (your questions are set out in the table below).

[[b]]Response to your request[[/b]]
I enclose a copy of some of the information you requested. While our aim is to provide information whenever possible, in this instance Transport Scotland does not have some of the information you have requested.""")
docx_table(d, [
    ["Question", "Response"],
    ["a) How many CCTV cameras are operated on the trunk road network?",
     "There are 1,142 Traffic Scotland CCTV cameras on the trunk road network:\nNorth West unit – 214\nNorth East unit – 188\nSouth West unit – 402\nSouth East unit – 338"],
    ["b) Who manufactures the cameras? Are any of them made by Hikvision or Dahua?",
     "Transport Scotland does not hold this information. Cameras are procured, installed and maintained by the Operating Companies under the Trunk Road Operating Contracts and the Traffic Scotland Technology Maintenance Contract, and details of equipment manufacturers are not held by Transport Scotland. This is a formal notice under section 17(1) of FOISA that Transport Scotland does not have the information you have requested."],
    ["c) Are any of the traffic CCTV cameras used for ANPR?",
     "No. Traffic Scotland CCTV cameras are used for traffic monitoring and incident management only and are not used for ANPR. Average speed camera systems are operated by the Safety Camera Programme and are not part of the Traffic Scotland CCTV network."],
], widths_cm=[6, 10.5])
docx_paras(d, """
[[b]]Your right to request a review[[/b]]
If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Director of Roads, Transport Scotland, George House, 36 North Hanover Street, Glasgow G1 2AD. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter.

If our review does not satisfy you, you have the right to make an application to the Scottish Information Commissioner for a decision, and after that, to appeal to the Court of Session on a point of law.

Yours sincerely

Kenneth Drummond
Network Operations""")
d.save(out("24-reply.docx"))
label("24", "docx", "scottish_gov", "foisa", "unknown", "unknown", "partially_answered", ["s17"], 1142,
      "Scottish Government agency .docx Q&A table; total written with a thousands comma (1,142) above a per-unit breakdown; makers not held (FOISA s17(1) notice) because contractors procure the cameras; ANPR 'No'.",
      "Transport Scotland .docx, FOISA; 1,142 cameras; makers not held s17; ANPR no.")
