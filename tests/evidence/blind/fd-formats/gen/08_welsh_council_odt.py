"""08: Welsh county borough council, bilingual ODT letter; count by part (no total), makers NCND s24(2)/s31(3)."""
from odt_helpers import *
from common import out

doc, st = text_doc()
para(doc, st, "Cyngor Bwrdeistref Sirol Nant Teifion", style="h")
para(doc, st, "Nant Teifion County Borough Council", style="h")
para(doc, st, "Tîm Llywodraethu Gwybodaeth / Information Governance Team, Canolfan Ddinesig / Civic Centre, "
              "Stryd y Bont, Nant Teifion CF47 3XY. E-bost / Email: rhyddidgwybodaeth@nantteifion.example.gov.wales")
para(doc, st, "")
para(doc, st, "Ein cyf / Our ref: RhG/FOI 2024-0356")
para(doc, st, "Dyddiad / Date: 18/06/2024")
para(doc, st, "")
para(doc, st, "Annwyl / Dear Ms Pritchard,")
para(doc, st, "Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000", bold_prefix="")
para(doc, st, "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh. "
              "Mae'r llythyr hwn ar gael yn Gymraeg / This letter is available in Welsh.")
para(doc, st, "Thank you for your request for information received on 21/05/2024. Please find the Council's response below.")
para(doc, st, " How many CCTV cameras does the Council operate (public space, car parks, council buildings)?",
     bold_prefix="1.")
para(doc, st, "The Council operates the following CCTV cameras:")
table(doc, st, [["Lleoliad / Location", "Nifer / Number"],
                ["Canol trefi / Town centres (public space)", "97"],
                ["Meysydd parcio / Council car parks", "24"],
                ["Adeiladau'r Cyngor / Council buildings, depots and leisure centres", "142"]],
      [11.0, 4.0], name="TblCount")
para(doc, st, "")
para(doc, st, " Are any of the Council's cameras manufactured by Hikvision?", bold_prefix="2.")
para(doc, st, " Are any of the Council's cameras manufactured by Dahua?", bold_prefix="3.")
para(doc, st, " Do any of the cameras send footage to a manufacturer's cloud service?", bold_prefix="4.")
para(doc, st, "In relation to questions 2, 3 and 4, the Council neither confirms nor denies whether it holds the "
              "information requested, by virtue of section 24(2) (national security) and section 31(3) (law enforcement) "
              "of the Freedom of Information Act 2000. To confirm or deny the make of camera in use, or the manner in which "
              "footage is stored and transmitted, would identify potential vulnerabilities in the Council's systems which "
              "could be exploited by those with criminal intent. The Council has considered the public interest and, while "
              "recognising the public interest in transparency about the use of equipment subject to government guidance, "
              "considers that the public interest in maintaining the exclusion of the duty to confirm or deny outweighs it.")
para(doc, st, "Nothing in this response should be taken as an indication that the information you have requested does or does not exist.")
para(doc, st, "")
para(doc, st, "Adolygiad Mewnol / Internal Review", style="h")
para(doc, st, "If you are dissatisfied with the handling of your request you may ask for an internal review. "
              "Please write to the Information Governance Manager at the address above within 40 working days. "
              "If you remain dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, Churchill House, "
              "Churchill Way, Cardiff CF10 2HH (Swyddfa'r Comisiynydd Gwybodaeth Cymru).")
para(doc, st, "Yn gywir / Yours sincerely,")
para(doc, st, "Rhodri Emlyn-Jones")
para(doc, st, "Swyddog Llywodraethu Gwybodaeth / Information Governance Officer")
doc.save(out("08-reply.odt"))
