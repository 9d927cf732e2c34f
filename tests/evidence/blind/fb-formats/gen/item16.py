from common import *
d = docx_doc("Arial", 11)
d.sections[0].footer.paragraphs[0].text = "Brackenridge Borough Council – Information Governance – EIR-24-00391"
docx_paras(d, """[[b]]Brackenridge Borough Council[[/b]]
Environmental Services – Street Scene and Enforcement
Town Hall, Corporation Street, Brackenridge BR99 1AA

Request reference: EIR-24-00391
Date: 30 April 2024

Dear Mr Doyle

[[b]]Environmental Information Regulations 2004 – request for information[[/b]]

Thank you for your request for information about cameras used for fly-tipping enforcement, received on 2 April 2024. As your request concerns measures and activities affecting the state of the land and landscape, it has been considered under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act 2000.""")
docx_table(d, [
    ["No.", "Your question", "Our response"],
    ["1", "How many cameras does the council currently use for fly-tipping enforcement (overt or covert)?",
     "The Council currently has 14 redeployable cameras used for fly-tipping enforcement."],
    ["2", "What make and model are they?",
     "Withheld – regulation 12(5)(b). See below."],
    ["3", "Are any of them Hikvision or Dahua?", "As above."],
    ["4", "Where are they deployed?",
     "Cameras are moved between fly-tipping hotspots as intelligence dictates. Current and past deployment locations are withheld under regulation 12(5)(b)."],
    ["5", "How many fixed penalty notices or prosecutions for fly-tipping resulted from camera evidence in 2023/24?",
     "Fixed penalty notices: 37\nProsecutions: 4"],
], widths_cm=[1.2, 6.5, 8.5])
docx_paras(d, """
[[b]]Regulation 12(5)(b) – the course of justice and the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature[[/b]]

The cameras are used to gather evidence for criminal proceedings. Releasing the make and model of the cameras, or their locations, would enable offenders to identify the equipment (including covert units), to recognise it in the field and to find out its capabilities and limitations, and so to avoid detection. This would adversely affect the Council's ability to investigate and prosecute offences.

In applying this exception the Council has considered the public interest test at regulation 12(1)(b) and the presumption in favour of disclosure at regulation 12(2). There is a public interest in transparency about how the Council uses surveillance and spends public money; however, the Council considers that the public interest in allowing it to carry out effective enforcement against fly-tipping, which causes significant environmental harm and cost to local taxpayers, outweighs the public interest in disclosure.

This letter acts as a refusal notice under regulation 14 for those parts of your request.

If you are dissatisfied with this response you may ask for an internal review (reconsideration under regulation 11) within 40 working days of the date of this letter by emailing foi@brackenridge.gov.uk. If you remain dissatisfied after the review you may complain to the Information Commissioner's Office.

Yours sincerely

Amira Haddad
Enforcement Team Leader""")
d.save(out("16-reply.docx"))
label("16", "docx", "council", "eir", "unknown", "unknown", "partially_answered", ["EIR 12(5)(b)"], 14,
      "EIR reply in a Word Q&A table; makers withheld under reg 12(5)(b) with Q3 answered only 'As above.'; count 14 redeployable fly-tipping cameras; reg 12(1)(b), 12(2), 14 and 11 mentioned but are not exceptions.",
      "Council .docx under EIR (fly-tipping cameras); 3-column table; 12(5)(b) for make/model/location; reg 14/11 not exceptions.")
