from lib import *
write_request("18", """
Dear Headteacher,

Please could you answer the following under the Freedom of Information Act:

1) How many CCTV cameras are there on the school site?
2) Are any of the cameras made by Hikvision?
3) Are any made by Dahua?
4) Are there cameras inside classrooms?
5) Please send me a copy of the school's CCTV policy.
6) How much does the school pay its CCTV contractor each year, and who is it?

Regards,
Daniel Whitcombe
""")
pages = [[
 ("ST AIDAN'S HIGH SCHOOL", "h"),
 ("Barrowfield Road, Wythenshawe, Manchester M22 9RL   Tel 0161 498 2270", "s"),
 ("Headteacher: Mr R. J. Okafor BSc NPQH", "s"),
 ("", "n"),
 ("19/06/2024", "n"),
 ("", "n"),
 ("Mr D Whitcombe", "n"),
 ("", "n"),
 ("Dear Mr Whitcombe", "n"),
 ("", "n"),
 ("RE: FOI REQUEST - CCTV", "b"),
 ("", "n"),
 ("Further to your email of 23rd May, please see below.", "n"),
 ("", "n"),
 ("1)  24 external, 8 internal", "n"),
 ("2)  Yes", "n"),
 ("3)  No", "n"),
 ("4)  No", "n"),
 ("5)  Attached.", "n"),
 ("6)  Withheld - s.43(2) commercial interests. Disclosure of the contract value and", "n"),
 ("     supplier would prejudice the school's position when the contract is re-tendered", "n"),
 ("     in 2025. We have considered the public interest and believe it favours", "n"),
 ("     withholding at this time.", "n"),
 ("", "n"),
 ("You can ask for a review of this decision by writing to the Chair of Governors", "n"),
 ("at the school address. If you are still unhappy you can contact the ICO.", "n"),
 ("", "n"),
 ("Regards", "n"),
 ("<SIG>", "n"),
 ("Mrs S. Greenhalgh", "n"),
 ("School Business Manager", "n"),
 ("", "n"),
 ("Enc. CCTV Policy (reviewed Nov 2023)", "s"),
]]
scanned_pdf("18", pages, seed=18, stamp=None)
label(path="18-reply.pdf", request_file="18-request.txt", format="pdf", body_type="school", law="foia",
      hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s43"], camera_count=32,
      note="Scanned terse reply '1) 24 external, 8 internal 2) Yes 3) No' only understandable with the request (separate Hikvision and Dahua questions), count must be summed, contractor withheld under s.43(2).")
