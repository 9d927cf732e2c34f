from common import *

NN = "10"
write_request(NN, """
Dear Sir/Madam

I would be grateful if you could answer the following questions under the Freedom of Information Act 2000 regarding the Trust's main hospital, Queen Adelaide Hospital.

1. How many CCTV cameras are there at the hospital?
2. Are any of the cameras manufactured by Hikvision?
3. Are any of the cameras manufactured by Dahua?
4. Who is responsible for the maintenance of the cameras?

Many thanks
Sunil Varghese
""")

r = Rtf()
r.p("Queen Adelaide Hospitals NHS Trust", bold=True, size=14)
r.p("Information Governance Department | Queen Adelaide Hospital | Lindley Road | Westhampton | WH9 4QA", size=8)
r.p("Email: qah.foi@nhs.net", size=8, space_after=360)
r.p("Mr S Varghese", space_after=0)
r.p("By e-mail")
r.p("7 January 2025", align="right")
r.p("Our ref: FOI 24-1431", align="right", space_after=240)
r.p("Dear Mr Varghese,")
r.p("Re: Request under the Freedom of Information Act 2000", bold=True)
r.p("Thank you for your email of 4 December 2024 in which you requested information about CCTV cameras at Queen Adelaide Hospital.")
r.p("Queen Adelaide Hospital was built and is maintained under a Private Finance Initiative (PFI) agreement. Under the terms of the Project Agreement, the CCTV system at the hospital is owned, operated and maintained by the Project Company, Lindley Road Healthcare (PFI) Ltd, through its facilities management provider, Ardent Integrated Services Ltd. The Trust does not have access to the system specification or asset records.")
r.p("I must therefore advise you that the Trust does not hold the information you have requested. This letter acts as a notice under section 1(1)(a) of the Freedom of Information Act 2000 that the information is not held.")
r.p("Private companies are not subject to the Freedom of Information Act; however, you may wish to contact Lindley Road Healthcare (PFI) Ltd directly at Unit 4, Meridian Court, Westhampton WH2 8LL.")
r.p("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of the response to your original letter and should be addressed to the Head of Information Governance at the address above.")
r.p("If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
r.p("Yours sincerely,", space_after=480)
r.p("Lorraine Whitcombe", space_after=0)
r.p("Freedom of Information Officer", space_after=0)
r.p("On behalf of Queen Adelaide Hospitals NHS Trust")
r.save(out(f"{NN}-reply.rtf"))
add_label(path=f"{NN}-reply.rtf", request_file=f"{NN}-request.txt", format="rtf", body_type="nhs", law="foia",
          hikvision="unknown", dahua="unknown", outcome="not_held", exemptions=[], camera_count=None,
          note="RTF letter: CCTV belongs to the PFI company so nothing is held; no exemption applied.")
