from lib import *
from pdflib import Letter
NN = "18"
write_request(NN, """Dear Bath & North East Somerset Council,

I would like the following information about the ANPR cameras used for the Bath Clean Air Zone:

1. How many ANPR cameras are used to enforce the CAZ?
2. Who manufactures them, and are any of them Hikvision or Dahua?
3. The exact locations (street and grid reference) of each camera.
4. How long is ANPR data retained for vehicles that are compliant?

Thanks
Dr. Felix Moreau
""")
L = Letter(head="Bath & North East Somerset Council - Information Governance", foot="Ref: 25-1140 EIR")
L.letterhead("Bath & North East Somerset Council", ["Information Governance, Lewis House, Manvers Street, Bath BA1 1JG", "information_governance@bathnes.gov.uk"])
L.p("Dr F Moreau\nvia email", gap=3)
L.p("Reference: 25-1140\nDate: 11 August 2025", gap=4)
L.p("Dear Dr Moreau")
L.p("Environmental Information Regulations 2004", style="B")
L.p("Thank you for your request for information received on 15 July 2025. As the Clean Air Zone is a measure affecting air quality, your request has been handled under the Environmental Information Regulations 2004 (EIR).")
L.p("1. The Bath Clean Air Zone is enforced by 42 ANPR cameras at the zone boundary and within the zone.")
L.p("2. All of the CAZ enforcement cameras are Siemens Sicore II units, supplied and maintained by Siemens Mobility Ltd under the CAZ enforcement contract.")
L.p("3. A map showing the boundary of the zone and the signed entry points is published on the Council's website. However, the exact camera positions and grid references are withheld under regulation 12(5)(a) of the EIR - adverse effect on public safety. Disclosure of precise locations would assist those seeking to evade enforcement or to vandalise or disable cameras, which has occurred at other UK clean air zones. Regulation 12(2) requires a presumption in favour of disclosure and the Council has weighed the public interest in transparency against the public interest in the effective and safe operation of the scheme; in all the circumstances the public interest in maintaining the exception outweighs that in disclosure.")
L.p("4. Data relating to compliant vehicles is deleted immediately once compliance has been confirmed, normally within seconds. Non-compliant vehicle data is retained for the period needed to issue and process a penalty charge notice.")
L.p("This letter constitutes a refusal notice under regulation 14 in respect of question 3.")
L.p("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review (regulation 11) within 40 working days. Please write to the Information Governance Team at the above address. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.")
L.p("Yours sincerely", gap=6)
L.p("Priya Chaudhary\nInformation Governance Officer")
L.output(path(f"{NN}-reply.pdf"))
append_label(NN, "pdf", "council", "eir", "no", "no", "partially_answered", ["EIR 12(5)(a)"], 42,
             "An EIR reply about ANPR only, where the single named maker settles both makers and locations are withheld under 12(5)(a) amid mentions of regs 12(2), 14 and 11 that are not exceptions.")
