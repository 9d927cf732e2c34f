from common import *

NN = "21"
write_request(NN, """
To Thamesmead and Downs Constabulary FOI Unit

Please provide under the Freedom of Information Act 2000:

1. The number of CCTV cameras installed at (a) police stations, (b) custody suites and (c) the force control room.
2. Whether any of these cameras, or any recorders, are manufactured by Hikvision.
3. Whether any of these cameras, or any recorders, are manufactured by Dahua.
4. If yes to 2 or 3, whether there are plans to remove them.

Thanks,
Philippa Gorringe
""")

r = Rtf(font="Arial")
r.p("THAMESMEAD AND DOWNS CONSTABULARY", bold=True, size=14)
r.p("Information Rights Unit, Force Headquarters, Downs Way, Maidling, ME19 9TD", size=8, space_after=360)
r.p("Ms P Gorringe", space_after=0)
r.p("Email only", space_after=240)
r.p("Date: 28/04/2025", align="right", space_after=0)
r.p("Reference: FOI-TDC-2025-00871", align="right", space_after=240)
r.p("Dear Ms Gorringe,")
r.p("FREEDOM OF INFORMATION REQUEST – CCTV AT POLICE PREMISES", bold=True)
r.p("Thank you for your request for information received on 31 March 2025. Your request has now been considered and I am not obliged to supply the information you have requested.")
r.p("Section 17 of the Freedom of Information Act 2000 requires Thamesmead and Downs Constabulary, when refusing to provide such information (because the information is exempt), to provide you with a notice which: (a) states that fact, (b) specifies the exemption in question and (c) states (if that would not otherwise be apparent) why the exemption applies.")
r.p("Question 1", bold=True)
r.p("The number of cameras at each type of premises is exempt under sections 24(1) (National Security) and 31(1)(a)(b) (Law Enforcement).")
r.p("Questions 2 to 4", bold=True)
r.p("Thamesmead and Downs Constabulary can neither confirm nor deny that it holds any information relevant to these questions by virtue of the following exemptions: s.24(2)/31(3).")
r.p("Harm", bold=True)
r.p("To confirm or deny whether equipment of a specific manufacturer is or is not installed at police premises would allow individuals to build a picture of the security infrastructure protecting police buildings, custody suites and the control room. When combined with other responses across the Police Service, such disclosures would reveal which forces use particular equipment, allowing those with criminal or hostile intent to target known vulnerabilities in that equipment. Similarly, numbers of cameras by type of premises would indicate the level of coverage available at sensitive sites.")
r.p("Public interest test", bold=True)
r.p("Factors favouring disclosure: there is a public interest in transparency regarding the procurement of surveillance equipment, particularly where concerns have been raised nationally about certain manufacturers. Factors favouring non-disclosure: the security of the police estate and the safety of those detained in custody and of officers and staff. Any information which undermines that security would not be in the public interest.")
r.p("Balancing the above, the Constabulary considers that the public interest in maintaining the exemptions outweighs that in disclosure. This should not be taken as an indication that the information you requested is or is not held.")
r.p("Complaint rights", bold=True)
r.p("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this response you may request an internal review within 40 working days. You also have the right to complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, once the internal review process has been completed.")
r.p("Yours sincerely,", space_after=480)
r.p("Mark Oyelaran", space_after=0)
r.p("Information Rights Officer", space_after=0)
r.p("Thamesmead and Downs Constabulary")
r.save(out(f"{NN}-reply.rtf"))
add_label(path=f"{NN}-reply.rtf", request_file=f"{NN}-request.txt", format="rtf", body_type="police", law="foia",
          hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s24", "s31"], camera_count=None,
          note="RTF police refusal: counts withheld under s24(1)/s31(1) and NCND on makers under 's.24(2)/31(3)'; s17 is the refusal notice, not an exemption.")
