from common import *

write_text("12-request.txt", """
To: Police Scotland
Subject: Information request - CCTV at police premises

Under the Freedom of Information (Scotland) Act 2002 I request:

1. The number of CCTV cameras installed at Police Scotland premises (police stations, custody centres, offices and training sites).
2. A breakdown of that number by local policing division.
3. The manufacturers and models of those cameras.
4. Specifically, whether any of the cameras or recording equipment are manufactured by Hikvision or Dahua.

Regards,
Fraser McAuslan
""")

divs = [("North East (A)", 164), ("Tayside (D)", 141), ("Highland and Islands (N)", 118),
        ("Forth Valley (C)", 96), ("Edinburgh City (E)", 212), ("The Lothians and Scottish Borders (J)", 133),
        ("Fife (P)", 109), ("Greater Glasgow (G)", 298), ("Ayrshire (U)", 122), ("Lanarkshire (Q)", 187),
        ("Argyll and West Dunbartonshire (L)", 84), ("Renfrewshire and Inverclyde (K)", 102),
        ("Dumfries and Galloway (V)", 71), ("Custody centres (national)", 264),
        ("Corporate estate (Tulliallan, Gartcosh, Dalmarnock etc.)", 221)]
total = sum(n for _, n in divs)

cover = [
    ["POLICE SCOTLAND - FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"],
    ["Our reference: IM-FOI-2024-1876"],
    ["Your request dated 12 August 2024"],
    [],
    ["I respond to your request for information regarding CCTV at Police Scotland premises."],
    ["Questions 1 and 2 - the number of CCTV cameras at Police Scotland premises, by division, is provided on the tab 'Table 1'. Figures are correct as at 31 July 2024 and are taken from the Estates asset register."],
    ["Questions 3 and 4 - in terms of section 16 of the Act, I am refusing to provide the manufacturers and models of the cameras and recording equipment. The exemptions that I consider to be applicable are set out below."],
    ["Section 35(1)(a) and (b) - Law enforcement. Disclosure of the makes and models of security equipment at police premises would identify the capabilities and potential vulnerabilities of that equipment and would be likely to prejudice substantially the prevention and detection of crime and the apprehension or prosecution of offenders."],
    ["Section 31(1) - National security. Police premises form part of the national security infrastructure and disclosure of the equipment used to protect them would be of use to those seeking to attack or compromise the police estate."],
    ["Both exemptions are subject to the public interest test. Whilst there is a public interest in the transparency of public procurement, particularly given the publicity concerning certain manufacturers, I consider that the public interest lies in protecting the security of police premises and the people within them. On balance, the public interest favours maintaining the exemptions."],
    [],
    ["Should you require any further assistance please contact Information Management - Glasgow quoting the reference number given."],
    ["If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are entitled to request a review of our decision within 40 working days of the date of this response. Your request must be in writing and should be addressed to: Information Management - Glasgow, Police Scotland, Clyde Gateway, 2 French Street, Dalmarnock, G40 4EH, or foi@scotland.police.uk."],
    ["If you remain dissatisfied following our review response, you can apply to the Office of the Scottish Information Commissioner within 6 months for a decision. You can apply online, by email to enquiries@foi.scot or by letter to Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife, KY16 9DS."],
    ["Following an OSIC appeal, you can appeal to the Court of Session on a point of law only."],
    ["This response will be added to our Disclosure Log in seven days' time."],
]
table1 = [["Table 1: CCTV cameras at Police Scotland premises by division (as at 31/07/2024)"], [],
          ["Division / business area", "Number of CCTV cameras"]]
table1 += [[d, n] for d, n in divs]
table1.append(["Total", total])
table1 += [[], ["Note: excludes body worn video, in-vehicle cameras, ANPR and public space CCTV systems owned by local authorities."]]

write_xlsx("12-reply.xlsx", [
    ("Response letter", cover, {"bold_rows": [0, 1], "widths": [140], "wrap_col": "A"}),
    ("Table 1", table1, {"bold_rows": [0, 2, len(table1) - 3], "widths": [55, 26], "grid_from": 2, "grid_to": len(table1) - 2}),
])
print(total)
add_label("12", "xlsx", "xlsx", "police", "foisa", "unknown", "unknown", "partially_answered", ["s35", "s31"], total,
          "Workbook with the Scottish refusal letter on one tab and a per-division table with a Total row on another; makers withheld under FOISA s35(1)(a)(b) and s31(1); s16 is only the refusal-notice section.")
