from common import *
from odtutil import Odt

N = 21
write_request(N, """
Dear University of Bath

Under the Freedom of Information Act 2000, please provide:

Question 1: The total number of CCTV cameras on University premises.
Question 2: Whether any of these cameras are manufactured by Hikvision or Dahua.
Question 3: The amount spent on CCTV installation and maintenance in each of the last three financial years.
Question 4: The name of the company that maintains the system.

Thank you.
Dr Piers Hallworth
""")
o = Odt()
o.p("University of Bath\nClaverton Down\nBath BA2 7AY", o.right)
o.p("Freedom of Information request reference: FOI23-211\nDate of response: 14 August 2023")
o.p("Dear Dr Hallworth")
o.h("Your request for information")
o.p("Thank you for your request for information, which we received on 18 July 2023. We have handled your request "
    "under the Freedom of Information Act 2000 (the Act).")
o.p("Question 1: The total number of CCTV cameras on University premises.", bold_prefix=None)
o.p("There are approximately 900 CCTV cameras on University premises at Claverton Down and in the city centre. "
    "The figure changes as cameras are added and decommissioned during building works.")
o.p("Question 2: Whether any of these cameras are manufactured by Hikvision or Dahua.")
o.p("No.")
o.p("Question 3: The amount spent on CCTV installation and maintenance in each of the last three financial years.")
o.table([["Financial year", "Installation (£)", "Maintenance (£)"],
         ["2020/21", "61,420", "38,900"], ["2021/22", "118,775", "40,115"], ["2022/23", "74,030", "42,660"]],
        ["4cm", "4cm", "4cm"])
o.p("")
o.p("Question 4: The name of the company that maintains the system.")
o.p("The system is maintained by Kings Secure Technologies Ltd under a contract awarded in 2021.")
o.h("Your right to complain")
o.p("If you are not satisfied with this response, you may ask for an internal review by writing to "
    "foi@bath.ac.uk within 40 working days of the date of this letter. If you remain dissatisfied after the review, "
    "you may complain to the Information Commissioner at ico.org.uk/make-a-complaint.")
o.p("Yours sincerely")
o.p("\nRosalind Eastcott\nInformation Compliance Officer\nUniversity Secretary's Office")
o.save(out(N, "odt"))
add_label(N, "odt", "university", "foia", "no", "no", "answered", [], 900,
          "approximate count; bare 'No.' to a joint maker question; spend table with large numbers near the count")
