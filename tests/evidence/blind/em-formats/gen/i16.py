from common import *
from odtkit import *

write_request("16", """
Dear Scottish Government

Under FOISA please tell me:

1. The total number of CCTV cameras in buildings occupied by the Scottish Government.
2. Whether any of these are manufactured by Hikvision.
3. Whether any are manufactured by Dahua.
4. The location (building) of each camera.
5. If Hikvision cameras have been removed from any buildings, the date this was completed.

Regards
Morag Sinclair
""")

d = text_doc()
para(d, "Directorate for Corporate Services\nEstates and Facilities Division", "right")
para(d, "E: foi.requests@gov.scot.example", "right")
para(d, "Ms M Sinclair\nBy email")
para(d, "Our ref: 202400451207\n14 August 2024")
para(d, "Dear Ms Sinclair")
para(d, "REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", "head")
para(d, "Thank you for your request dated 17 July 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA) for the information set out below.")
para(d, "Response to your request", "head")
para(d, "I enclose a copy of some of the information you requested. While our aim is to provide information whenever possible, in this instance we are unable to provide some of the information you have requested because exemptions under sections 35(1)(a) and (b) (law enforcement) and 39(1) (health, safety and the environment) of FOISA apply to that information. The reasons why we have applied these exemptions are explained in the Annex to this letter.")
para(d, " 312 CCTV cameras are installed across the 17 buildings that make up the Scottish Government's core office estate. This figure excludes buildings where the Scottish Government is a tenant and the landlord provides the CCTV, and the Scottish Prison Service and other agencies which manage their own estates.", boldprefix="Question 1.")
para(d, " Following the Cabinet Office written statement of 24 November 2022, the Scottish Government reviewed its estate and removed Hikvision equipment from all areas assessed as sensitive. 14 Hikvision cameras remain in use in external and car park areas at two buildings. These are scheduled for replacement as part of the Estates Security Refresh programme, which is due to complete by 31 March 2026.", boldprefix="Question 2.")
para(d, " No.", boldprefix="Question 3.")
para(d, " This information is withheld. Please see the Annex.", boldprefix="Question 4.")
para(d, " Removal of Hikvision cameras from areas assessed as sensitive was completed in August 2023.", boldprefix="Question 5.")
para(d, "About FOI", "head")
para(d, "The information we have provided will be published in the Scottish Government's disclosure log in due course.")
para(d, "Your right to request a review", "head")
para(d, "If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Director of Corporate Services, Scottish Government, Victoria Quay, Edinburgh EH6 6QQ. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.")
para(d, "If you are not satisfied with the result of the review, you then have the right to make an appeal to the Scottish Information Commissioner. More detailed information on your appeal rights is available on the Commissioner's website at: www.foi.scot/appeal.")
para(d, "Yours sincerely")
para(d, "Iain Fairbairn\nHead of Physical Security")
para(d, "ANNEX", "head")
para(d, "Reasons for not providing information", "head")
para(d, "An exemption applies, subject to the public interest test", "ind")
para(d, "Sections 35(1)(a) and (b) – prevention or detection of crime; apprehension or prosecution of offenders. Identifying the buildings and locations within buildings where cameras are, and are not, installed would reveal gaps in coverage which could be exploited by those seeking to commit crime against the Scottish Government's estate, substantially prejudicing the prevention and detection of crime.")
para(d, "Section 39(1) – health and safety. Disclosure would be likely to endanger the physical or mental health or the safety of staff and visitors, by assisting anyone intending to cause them harm to plan an approach that avoids surveillance.")
para(d, "These exemptions are subject to the 'public interest test'. Therefore, taking account of all the circumstances of this case, we have considered if the public interest in disclosing the information outweighs the public interest in applying the exemptions. We recognise that there is some public interest in release as part of open, transparent and accountable government. However, there is a greater public interest in protecting the security of government buildings and the safety of the people who work in and visit them.")
d.save(out("16-reply.odt"))
label("16", "odt", "odt", "scottish_gov", "foisa", "yes", "no", "partially_answered", ["s35", "s39"], 312,
      "FOISA letter: Hikvision removed from sensitive areas but 14 remain in use until a future date; s35/s39 explained in an annex; s20/s47-style review furniture")
