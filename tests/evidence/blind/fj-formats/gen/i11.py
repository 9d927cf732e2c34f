from lib import *
write_request("11", """
FOI Request

1) How many CCTV cameras are installed at Severnvale Police premises (police stations, custody suites, offices)?
2) Are any of these cameras made by Hikvision or Dahua?
3) Does Severnvale Police use live facial recognition?
4) What has the force spent on maintaining its building CCTV in each of the last three financial years?

Regards, Tomasz Wilk
""")
page = [
    ("b", "SEVERNVALE POLICE"),
    ("line", "Information Access Unit, Force Headquarters, Hindlip Road, Severnbury SV3 8QE"),
    ("sp", 20),
    ("line", "Our Reference: FOI 004417/24                                     Date: 30 April 2024"),
    ("sp", 20),
    ("p", "Dear Mr Wilk,"),
    ("b", "FREEDOM OF INFORMATION ACT 2000 REQUEST"),
    ("p", "I write in connection with your request for information dated 2 April 2024. I have now had the opportunity to consider it and respond as follows."),
    ("p", "Q1. Severnvale Police has 412 CCTV cameras installed across its estate, including custody suites."),
    ("p", "Q2. Severnvale Police can neither confirm nor deny that it holds information relevant to this question, by virtue of the following exemptions: Section 24(2) National Security and Section 31(3) Law Enforcement. Confirming or denying the manufacturers of security equipment at police premises would allow those intent on criminal or terrorist activity to assess the vulnerability of the force estate. Both are qualified exemptions and the public interest test has been carried out; on balance the public interest favours neither confirming nor denying. This should not be taken as an indication that the information you have requested is or is not held."),
    ("p", "Q3. No. Severnvale Police does not use live facial recognition technology."),
    ("table", [["Q4. Financial year", "Spend (£)"], ["2020/21", "58,940"], ["2021/22", "61,215"], ["2022/23", "66,265"], ["Total", "186,420"]],
     [0, 520], False, [0, 4], 27),
    ("p", "If you are dissatisfied with this response you may request a review within 40 working days by writing to the Information Access Unit at the address above. If you remain dissatisfied you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    ("p", "Yours sincerely,"),
    ("line", "Janet Orme"),
    ("line", "Disclosure Officer, Information Access Unit"),
]
save_scan("11-reply.jpg", render_pages([page], serif=False, sz=27, seed=11))
label("11", "jpg", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 412,
      "Scanned JPG with no text layer; NCND on makers under s24(2)/s31(3) alongside a disclosed count and a spend table whose numbers are money, not cameras.")
