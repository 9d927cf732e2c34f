from common import *

write_text("22-request.txt", """
Dear North Lincolnshire Council,

I would like the following information about CCTV at your waste sites:

Q1. How many CCTV cameras are installed at the council's household waste recycling centres (HWRCs) and waste depots?
Q2. Please break this down by site and by manufacturer.
Q3. Are any of these cameras made by Hikvision or Dahua?
Q4. Is ANPR used at any HWRC?

Thanks
Lauren Gosling
""")

hw = [("Scunthorpe HWRC (Hempdyke)", 4, 6, 2, 0), ("Barton HWRC", 3, 2, 0, 0), ("Winterton HWRC", 2, 3, 1, 0),
      ("Brigg HWRC", 2, 2, 0, 0), ("Crowle HWRC", 0, 3, 0, 0)]
dp = [("Billet Lane Depot", 6, 4, 2, 0), ("Crosby Road Transfer Station", 2, 5, 0, 0)]

def tab(rows):
    out = [["Site", "Axis", "Dahua", "Hanwha", "Hikvision", "Total"]]
    for r in rows:
        out.append(list(r) + [sum(r[1:])])
    return out

hw_t, dp_t = tab(hw), tab(dp)
hw_total = sum(r[-1] for r in hw_t[1:])
dp_total = sum(r[-1] for r in dp_t[1:])

cover = [
    ["North Lincolnshire Council"],
    ["Request for information - reference EIR/2024/0339"],
    ["Date of response: 06/06/2024"],
    [],
    ["Your request has been handled under the Environmental Information Regulations 2004 as it relates to waste management facilities."],
    [],
    ["Q1", "Please see the 'Summary' tab."],
    ["Q2", "Please see the 'HWRCs' and 'Depots' tabs."],
    ["Q3", "Please see the site tabs. Hikvision cameras previously installed at Barton and Winterton HWRCs were replaced during the 2024 upgrade - see 'Decommissioned' tab for information."],
    ["Q4", "Yes. ANPR cameras at the entrances to Scunthorpe and Winterton HWRCs support the van and trailer permit scheme. These are included in the figures."],
    [],
    ["If you are dissatisfied with the handling of your request you may ask for an internal review (reconsideration) within 40 working days by emailing informationgovernance@northlincs.gov.uk. You may then complain to the Information Commissioner's Office."],
    ["Contact: Information Governance Team, Church Square House, 30-40 High Street, Scunthorpe DN15 6NL"],
]
summary = [["Area", "Cameras"], ["HWRCs", hw_total], ["Depots", dp_total], ["Grand total", hw_total + dp_total]]
decom = [["Asset ref", "Site", "Make", "Model", "Date removed"],
         ["NLC-W-0031", "Barton HWRC", "Hikvision", "DS-2CD2T46G2-2I", "12/02/2024"],
         ["NLC-W-0032", "Barton HWRC", "Hikvision", "DS-2CD2T46G2-2I", "12/02/2024"],
         ["NLC-W-0047", "Winterton HWRC", "Hikvision", "DS-2DE4425IW-DE", "04/03/2024"],
         ["NLC-W-0048", "Winterton HWRC", "Hikvision", "DS-2CD2T46G2-2I", "04/03/2024"],
         ["NLC-W-0049", "Winterton HWRC", "Hikvision", "DS-2CD2T46G2-2I", "04/03/2024"]]

write_xlsx("22-reply.xlsx", [
    ("Cover", cover, {"bold_rows": [0, 1], "widths": [8, 120], "wrap_col": "B"}),
    ("Summary", summary, {"bold_rows": [0, 3], "widths": [20, 12], "grid_from": 0}),
    ("HWRCs", hw_t, {"bold_rows": [0], "widths": [30, 8, 8, 8, 10, 8], "grid_from": 0}),
    ("Depots", dp_t, {"bold_rows": [0], "widths": [30, 8, 8, 8, 10, 8], "grid_from": 0}),
    ("Decommissioned", decom, {"bold_rows": [0], "widths": [12, 18, 12, 20, 14], "grid_from": 0}),
])
print(hw_total, dp_total)
add_label("22", "xlsx", "xlsx", "council", "eir", "no", "yes", "answered", [], hw_total + dp_total,
          "Five-tab workbook answered under EIR: cover sheet refers to tabs; makers as columns on the site tabs (Dahua non-zero, Hikvision all zero); a 'Decommissioned' tab lists removed Hikvision cameras; Summary tab has the grand total.")
