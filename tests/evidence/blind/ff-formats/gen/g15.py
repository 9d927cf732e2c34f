from helpers import *

write_text("15-request.txt", """
Dear Ormsby Borough Council

I would be grateful for the following information about the cameras the council uses to tackle fly-tipping.

a) How many cameras does the council have for monitoring fly-tipping hotspots?
b) What make and model are they?
c) Where are they currently deployed?
d) How many fixed penalty notices or prosecutions have resulted from camera evidence in 2023/24?

Regards
Martin Egan
""")

p1 = [
    ("c", "ORMSBY BOROUGH COUNCIL"),
    ("c", "Environmental Services - Street Scene Enforcement"),
    ("c", "Town Hall, Prospect Street, Ormsby, OR5 1AA"),
    ("rule",),
    "Mr M Egan",
    "By email",
    ("r", "Our Ref: EIR/ENV/2024/0366"),
    ("r", "Date: 19 July 2024"),
    "",
    "Dear Mr Egan,",
    "",
    ("b", "Environmental Information Regulations 2004 - Request for information"),
    "",
    "Thank you for your request received on 24 June 2024. As your request relates",
    "to measures affecting the state of the environment (waste and land), it has",
    "been considered under the Environmental Information Regulations 2004 (EIR).",
    "",
    "a) The Council currently has 12 re-deployable cameras used for monitoring",
    "   fly-tipping hotspots.",
    "",
    "b) The Council holds this information but it is withheld under Regulation",
    "   12(5)(b) (the course of justice and the ability of a public authority to",
    "   conduct an inquiry of a criminal or disciplinary nature). Knowledge of the",
    "   make and model of the equipment would allow offenders to identify the",
    "   cameras and their capabilities, including night-time range, and to",
    "   evade detection.",
    "",
    "c) Withheld under Regulations 12(5)(a) (public safety) and 12(5)(b). The",
    "   cameras are moved regularly between sites. Disclosure of current",
    "   locations would undermine enforcement and may place the equipment and",
    "   officers who service it at risk.",
    "",
    "d) In 2023/24, camera evidence resulted in 47 fixed penalty notices and",
    "   6 prosecutions.",
]
p2 = [
    ("b", "Public interest test"),
    "",
    "Regulation 12(2) requires the Council to apply a presumption in favour of",
    "disclosure. We acknowledge the public interest in understanding how the",
    "Council tackles fly-tipping and spends public money. However, there is a",
    "strong public interest in the effective investigation and prosecution of",
    "environmental crime. Having considered the balance, the Council has",
    "concluded that the public interest in maintaining the exceptions outweighs",
    "the public interest in disclosure.",
    "",
    "This letter constitutes a refusal notice under Regulation 14 in respect of",
    "parts b) and c) of your request.",
    "",
    "If you are not satisfied with this response you may make representations",
    "under Regulation 11 within 40 working days to: Information Governance,",
    "Ormsby Borough Council, Town Hall, Prospect Street, Ormsby OR5 1AA,",
    "or foi@ormsby.gov.uk. If you remain dissatisfied you may apply to the",
    "Information Commissioner.",
    "",
    "Yours sincerely",
    "",
    "",
    "",
    "P. Hargreaves",
    "Street Scene Enforcement Manager",
    "",
    "",
    ("r", "Page 2 of 2"),
]
imgs = render_scan([p1, p2], seed=15, rot=0.9, size=30, noise=22, blur=0.7)
save_image_pdf(imgs, out("15-reply.pdf"))
label(15, "pdf", "council", "eir", "unknown", "unknown", "partially_answered", ["EIR 12(5)(a)", "EIR 12(5)(b)"], 12,
      "Image-only scanned PDF (2 pages) handled under EIR; count of 12 fly-tipping cameras given, make/model withheld 12(5)(b), locations 12(5)(a)/(b); reg 12(2), 11, 14 mentioned but not exceptions.")
note(15, "Image-only PDF scan (2pp), council EIR fly-tipping cameras; 12 cameras; makes withheld 12(5)(b); locations 12(5)(a)+(b); FPN figures as noise. Hard.")
