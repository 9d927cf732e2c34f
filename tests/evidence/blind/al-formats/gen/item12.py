from common import *

REQ = """Dear University of Harlow Vale,

Under the Freedom of Information Act please tell me about the CCTV in the university's student halls of residence (Meridian Village and Thames Court):

Q1 How many CCTV cameras are there in each hall?
Q2 Who manufactured them? In particular are any made by Hikvision or Dahua?
Q3 Are any cameras located in kitchens or communal lounges?

Thanks,
Eleanor Frost"""
write_request("12", REQ)

pdf = make_pdf("University of Harlow Vale - Information Compliance Office", "FOI ref: UHV/IC/24-0552",
               "UHV/IC/24-0552  -  Freedom of Information Act 2000 response")
pdf.para("Information Compliance Office\nUniversity of Harlow Vale\nFenwick Building, College Road\nHarlow Vale HV3 8TP\ninfo.compliance@harlowvale.ac.uk", size=9.5)
pdf.para("18 November 2024")
pdf.para("Dear Ms Frost")
pdf.heading("Freedom of Information Act 2000 - Request for information: CCTV in halls of residence")
pdf.para("Thank you for your email of 23 October 2024 requesting information about CCTV cameras in Meridian Village and Thames Court.")
pdf.para("Having made enquiries, I can confirm that the University does not hold the information you have requested.")
pdf.para("Meridian Village and Thames Court are privately owned and managed student residences. The buildings, including their security systems and CCTV, are owned and operated by Unite Students and Fresh Student Living respectively, under nomination agreements with the University. The University reserves bed spaces in these residences for its students but is not responsible for the management of the buildings and does not hold records of the CCTV equipment installed there. The accommodation providers are not public authorities for the purposes of the Freedom of Information Act and so are not obliged to respond to requests made under the Act; however, you may wish to contact them directly:")
pdf.para("Meridian Village - Unite Students, customer services, via www.unitestudents.com\nThames Court - Fresh Student Living, via www.freshstudentliving.co.uk", size=10)
pdf.para("This letter therefore acts as a notice under section 17 of the Act that the information is not held.")
pdf.para("Please note that the University's own CCTV, which covers its academic and administrative buildings, was not within the scope of your request. If you wish to make a separate request regarding those cameras, please let us know.")
pdf.heading("Your rights")
pdf.para("If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Requests for internal review should be made in writing to the Information Compliance Office, at the address above, within 40 working days of the date of this letter.")
pdf.para("If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, or via www.ico.org.uk.")
pdf.para("Yours sincerely")
pdf.para("Hannah Okafor\nInformation Compliance Manager")
pdf.add_page()
pdf.heading("Re-use of information")
pdf.para("Most of the information that we provide in response to Freedom of Information Act 2000 requests will be subject to copyright protection. In most cases the copyright will be owned by the University of Harlow Vale. The copyright in other information may be owned by another person or organisation, as indicated on the information itself.")
pdf.para("You are free to use any information supplied for your own use, including for non-commercial research purposes. The information may also be used for the purposes of news reporting. However, any other type of re-use, for example by publishing the information or issuing copies to the public, will require the permission of the copyright owner.")
pdf.para("For information where the copyright is owned by the University, details of the conditions on re-use can be found on our website. For information where the copyright is owned by another person or organisation, you must apply to the copyright owner to obtain their permission.")
pdf.output(p("12-reply.pdf"))
add_label("12", "pdf", "university", "foia", "unknown", "unknown", "not_held", [], None,
          "The halls' cameras belong to private accommodation providers so the reply is not held, and its s17 mention is only a notice, not an exemption, while the university's own CCTV is expressly out of scope.")
