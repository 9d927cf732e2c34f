from common import *

NN = "15"
req = """Dear Bath & North East Somerset Council,

I would like to request the following information regarding the Bath Clean Air Zone.

1. How many ANPR cameras are used to enforce the Bath Clean Air Zone?
2. Who manufactured the cameras?
3. Are any of the cameras manufactured by Hikvision or Dahua?
4. Please provide the technical specification and network configuration of the cameras.
5. What was the total cost of purchasing and installing the cameras?

Kind regards,
Felicity Amankwah
"""
write_request(NN, req)

blocks = [
 ("Bath & North East Somerset Council", "h"),
 ("Information Governance, Lewis House, Manvers Street, Bath BA1 1JG", "s"),
 ("Tel 01225 394 411  |  foi_requests@bathnes.gov.uk", "s"),
 "",
 "Ms F Amankwah",
 "Sent by email",
 "",
 "Our Ref: 1402519",
 "Date: 09 October 2024",
 "",
 "Dear Ms Amankwah,",
 ("Environmental Information Regulations 2004 - Request for Information", "b"),
 "Thank you for your request for information, which was received on 12 September 2024. As your request concerns "
 "a measure designed to protect air quality, it has been considered under the Environmental Information "
 "Regulations 2004 (EIR) rather than the Freedom of Information Act 2000.",
 ("1. How many ANPR cameras are used to enforce the Bath Clean Air Zone?", "b"),
 "The Clean Air Zone is enforced by 87 ANPR cameras located at the entry points to the zone and at a number of "
 "locations within it.",
 ("2. Who manufactured the cameras?", "b"),
 "The cameras were manufactured by Neology (formerly PIPS Technology) and were supplied and installed by the "
 "Council's contractor under the CAZ implementation contract.",
 ("3. Are any of the cameras manufactured by Hikvision or Dahua?", "b"),
 "No.",
 ("4. Please provide the technical specification and network configuration of the cameras.", "b"),
 "The Council holds this information. However, it is being withheld under regulation 12(5)(a) of the EIR, as its "
 "disclosure would adversely affect public safety and national security. The configuration of the cameras and of "
 "the network which carries their data would give a person with hostile intent information useful in attempting "
 "to disrupt, or gain unauthorised access to, the enforcement system and other Council networks connected to it.",
 "Regulation 12(5)(a) is subject to the public interest test and the Council must also apply a presumption in "
 "favour of disclosure (regulation 12(2)). We recognise the public interest in openness about a scheme which "
 "affects many residents and businesses. However, we consider that the public interest in protecting the integrity "
 "of the enforcement system and associated networks outweighs the public interest in disclosing its configuration.",
 ("5. What was the total cost of purchasing and installing the cameras?", "b"),
 "£1,938,600. This was funded by the Joint Air Quality Unit. The Council considered whether regulation 12(5)(e) "
 "(confidentiality of commercial information) applied to this figure, but has concluded that the total cost can be "
 "released.",
 "This letter constitutes a refusal notice under regulation 14 of the EIR in respect of question 4.",
 ("Your right to make representations", "b"),
 "If you are unhappy with the way we have handled your request you may make representations (ask for an internal "
 "review) within 40 working days of the date of this letter, by emailing foi_requests@bathnes.gov.uk. If you are "
 "still not satisfied you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
 "Wilmslow, Cheshire SK9 5AF.",
 "Yours sincerely",
 "",
 "Jasmine Tolhurst",
 "Information Governance Officer",
]
out = ROOT / f"{NN}-reply.rtf"
write_rtf(out, blocks, font="Calibri")
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="rtf", body_type="council", law="eir",
    hikvision="no", dahua="no", outcome="partially_answered", exemptions=["EIR 12(5)(a)"], camera_count=87,
    note="ANPR-only request under EIR, so the 87 ANPR cameras are the count and 'No' to the joint maker question is no for both; 12(5)(e) only considered, 12(2) and reg 14 are not exemptions.")
