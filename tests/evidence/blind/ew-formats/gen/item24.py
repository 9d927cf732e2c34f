from common import write_request, add_label, out
from pdfletter import *

NN = "24"
write_request(NN, """
Dear Oakhurst Academies Trust

FOI request re CCTV. For each academy in the Trust please give:

1 - the number of CCTV cameras
2 - the manufacturer of the cameras

and also:

3 - are any of the Trust's cameras made by Hikvision?
4 - are any made by Dahua?
5 - do any cameras cover toilets or changing rooms?

Thanks,
Grace Ellwood-Barnes
""")

acads = [
    ("Oakhurst Academy (secondary)", 58, "Hikvision", "Hikvision NVR, server room",
     "Upgraded summer 2022; includes sports hall and 3G pitch cameras"),
    ("Oakhurst Sixth Form Centre", 14, "Hikvision", "Shared NVR with Oakhurst Academy", ""),
    ("Birchfield Primary Academy", 11, "Not known", "DVR, school office", "Legacy system installed before conversion (2016). "
     "No manufacturer markings on cameras; no installation records transferred."),
    ("Castle Mead Primary Academy", 9, "Not known", "DVR, school office", "Legacy system, as above. Scheduled for survey in 2025/26."),
    ("Dunstan Road Academy", 32, "Axis", "Axis Camera Station server", "Installed 2023 as part of new build"),
    ("Fellgate Primary Academy", 8, "Hikvision", "Hikvision NVR", ""),
    ("Greenhow Junior Academy", 7, "Hanwha", "Hanwha NVR", ""),
    ("Larchwood Infant Academy", 4, "Hanwha", "Hanwha NVR", "Entrance and car park only"),
    ("Marsh Lane Academy", 41, "Axis / Hikvision", "Axis Camera Station server",
     "Axis internal cameras (29); external cameras are Hikvision (12)"),
    ("Trust Central Office, Unit 2 Meridian Park", 3, "Hanwha", "Hanwha NVR", ""),
]
total = sum(a[1] for a in acads)

story = [
    P("<b>OAKHURST ACADEMIES TRUST</b>", HEAD),
    P("Trust Central Office, Unit 2 Meridian Park, Oakhurst OK4 6BN<br/>governance@oakhurst-trust.org.uk"),
    Spacer(1, 6),
    P("Ms G Ellwood-Barnes<br/>By email"),
    P("18 November 2024"),
    P("Our reference: OAT/FOI/2024-31"),
    P("Dear Ms Ellwood-Barnes"),
    P("<b>Request for information &ndash; CCTV</b>"),
    P("Thank you for your request under the Freedom of Information Act 2000 which we received on 21 October 2024. "
      "We have contacted each of our academies and our estates partner to gather the information and our "
      "response is below."),
    P("Several of our academies joined the Trust on conversion from local authority maintained schools, and "
      "CCTV systems installed before conversion were not always accompanied by records such as installation "
      "certificates, asset lists or specifications. Where we do not hold information we have said so."),
    P("<b>Questions 1 and 2</b> &ndash; please see the table below. The table also shows where the recordings "
      "are stored at each site."),
    P("<b>Question 3</b> &ndash; Yes, at four sites. Please see the table."),
    P("<b>Question 4</b> &ndash; We have not identified any Dahua cameras at the eight sites where the "
      "manufacturer is recorded. The manufacturer of the legacy systems at Birchfield Primary Academy and "
      "Castle Mead Primary Academy is not recorded, and we therefore do not hold information which would allow "
      "us to answer this question for those two academies."),
    P("<b>Question 5</b> &ndash; No. No CCTV camera in any of the Trust's academies is positioned in or covers "
      "a toilet or changing area. The Trust's CCTV policy prohibits this."),
    Spacer(1, 6),
]
rows = [["Academy / site", "No. of cameras", "Camera manufacturer", "Recording", "Notes"]]
for a in acads:
    rows.append([a[0], str(a[1]), a[2], a[3], a[4]])
rows.append(["<b>Total</b>", f"<b>{total}</b>", "", "", ""])
story.append(grid_table(rows, [42, 20, 28, 37, 43]))
story += [
    Spacer(1, 10),
    P("If you are unhappy with the way we have handled your request you may ask for an internal review by "
      "writing to the Trust's Governance Lead at the address above within 40 working days. If you remain "
      "dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
      "Wilmslow, Cheshire SK9 5AF."),
    P("Yours sincerely"),
    Spacer(1, 8),
    P("Rebecca Nwosu<br/>Governance and Compliance Manager"),
]
build(out(f"{NN}-reply.pdf"), story, footer_text="Oakhurst Academies Trust - a company limited by guarantee, registered in England no. 07731460")
print("total", total)
add_label(NN, "pdf", "academy", "foia", "yes", "unknown", "partially_answered", [], total,
          "Per-academy table runs onto page 2 where the Total row sits; Hikvision is 'Yes, at four sites' but "
          "Dahua is not ruled out because two legacy systems' makers are not held.")
