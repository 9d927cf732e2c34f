from lib import *

write_text("23-request.txt", """
Police Scotland - information request (FOISA)

Please provide the following in spreadsheet form:
1) The number of CCTV cameras in each Police Scotland custody centre, or by division if that is how it is recorded
2) The manufacturer of these cameras
3) Whether any are made by Hikvision
4) Whether any are made by Dahua

Many thanks
Morag Lindsay
""")

resp = [
    ["Police Scotland – Freedom of Information (Scotland) Act 2002"],
    ["Our reference: IM-FOI-2024-1533"],
    ["Response date: 22 July 2024"],
    [],
    ["Question", "Response"],
    ["1) Number of CCTV cameras in each custody centre, or by division", "Custody CCTV is recorded by local policing division. Please see the tab 'Custody CCTV by division'."],
    ["2) Manufacturer of these cameras", "Withheld – see below."],
    ["3) Whether any are made by Hikvision", "Withheld – see below."],
    ["4) Whether any are made by Dahua", "Withheld – see below."],
    [],
    ["In relation to questions 2 to 4, the information is considered exempt in terms of the Freedom of Information (Scotland) Act 2002 and section 16 of the Act requires us to provide you with a notice which: (a) states that we hold the information, (b) states that we are claiming an exemption, (c) specifies the exemption in question and (d) states, if that would not be otherwise apparent, why the exemption applies."],
    ["Section 35(1)(a)&(b) – Law enforcement: identifying the manufacturers of custody CCTV equipment would allow vulnerabilities in those products to be targeted, substantially prejudicing the prevention and detection of crime and the apprehension or prosecution of offenders."],
    ["Section 31(1) – National security: the custody estate forms part of the infrastructure used in counter-terrorism investigations."],
    ["These are non-absolute exemptions and require the application of the public interest test. Whilst there is a public interest in the security of public sector procurement, the public interest lies in favour of maintaining the exemptions."],
    [],
    ["Should you require any further assistance please contact Information Management – Dundee at foidundee@scotland.police.uk quoting the reference number given. If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are entitled to request a review of our actions and decisions within 40 working days. If you remain dissatisfied following our review response, you can apply to the Office of the Scottish Information Commissioner within 6 months for a decision."],
]
data = [
    ["Division", "Custody centres", "CCTV cameras"],
    ["North East (A)", 3, 94],
    ["Tayside (D)", 3, 71],
    ["Highlands & Islands (N)", 6, 88],
    ["Forth Valley (C)", 2, 46],
    ["Edinburgh City (E)", 2, 112],
    ["The Lothians & Scottish Borders (J)", 3, 58],
    ["Fife (P)", 2, 49],
    ["Greater Glasgow (G)", 4, 186],
    ["Ayrshire (U)", 2, 52],
    ["Lanarkshire (Q)", 3, 97],
    ["Argyll & West Dunbartonshire (L)", 3, 41],
    ["Renfrewshire & Inverclyde (K)", 2, 60],
    ["Dumfries & Galloway (V)", 2, 33],
    [],
    ["Note: figures are for cameras within custody centres (including cell corridors, charge bar and exercise yards) as at 01/07/2024. Stations not designated as custody centres are excluded."],
]
total = sum(r[2] for r in data[1:14])
write_bytes("23-reply.ods", ods_bytes([("Response", resp), ("Custody CCTV by division", data)]))
print(total)
add_label(path="23-reply.ods", request_file="23-request.txt", format="ods", body_type="police",
          law="foisa", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s35", "s31"],
          camera_count=total, note="Per-division rows with no total (must be summed, custody-centre column ignored); all maker questions withheld under FOISA s35/s31; s16 is not an exemption.")
