from lib import *
write_request("16", """
Dear Clerk to Little Ashcombe Parish Council,

Under the Freedom of Information Act 2000 I would be grateful if you could tell me:
1. How many CCTV cameras the Parish Council owns or operates (including at the village hall, recreation ground and play areas).
2. Whether any of them are made by Hikvision or Dahua.
3. Who monitors the footage.

Yours faithfully,
Beatrice Olorun
""")
pages = [[
 ("LITTLE ASHCOMBE PARISH COUNCIL", "h"),
 ("Clerk: Mrs J. Penhaligon, Rose Cottage, Church Street, Little Ashcombe, Devon EX15 3RW", "s"),
 ("Tel: 01884 659 031   clerk@littleashcombe-pc.org.uk", "s"),
 ("", "n"),
 ("Ms B. Olorun", "n"),
 ("(sent by post and email)", "n"),
 ("", "n"),
 ("8th May 2024", "n"),
 ("", "n"),
 ("Dear Ms Olorun,", "n"),
 ("", "n"),
 ("Freedom of Information request - CCTV", "b"),
 ("", "n"),
 ("Thank you for your letter which I received on 22nd April. I brought it to the", "n"),
 ("attention of the Council at its meeting on 1st May.", "n"),
 ("", "n"),
 ("The Parish Council does not have any CCTV cameras. There are none at the", "n"),
 ("village hall, the recreation ground or the play areas, and the Council has no", "n"),
 ("plans to install any. As the Council has no cameras it does not hold any", "n"),
 ("information about manufacturers or monitoring.", "n"),
 ("", "n"),
 ("For completeness, the camera at the entrance to the Ashcombe Arms car park", "n"),
 ("belongs to the public house and has nothing to do with the Council.", "n"),
 ("", "n"),
 ("If you are not happy with this reply you may ask the Council to review it, and", "n"),
 ("after that you may complain to the Information Commissioner's Office,", "n"),
 ("Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", "n"),
 ("", "n"),
 ("Yours sincerely,", "n"),
 ("<SIG>", "n"),
 ("Jennifer Penhaligon", "n"),
 ("Clerk and Responsible Financial Officer", "n"),
]]
scanned_pdf("16", pages, seed=16, stamp=["LITTLE ASHCOMBE", "PARISH COUNCIL", "8 MAY 2024"])
label(path="16-reply.pdf", request_file="16-request.txt", format="pdf", body_type="council", law="foia",
      hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=0,
      note="Scanned image-only letter (OCR needed): parish council with no CCTV at all, which adds that it therefore holds no information on makers; the pub's camera is not the council's.")
