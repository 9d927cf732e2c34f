from common import *

write_text("13-request.txt", """
Dear Peak District National Park Authority,

I would like to request the following information.

Question 1: How many deployable or covert cameras does the Authority use to deter or detect fly-tipping, illegal off-road driving or wildlife crime?
Question 2: What make and model are they? Are any of them made by Hikvision or Dahua?
Question 3: Where are they currently deployed?
Question 4: How many prosecutions resulted from footage from these cameras in 2023?

Yours faithfully,
Bethan Sowerby
""")

blocks = [
    ("p", "Peak District National Park Authority", {"bold": 1, "align": "right"}),
    ("p", "Aldern House, Baslow Road, Bakewell, Derbyshire DE45 1AE\nTel: 01632 960 912", {"align": "right"}),
    ("p", "Our ref: EIR 24/052\nDate: 30 October 2024"),
    ("p", "Dear Ms Sowerby"),
    ("h", "Environmental Information Regulations 2004 – Request for information"),
    ("p", "Thank you for your request received on 3 October 2024. As your request concerns measures affecting the state of the land and landscape of the National Park, we have dealt with it under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act."),
    ("p", "Question 1: How many deployable or covert cameras does the Authority use…?", {"italic": 1}),
    ("p", "The Authority has eleven redeployable camera units, which are used by the Ranger Service in partnership with Derbyshire Constabulary and landowners."),
    ("p", "Question 2: What make and model are they? Are any of them made by Hikvision or Dahua?", {"italic": 1}),
    ("p", "All of the units are Hikvision DS-2XS6A46G1-IZS/C36S80 solar powered 4G cameras, purchased through Derbyshire Constabulary's framework in 2022."),
    ("p", "Question 3: Where are they currently deployed?", {"italic": 1}),
    ("p", "We are withholding the current deployment locations under regulation 12(5)(b) (the course of justice and the ability of a public authority to conduct an inquiry of a criminal nature). Disclosing where the cameras are, and by implication where they are not, would allow offenders to avoid them and would undermine ongoing investigations into off-road vehicle misuse and raptor persecution. We have considered the presumption in favour of disclosure at regulation 12(2) and the public interest in knowing how the Authority protects the landscape, but we consider the public interest in maintaining the exception outweighs that in disclosure."),
    ("p", "Question 4: How many prosecutions resulted from footage from these cameras in 2023?", {"italic": 1}),
    ("p", "The Authority is not the prosecuting body. Footage was passed to Derbyshire Constabulary on six occasions during 2023, but the Authority does not hold information on the outcome of those cases. We are therefore refusing this part of your request under regulation 12(4)(a) (information not held). You may wish to contact Derbyshire Constabulary."),
    ("p", "This letter is a refusal notice under regulation 14 of the EIR in respect of questions 3 and 4."),
    ("p", "If you are not satisfied with our response you may make representations under regulation 11 within 40 working days to the Head of Law, at the above address or by email to eir.review@peakdistrict.gov.uk. If you remain dissatisfied you may complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF."),
    ("p", "Yours sincerely"),
    ("blank",),
    ("p", "Rosalind Heathcote\nInformation Governance Officer"),
]
write_odt("13-reply.odt", blocks, font="Liberation Sans", size="10.5pt")

add_label("13", "odt", "odt", "other", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(b)", "EIR 12(4)(a)"], 11,
          "OpenDocument EIR letter about redeployable crime cameras only; count in words ('eleven'); all units named as Hikvision (so Dahua no); locations withheld under reg 12(5)(b), outcomes not held under 12(4)(a); regs 11, 12(2), 14 are not exceptions.")
