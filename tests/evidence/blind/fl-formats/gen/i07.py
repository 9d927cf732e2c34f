from lib import *
NN = "07"
write_request(NN, """
Dear Strathallan Council,

Under the Freedom of Information (Scotland) Act 2002, please tell me:

1. How many public space CCTV cameras does the Council operate, broken down by town?
2. What make are the cameras?
3. Are any of them made by Hikvision or Dahua?
4. Does the Council have any plans to replace or upgrade the system?

Thank you
Morag Lindsay
""")
resp = [
    [("Strathallan Council - Freedom of Information (Scotland) Act 2002",)],
    ["Our reference: FOI-SC-24-00532"],
    ["Date: 9 September 2024"],
    [],
    [("Q",), ("Response",)],
    ["1", "Please see the tab 'Public Space CCTV'. Figures are cameras currently operational."],
    ["2", "The majority of the cameras are Hanwha (formerly Samsung Techwin). Exceptions are recorded in the Notes column of the 'Public Space CCTV' tab."],
    ["3", "See Q2."],
    ["4", "An upgrade of the town centre systems is planned for 2025/26, subject to budget approval. No contract has yet been awarded."],
    [],
    ["If you are dissatisfied with the way the Council has dealt with your request, you may ask us to review our actions and decisions by writing to the FOI Review Officer, Strathallan Council, Council Buildings, Dunmore Road, Crieffton PH7 3AB, within 40 working days of receiving this response."],
    ["If you remain dissatisfied following the review you have the right to apply to the Scottish Information Commissioner within six months for a decision. You can apply online at www.foi.scot or write to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS."],
]
cams = [
    [("Town",), ("Fixed",), ("PTZ",), ("Monitored by",), ("Notes",)],
    ["Crieffton", 22, 9, "Control room", "2 x PTZ at Bridge St / High St junction are Hikvision (legacy), to be replaced under 2025/26 upgrade"],
    ["Auchterlaw", 8, 3, "Control room", ""],
    ["Balmerino Bridge", 6, 2, "Control room", "1 x Bosch fixed dome at bus terminus"],
    ["Kinnellan", 5, 2, "Control room", "PTZ cameras are Hikvision"],
    ["Glenshee Road retail park", 4, 0, "Control room", ""],
    ["Dunmore", 0, 0, "-", "System decommissioned Nov 2023"],
    ["Pitcairnie", 3, 1, "Police Scotland (local)", ""],
]
ods_write(out(f"{NN}-reply.ods"), [("Response", resp), ("Public Space CCTV", cams)])
tot = sum(r[1] + r[2] for r in cams[1:])
print(tot)
label(NN, "ods", "council", "foisa", "yes", "no", "answered", [], tot,
      "ODS: makers given as 'majority Hanwha' with exceptions only in the Notes column of the second sheet (Hikvision legacy PTZs, still in use, due for replacement); count = sum of Fixed and PTZ columns")
