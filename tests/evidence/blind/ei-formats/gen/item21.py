from common import *
import csv

req = """
To: Northmoor National Park Authority

Under the Freedom of Information Act 2000 please tell me:

1. How many CCTV cameras does the Authority operate, and at which sites?
2. What make are they?
3. Are any of them made by Hikvision or Dahua?
4. Does the Authority use ANPR in any of its car parks?

Thanks,
Phil Garside
"""
write_request("21", req)

rows = [
 ["Northmoor National Park Authority - FOI response NNPA/FOI/24/031 - CCTV - issued 19/09/2024"],
 ["Answers to Q1-Q3 are in the table below. Q4 is answered at the foot of the table."],
 [],
 ["Site", "Area", "No. of cameras", "Make", "Status", "Notes"],
 ["Thornby Visitor Centre", "Building", "6", "Axis", "In use", "4 internal, 2 external"],
 ["Thornby Visitor Centre", "Car park", "4", "Axis", "In use", ""],
 ["Hawkshead Bridge", "Car park", "3", "Dahua", "Removed Nov 2023", "Car park now managed by concession holder"],
 ["Langstrath Depot", "Yard/workshop", "2", "HikVision", "In use", ""],
 ["Langstrath Depot", "Yard/workshop", "1", "Hanwha", "In use", "PTZ, fuel store"],
 ["Moor End Ranger Base", "Building", "2", "Hanwha", "In use", "Door entry + store"],
 [],
 ["Q4: The Authority does not operate ANPR. The Hawkshead Bridge car park is run by ParkSure Ltd under a concession agreement and uses ParkSure's own ANPR system; the Authority does not hold information about that equipment."],
 ["If you are unhappy with this response you may request an internal review by emailing foi@northmoor-npa.gov.uk within 40 working days, and afterwards complain to the ICO (ico.org.uk)."],
]
with open(p("21-reply.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)

add_label(path="21-reply.csv", request_file="21-request.txt", format="csv", body_type="other",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=15,
          note="CSV with preamble rows and no total: the 3 Dahua cameras are marked 'Removed Nov 2023' so the count is 15 not 18 and Dahua is 'no'; 'HikVision' 2 still in use; ANPR belongs to a concession holder.")
