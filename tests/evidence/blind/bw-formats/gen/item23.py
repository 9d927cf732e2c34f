from common import *

N = 23
write_request(N, """
Dear Sefton Council,

Re: CCTV control room – Freedom of Information request

1. How many monitors are there in the CCTV control room?
2. How many digital recorders are used?
3. How many cameras are connected to the control room?
4. How many staff work in the control room?
5. Are any of the cameras or recorders made by Hikvision?
6. Are any of the cameras or recorders made by Dahua?
7. Please provide your response in CSV format.

Thanks
Glenys Mawdsley
""")

csv = """Sefton Council FOI response,,
Reference,SEF-FOI-5532,
Date,12/12/2023,
,,
Question,Response,Notes
1. Number of monitors in control room,12,Plus 2 x 55in wall displays
2. Number of digital recorders,6,Hikvision DS-9632NI (4) and Veracity (2)
3. Number of cameras connected to the control room,118,Includes 9 redeployable cameras
4. Number of staff,11,8 operators (FTE 7.4) + 2 supervisors + 1 manager
5. Hikvision cameras or recorders,Yes,Recorders only - see Q2. No Hikvision cameras
6. Dahua cameras or recorders,No,
7. Format,CSV provided,
,,
"If you are dissatisfied with the handling of your request you may ask for an internal review by emailing foi@sefton.gov.uk within 40 working days. You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",,
"""
out(N, "csv").write_text(csv, encoding="utf-8")
add_label(N, "csv", "council", "foia", "yes", "no", "answered", [], 118,
          "CSV Q/response grid; camera count sits among monitors, recorders and staff figures; Hikvision only as recorders (counts as yes)")
