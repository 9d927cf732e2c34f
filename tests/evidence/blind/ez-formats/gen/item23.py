"""23: district council, scanned letter .png; terse lettered answers only make sense against a run-on request."""
from common import *

NN = "23"
write_request(NN, """
Dear Sir or Madam, under the Freedom of Information Act could you please tell me (a) how many CCTV cameras Ashcombe District Council operates, (b) whether any of them are made by Hikvision, (c) whether any are made by Dahua and if so where they are, and (d) whether the Council has a policy on buying surveillance equipment from companies linked to the Chinese state. Many thanks, Peter Llewellyn
""")

L = [
    ("ASHCOMBE DISTRICT COUNCIL", {"bold": True, "size": 34, "font": "sans"}),
    ("Council Offices  ·  Bridge Street  ·  Ashcombe  ·  TA21 8HE", {"size": 20}),
    ("Switchboard 01823 555 600   www.ashcombe.gov.uk", {"size": 20}),
    ("", {"rule": True, "size": 18}),
    ("", {}),
    ("Mr P Llewellyn", {}),
    ("14 Orchard Close", {}),
    ("Wellsford", {}),
    ("TA21 9JS", {}),
    ("", {}),
    ("Please ask for: Information Officer      Our ref: ADC/IR/03318", {"size": 22}),
    ("Date: 27 November 2024", {"size": 22}),
    ("", {}),
    ("Dear Mr Llewellyn", {}),
    ("", {}),
    ("Freedom of Information Act 2000", {"bold": True}),
    ("", {}),
    ("I refer to your request for information dated 31 October 2024. The Council's response is as follows:", {}),
    ("", {}),
    ("(a)   73, of which 4 are currently out of service awaiting repair.", {"indent": 30}),
    ("(b)   No.", {"indent": 30}),
    ("(c)   11 - Mill Lane depot.", {"indent": 30}),
    ("(d)   No specific policy. Procurement follows the Council's Contract Procedure Rules and Cabinet Office Procurement Policy Notes.", {"indent": 30}),
    ("", {}),
    ("You have the right to request an internal review of this decision. Please write to the Monitoring Officer at the above address within 40 working days. If you are still dissatisfied following the review you may apply to the Information Commissioner's Office.", {}),
    ("", {}),
    ("Yours sincerely", {}),
    ("", {}),
    ("", {}),
    ("", {}),
    ("Nicola Brereton", {}),
    ("Information Officer, Legal & Democratic Services", {}),
]
img = render_page(L, seed=23, skew=-1.2, size=25, font=SERIF,
                  extra=lambda im, pos: signature(im, 122, pos["Nicola Brereton"] - 6, seed=23, w=200))
img.save(ROOT / f"{NN}-reply.png", optimize=True)

add_label(path=f"{NN}-reply.png", request_file=f"{NN}-request.txt", format="png",
          body_type="council", law="foia", hikvision="no", dahua="yes", outcome="answered",
          exemptions=[], camera_count=73,
          note="Scanned image; answers are bare '(b) No. (c) 11 - Mill Lane depot.' mapped to (a)-(d) buried in a one-paragraph request; 4 out-of-service cameras are inside the stated 73.")
