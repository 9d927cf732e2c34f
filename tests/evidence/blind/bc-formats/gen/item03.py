from lib import *

write_text("03-request.txt", """
Dear Cumbria Constabulary,

Please could you tell me:

Q1 How many CCTV cameras are installed in your custody suites and police stations?
Q2 Are any of those cameras made by Hikvision?
Q3 Are any of those cameras made by Dahua?
Q4 Who installed the custody CCTV and when was the contract last renewed?

Regards,
L. Okonkwo
""")

blocks = [
    ("h1", "Cumbria Constabulary"),
    "Freedom of Information Unit, Police Headquarters, Carleton Hall, Penrith CA10 2AU",
    ("blank", None),
    "Request Number: 0442/24",
    "Date: 23 April 2024",
    ("blank", None),
    "Dear L. Okonkwo,",
    "I write in connection with your request for information which was received by Cumbria Constabulary on 26 March 2024. I note you seek access to the following information:",
    ("list", [
        "Q1 How many CCTV cameras are installed in your custody suites and police stations?",
        "Q2 Are any of those cameras made by Hikvision?",
        "Q3 Are any of those cameras made by Dahua?",
        "Q4 Who installed the custody CCTV and when was the contract last renewed?",
    ]),
    ("h2", "Response"),
    "Following receipt of your request, searches were conducted with the Estates and ICT departments of Cumbria Constabulary. I can confirm that the information you have requested is held in part.",
    "In respect of Questions 1 and 4, I am unable to provide you with the information requested, as it is exempt by virtue of section 24(1) National Security and section 31(1)(a)(b) Law Enforcement.",
    "In respect of Questions 2 and 3, Cumbria Constabulary can neither confirm nor deny that it holds any other information relevant to your request by virtue of the following exemptions:",
    "Section 24(2) National Security\nSection 31(3) Law Enforcement",
    "Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to articulate the harm that would be caused in confirming or not whether the information is held as well as carrying out a public interest test.",
    ("b", "Overall harm"),
    "To confirm or deny whether any particular manufacturer's equipment is used within the secure custody and station estate, or to disclose the number and installer of such systems, would provide those with criminal intent with a picture of the security measures in place across police premises. Such a disclosure, when combined with answers given by other forces, would enable a 'mosaic' to be built of vulnerabilities across the Police Service.",
    ("b", "Public interest test"),
    "Factors favouring disclosure: Confirming or denying would promote transparency regarding the procurement of equipment and the debate around the security of certain manufacturers' products.",
    "Factors against disclosure: The security of the police estate and the safety of detained persons and staff is of paramount importance, and the Constabulary will not disclose information which would undermine it.",
    "Balancing test: After weighing up the competing factors, the public interest in maintaining the exemptions outweighs disclosure. This should not be taken as an indication that the information you have requested is or is not held by Cumbria Constabulary.",
    "This letter serves as a Refusal Notice under section 17 of the Freedom of Information Act 2000.",
    ("blank", None),
    "Yours sincerely,",
    "R. Haverthwaite",
    "Disclosure Officer",
    ("blank", None),
    ("h2", "Complaint Rights"),
    "Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this decision you may request an internal review within 40 working days of the date of this response. If you remain dissatisfied you may apply to the Information Commissioner.",
]
write_bytes("03-reply.odt", odt_bytes(blocks))

add_label(path="03-reply.odt", request_file="03-request.txt", format="odt", body_type="police",
          law="foia", hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s24", "s31"],
          camera_count=None, note="Police refusal with NCND for the maker questions and s24/s31 for the count; 'held in part' but nothing disclosed.")
