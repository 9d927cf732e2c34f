import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import new_letter, para

OUT = os.path.join(os.path.dirname(__file__), "..", "22-reply.docx")
doc = new_letter(["Aldermoor Hospital NHS Trust", "Information Governance Office",
                  "Aldermoor General Hospital, Moor Lane", "Ashburton AB7 3ND",
                  "Tel: 01364 552 090  |  foi@aldermoor.nhs.uk"])
para(doc, "Ms S Whitlock\ns.whitlock.foi@gmail.com")
para(doc, "Our Ref: FOI/24/0871\nDate: 5 November 2024")
para(doc, "Dear Ms Whitlock")
para(doc, "Freedom of Information Act 2000 - Request for Information", bold=True)
para(doc, "Thank you for your request, received on 10 October 2024. Under section 1(1)(a) of the Act the Trust is required to confirm whether it holds the information you have requested.")
para(doc, "Aldermoor General Hospital, from which the Trust provides all of its services, was built and is operated under a Private Finance Initiative (PFI) scheme. Under the PFI Project Agreement the provision, operation and maintenance of the hospital's security systems, including CCTV, is the responsibility of the PFI Project Company, Aldermoor Healthcare (Holdings) Ltd. The Trust does not own the CCTV equipment and information about it is held by the Project Company, not by the Trust or on its behalf.")
para(doc, "(a) The number of CCTV cameras at the Trust's hospital(s).", italic=True)
para(doc, "Not held.")
para(doc, "(b) Whether any are manufactured by Hikvision.", italic=True)
para(doc, "Not held.")
para(doc, "(c) Whether any are manufactured by Dahua.", italic=True)
para(doc, "Not held.")
para(doc, "(d) Who maintains the CCTV system, and the annual cost.", italic=True)
para(doc, "Please see above. The cost of security services forms part of the overall unitary charge paid under the PFI and is not separately identified in the information held by the Trust.")
para(doc, "You may wish to contact Aldermoor Healthcare (Holdings) Ltd directly, although please note that as a private company it is not subject to the Freedom of Information Act.")
para(doc, "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to the Head of Information Governance at the address above. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision (www.ico.org.uk).")
para(doc, "Yours sincerely")
para(doc, "Anita Ferreira\nFreedom of Information Coordinator")
doc.save(OUT)
print("wrote", OUT)
