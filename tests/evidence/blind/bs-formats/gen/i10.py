from common import *
from reportlab.lib.units import mm
nn = "10"
request(nn, """
Dear West Mercia Police

Under the Freedom of Information Act, I would like to know:

1. Does West Mercia Police use any CCTV cameras or recording equipment made by Hikvision?
2. Does West Mercia Police use any CCTV cameras or recording equipment made by Dahua?
3. If so, at which police buildings?
4. How many CCTV cameras in total are in use at police buildings?

Regards,
A. Whitfield
""")
blocks = [
 ("p", "Freedom of Information Request Reference No: <b>WMP-FOI-3318-24</b><br/>Date: 19 August 2024"),
 ("p", "Dear A. Whitfield"),
 ("p", "I write in connection with your request for information which was received by West Mercia Police on 22 July 2024. I note you seek access to the following information:"),
 ("p", "<i>[Questions 1–4 as above]</i>"),
 ("h", "Response"),
 ("p", "In accordance with the Freedom of Information Act 2000, this letter represents a Refusal Notice for this particular request. West Mercia Police can neither confirm nor deny that it holds the information you have requested, by virtue of the following exemptions:"),
 ("table", [["Section", "Exemption", "Type"],
            ["24(2)", "National Security", "Qualified, prejudice based"],
            ["31(3)", "Law Enforcement", "Qualified, prejudice based"]], [25*mm, 60*mm, 70*mm], 1),
 ("p", "Sections 24 and 31 are qualified prejudice based exemptions and the force is required to evidence the harm in confirming or denying that information is held and to consider the public interest."),
 ("h", "Harm"),
 ("p", "To confirm or deny whether specific manufacturers' equipment is in use at police premises, or the number of cameras at those premises, would provide a picture of the security infrastructure of the force estate. When combined with responses from other forces this would allow a mosaic of the national policing estate to be built up, highlighting areas where equipment with publicly discussed vulnerabilities may or may not be deployed."),
 ("h", "Public interest considerations"),
 ("p", "<b>Factors favouring confirmation or denial:</b> transparency in the use of public funds; public concern regarding the supply chain of surveillance equipment."),
 ("p", "<b>Factors against confirmation or denial:</b> the security of police buildings, custody suites and the people within them; undermining the force's law enforcement capability."),
 ("h", "Balance test"),
 ("p", "The force will not divulge whether information is or is not held if to do so would place the safety of individuals at risk or undermine law enforcement. On balance the public interest favours neither confirming nor denying that the information is held. This should not be taken as an indication that the information you have requested is or is not held."),
 ("p", "Your attention is drawn to the enclosed Complaint Rights. If you are unhappy you may request an internal review within 40 working days of this letter, and thereafter complain to the Information Commissioner."),
 ("p", "Yours sincerely<br/><br/>Joanne Kettle<br/>Information Compliance Officer<br/>Information Rights Unit"),
]
pdf_doc(outpath(nn, "pdf"), ("West Mercia Police", ["Information Rights Unit", "Hindlip Hall, Hindlip", "Worcester WR3 8SP", "informationrights@westmercia.example.police.uk"]), blocks,
        footer="OFFICIAL")
label(nn, "pdf", "police", "foia", "unknown", "unknown", "refused", ["s24", "s31"], None,
      "full NCND refusal; exemptions given only in a ruled table as 24(2) and 31(3)")
