from helpers import *

write_text("05-request.txt", """
Dear Inverlochan Council,

I would like to request the following under the Freedom of Information (Scotland) Act 2002.

1. The number of public space CCTV cameras operated by the council.
2. The number at each site/town.
3. The manufacturer of the cameras at each site.
4. Whether any Hikvision or Dahua cameras have been removed from the council's system in the last three years, and if so how many and why.

Please send the information in a spreadsheet if possible.

Kind regards,
Morag Strachan
""")

resp = [
    [("b", "Inverlochan Council – Freedom of Information (Scotland) Act 2002")],
    ["Request reference: FOI-IC-24-01452"],
    ["Response date: 11 September 2024"],
    [""],
    ["Dear Ms Strachan"],
    ["Thank you for your request received on 15 August 2024. The Council holds the information requested and it is provided in this workbook."],
    ["Questions 1 and 2 – see tab 'Cameras by site'."],
    ["Question 3 – see tab 'Makes by site'."],
    ["Question 4 – see tab 'Removed'."],
    [""],
    ["Your right to seek a review: if you are dissatisfied with the way the Council has dealt with your request you can require us to review our actions and decisions by writing to the Governance Manager, Inverlochan Council, Council Buildings, Glebe Street, Inverlochan IV30 4QX within 40 working days."],
    ["If you remain dissatisfied following review you have the right to apply to the Scottish Information Commissioner within six months for a decision. You can apply online at www.foi.scot/appeal or write to: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS."],
    ["Should you wish to appeal against the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only."],
    [""],
    ["Fiona Baird, Information Officer"],
]
sites = [
    # site, axis, dahua, hanwha, other
    ("Inverlochan town centre", 14, 0, 6, 0),
    ("Inverlochan harbour", 4, 0, 0, 0),
    ("Kilbrannan Main Street", 0, 5, 0, 0),
    ("Kilbrannan bus station", 0, 3, 0, 0),
    ("Portmoy", 6, 0, 0, 0),
    ("Dalnacraig", 3, 0, 2, 0),
    ("Strathfinnan", 0, 0, 4, 1),
    ("Ardcaol ferry terminal", 5, 0, 0, 0),
    ("Glenbeag", 2, 0, 0, 2),
    ("Council Buildings, Glebe Street", 8, 0, 0, 0),
]
bysite = [[("b", "Site / town"), ("b", "Number of public space cameras")]]
for s in sites:
    bysite.append([s[0], sum(s[1:])])
total = sum(sum(s[1:]) for s in sites)
bysite.append([("b", "Total"), ("b", total)])
makes = [[("b", "Site / town"), ("b", "Axis"), ("b", "Dahua"), ("b", "Hanwha"), ("b", "Other (Vivotek)")]]
for s in sites:
    makes.append([s[0]] + [v if v else "" for v in s[1:]])
removed = [
    [("b", "Site"), ("b", "Make"), ("b", "Number removed"), ("b", "Date removed"), ("b", "Reason")],
    ["Inverlochan town centre", "Hikvision", 9, "Feb 2023", "Replaced with Axis cameras during town centre upgrade; end of life equipment"],
    ["Portmoy", "Hikvision", 4, "Mar 2023", "Replaced with Axis cameras; end of life"],
    ["Kilbrannan Main Street", "Dahua", 1, "Nov 2023", "Vandalised – replaced like for like"],
]
write_ods(out("05-reply.ods"), [("Response", resp), ("Cameras by site", bysite),
                                ("Makes by site", makes), ("Removed", removed)],
          widths={"Response": [25], "Cameras by site": [7, 6], "Makes by site": [7, 2.5, 2.5, 2.5, 3.5],
                  "Removed": [6, 3, 3, 3, 12]})
print(total)
label(5, "ods", "council", "foisa", "no", "yes", "answered", [], total,
      "Workbook answer spread across tabs; a 'Removed' tab lists Hikvision units taken out in 2023 while current makes (Axis/Dahua/Hanwha/Vivotek) omit Hikvision; Dahua both current and removed like-for-like.")
note(5, f"ODS workbook, Scottish council FOISA; total {total} in by-site tab; makes-by-site has Dahua at Kilbrannan; 'Removed' tab lists Hikvision removed 2023 -> hik no. Hard.")
