from rtfhelp import *
from common import *
NN = "19"
write_request(NN, """
Dear Mercia Vale Police,

This is a request under the Freedom of Information Act 2000 about body worn video (BWV).

1) How many body worn video cameras does the force currently have?
2) What is the make and model of these devices?
3) Are any of the force's body worn cameras made by Hikvision or Dahua?
4) What is the value of the current BWV contract?

Regards,
Simon Achebe
""")
paras = [
 ("h", "Mercia Vale Police"),
 ("s", "Freedom of Information Unit | PO Box 1024 | Hindlow | WR9 0XZ | foi@merciavale.police.uk"),
 ("r", "Request No: MVP-FOI-3107-24\n12 August 2024"),
 ("p", "Dear Mr Achebe,"),
 ("p", "Thank you for your request for information dated 15 July 2024 regarding body worn video. Your request has now been considered and I am able to provide the following response."),
 ("b", "1) How many body worn video cameras does the force currently have?"),
 ("p", "Mercia Vale Police has 2,150 body worn video devices. Devices are pooled and allocated at the start of each shift rather than issued to individual officers."),
 ("b", "2) What is the make and model of these devices?"),
 ("p", "Axon Body 3."),
 ("b", "3) Are any of the force's body worn cameras made by Hikvision or Dahua?"),
 ("p", "No."),
 ("p", "You may be interested to note that the force's fixed CCTV at two of its older custody suites includes some Hikvision cameras; these are due to be replaced as part of the custody refurbishment programme. Fixed CCTV is outside the scope of your request and no further information has been provided about it."),
 ("b", "4) What is the value of the current BWV contract?"),
 ("p", "The current contract, awarded in 2021 via the National Policing framework, has a value of \u00a33.42m over five years, inclusive of devices, docking stations and the digital evidence management licences."),
 ("b", "Complaint rights"),
 ("p", "If you are unhappy with the response you have received you may request an internal review by contacting the Freedom of Information Unit within 40 working days. If you remain dissatisfied following the internal review you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
 ("p", "Yours sincerely,"),
 ("p", "Alison Kerrigan\nFreedom of Information Officer\nMercia Vale Police"),
 ("s", "OFFICIAL. The information contained in this response is Crown copyright. It may be re-used under the Open Government Licence."),
]
open(out(f"{NN}-reply.rtf"), "w", encoding="ascii").write(rtf_doc(paras))
label(NN, "rtf", "rtf", "police", "foia", "no", "no", "answered", [], 2150,
      "Request is only about body-worn video: the BWV answer is 'No' for both, while an aside says fixed custody CCTV (outside the request) includes Hikvision; count is BWV devices.")
note("19: makers labelled 'no' because the request is only about body-worn video and the BWV answer is 'No'; the Hikvision custody CCTV mentioned in an aside is outside the request.")
