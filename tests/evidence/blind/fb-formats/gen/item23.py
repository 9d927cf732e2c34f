from common import *
write_rtf(out("23-reply.rtf"), [
    ("p", """[[b]]Fenmarsh District Council[[/b]]
Information Governance, Fenmarsh House, Station Road, Marshby PE99 2FD

Our Ref: FOI 2024/0388
Your Ref: email 11/03/2024
Date: 08/04/2024

Dear Ms Trent

[[b]]Request for information – CCTV cameras[[/b]]

Thank you for your request for information received on 11 March 2024, which has been considered under the Freedom of Information Act 2000.

[[b]]Section 12 – cost of compliance exceeds the appropriate limit[[/b]]

Section 12(1) of the Act provides that a public authority is not obliged to comply with a request for information if it estimates that the cost of complying with the request would exceed the appropriate limit. The appropriate limit for local authorities is £450, which equates to 18 hours of staff time at the rate of £25 per hour prescribed by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.

CCTV across the Council's estate is managed by five different service areas (Community Safety, Housing, Car Parks, Parks and Open Spaces, and Waste and Depots) and there is no single register which records all of the information you have asked for. To comply with your request we would need to contact each service, identify the equipment at over 60 locations, locate the original purchase and installation records (many of which are held in paper files in archive storage) and review three years of maintenance reports. We estimate that it would take in the region of 55 hours to locate, retrieve and extract this information. As the request is for information on every camera, and the questions are linked by that overarching theme, the costs of answering all parts of the request have been aggregated.

The Council is therefore not obliged to comply with your request and this letter acts as a refusal notice under section 17(5) of the Act.

[[b]]Advice and assistance[[/b]]

Under section 16 of the Act we have a duty to provide advice and assistance. You may wish to submit a narrower request, for example for the town centre public space system only, which is managed by the Community Safety team, or for a limited number of the questions above. Please note that a previous request about the public space system (FOI 2021/0442) is available on the Council's disclosure log; at that time the Council operated 74 public space cameras. That figure will not be current.

[[b]]Your rights[[/b]]

If you are not satisfied with this response you may request an internal review by writing to the Information Governance Manager at the address above, or by email to foi@fenmarsh.gov.uk, within 40 working days of the date of this letter. If you remain dissatisfied following the internal review, you may complain to the Information Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).

Yours sincerely

Neil Abbott
Information Governance Officer
Fenmarsh District Council"""),
], font="Calibri", generator="Riched20 10.0.19041")
label("23", "rtf", "council", "foia", "unknown", "unknown", "refused", ["s12"], None,
      "RTF s12 cost-limit refusal of the whole request; it quotes a historical figure (74 public space cameras in 2021, 'will not be current') which is not a current count; s16/s17 mentioned but not exemptions.",
      "District council RTF s12 refusal; historical 74 from old FOI is a trap (null); aggregated costs.")
