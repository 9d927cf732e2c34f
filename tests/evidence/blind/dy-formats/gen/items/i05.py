from lib import write_pdf
EXT = "pdf"
REQUEST = """
Dear Cumbria Constabulary,

Please provide the following under the Freedom of Information Act 2000:

Question 1: How many CCTV cameras are installed at police stations and custody suites operated by the Constabulary?
Question 2: Are any of these cameras manufactured by Hikvision?
Question 3: Are any of these cameras manufactured by Dahua?
Question 4: If yes to 2 or 3, what steps have been taken to remove them following the Cabinet Office instruction of November 2022?

Yours faithfully,
D. Hargreaves
"""
LABEL = dict(body_type="police", law="foia", hikvision="unknown", dahua="unknown", outcome="refused",
             exemptions=["s24", "s31"], camera_count=None,
             note="full refusal: count withheld under s24(1)/31(1)(a) and makers neither confirmed nor denied under s24(2)/31(3), with long harm test that names both makers")

def build(path):
    b = [
        ("p", "Freedom of Information Request Reference No: 2024/FOI/01288\nDate: 11 March 2024"),
        ("p", "Dear Requester,"),
        ("p", "I write in connection with your request for information received by Cumbria Constabulary on 13 February 2024, in which you asked for the following information:"),
        ("i", "1. How many CCTV cameras are installed at police stations and custody suites operated by the Constabulary? 2. Are any of these cameras manufactured by Hikvision? 3. Are any of these cameras manufactured by Dahua? 4. If yes to 2 or 3, what steps have been taken to remove them following the Cabinet Office instruction of November 2022?"),
        ("p", "Following receipt of your request, searches were conducted within Cumbria Constabulary to locate information relevant to your request."),
        ("h", "RESPONSE"),
        ("p", "Cumbria Constabulary holds information in relation to question 1 but is unable to provide it. Section 17 of the Freedom of Information Act 2000 requires Cumbria Constabulary, when refusing to provide such information (because the information is exempt), to provide you, the applicant, with a notice which: (a) states that fact, (b) specifies the exemption(s) in question and (c) states (if that would not otherwise be apparent) why the exemption applies."),
        ("p", "The information for question 1 is exempt by virtue of the following exemptions:\n    Section 24(1) – National Security\n    Section 31(1)(a)(b) – Law Enforcement"),
        ("p", "In relation to questions 2 to 4, Cumbria Constabulary can neither confirm nor deny that it holds any information relevant to your request, by virtue of the following exemptions:\n    Section 24(2) – National Security\n    Section 31(3) – Law Enforcement"),
        ("h", "Harm"),
        ("p", "The security of police premises, and in particular custody suites, is fundamental to the safety of detained persons, staff and visitors. To disclose the number of cameras at these sites, or to confirm or deny the use of equipment from any specific manufacturer, would provide individuals intending to disrupt police activity with information that could be used to identify vulnerabilities. Modern video surveillance systems are networked devices; confirmation that a particular manufacturer's products are or are not in place would allow a motivated individual to target known weaknesses in that manufacturer's firmware, or to concentrate on other sites where different equipment was in use."),
        ("p", "Any disclosure under FOI is a disclosure to the world at large. Whilst not questioning the motives of the applicant, a mosaic effect arises when information disclosed by this force is combined with responses from other forces, enabling a picture of national police infrastructure to be built up."),
        ("h", "Public Interest Considerations"),
        ("p", "Factors favouring disclosure – Section 24: Confirming or denying whether equipment from Hikvision or Dahua is in use would demonstrate that the force takes seriously the concerns raised by Government regarding surveillance equipment subject to the National Intelligence Law of the People's Republic of China."),
        ("p", "Factors against disclosure – Section 24: Confirmation or denial would allow inferences to be drawn about the security of police estate. The security of the country is of paramount importance and the Police Service will not divulge information that would undermine it."),
        ("p", "Factors favouring disclosure – Section 31: Public awareness that public funds are spent appropriately."),
        ("p", "Factors against disclosure – Section 31: Confirmation or denial would compromise law enforcement tactics and could hinder the prevention or detection of crime."),
        ("h", "Balance Test"),
        ("p", "After weighing the public interest factors, it is our opinion that the balance lies in favour of neither confirming nor denying that any information is held for questions 2 to 4, and in withholding the information requested at question 1. This should not be taken as an indication that information relevant to your request does or does not exist."),
        ("h", "Complaint Rights"),
        ("p", "If you are dissatisfied with this response you have the right to request an internal review by writing, within 40 working days, to: Freedom of Information Officer, Cumbria Constabulary, Carleton Hall, Penrith, Cumbria CA10 2AU, or foi@cumbria.police.uk. If you remain dissatisfied after the internal review you may apply to the Information Commissioner."),
        ("p", "Yours sincerely,"),
        ("p", "Karen Moffat\nDisclosure Officer\nInformation Management Unit"),
    ]
    write_pdf(path, b, letterhead=["CUMBRIA CONSTABULARY", "Information Management Unit", "Carleton Hall, Penrith, Cumbria CA10 2AU"],
              footer="OFFICIAL")
