from lib import *
NN = "05"
write_request(NN, """
Dear University of Lowmoor,

I am writing to make a request under the Freedom of Information Act 2000.

1. How many CCTV cameras does the University operate across its campuses?
2. How many of these cameras are made by Hikvision?
3. How many are made by Dahua?
4. Which other manufacturers supply the University's cameras?
5. Do any of the cameras have facial recognition or audio recording capability?
6. Which company maintains the CCTV system?

Thank you,
Ellis Brandt
""")
d = new_docx(header="University of Lowmoor  |  Governance and Legal Services", footer="FOI ref: UoL-FOI-2023-0877   |   Page 1")
dpara(d, "Information Compliance Office", bold=True)
dpara(d, "Registry Building, Lowmoor Campus, Lowmoor LM2 9UX\ninformation.compliance@lowmoor.ac.uk")
dpara(d, "27 April 2023", align="right")
dpara(d, "Dear Ellis Brandt")
dpara(d, "Request for information: CCTV (our reference UoL-FOI-2023-0877)", bold=True)
dpara(d, "Thank you for your request, received on 29 March 2023. The University's response to each part of your "
         "request is given in the table below.")
dtable(d, [
    ["No.", "Information requested", "University response"],
    ["1", "Number of CCTV cameras operated across campuses", "Approximately 1,150 internal and external cameras across the Lowmoor and Kingsgate campuses."],
    ["2", "Number made by Hikvision", "None."],
    ["3", "Number made by Dahua", "See response to question 2."],
    ["4", "Other manufacturers", "Axis Communications and Bosch. A small number of legacy Vivotek units remain in student residences."],
    ["5", "Facial recognition / audio capability", "The University does not use facial recognition. Some models are capable of recording audio but this function is disabled on all cameras."],
    ["6", "Maintenance contractor", "Chubb Fire & Security Ltd, under a framework contract running to July 2025."],
], widths=(12, 55, 100))
dpara(d, "")
dpara(d, "Copyright", bold=True)
dpara(d, "The information provided remains the copyright of the University of Lowmoor. You may re-use it under the "
         "terms of the Open Government Licence unless otherwise stated.")
dpara(d, "Internal review and appeal", bold=True)
dpara(d, "If you are dissatisfied with this response you may request an internal review by contacting the Information "
         "Compliance Office within 40 working days of the date of this letter. If you remain dissatisfied after the review, "
         "you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
dpara(d, "Kind regards")
dpara(d, "")
dpara(d, "Ruth Ames-Whitfield\nInformation Compliance Manager")
d.save(out(f"{NN}-reply.docx"))
label(NN, "docx", "university", "foia", "no", "no", "answered", [], 1150,
      "Word Q&A table: the Dahua answer is only 'See response to question 2' (which is 'None'); approximate count with a thousands comma")
