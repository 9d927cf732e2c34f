"""23: NHS trust e-mail; attached PDF Q&A table says not held (PFI); quoted internal thread leaks a rough figure."""
from common import *

story = paras("""<b>Kingsmere Hospitals NHS Trust</b>
Information Governance Department, Kingsmere University Hospital, Castle Hill Road, Kingsmere KM1 3RS""", SMALL)
story.append(Spacer(1, 8))
story += paras("""<b>Freedom of Information Request: KHT/FOI/2324/1408</b>
Date of response: 19/03/2024

Dear Ms Marchetti

Thank you for your request, received on 20/02/2024. The Trust's response is set out in the table below.""")
q = [["Question", "Response"],
     ["1. Number of CCTV cameras at Kingsmere University Hospital",
      "Kingsmere University Hospital was built and is maintained under a Private Finance Initiative (PFI) "
      "contract. The CCTV system forms part of the building and is owned, operated and maintained by the PFI "
      "Project Company, Castle Hill Healthcare Partners Ltd, through its facilities management provider. "
      "The Trust does not hold information on the number of cameras."],
     ["2. Manufacturer(s)", "Not held - see response to Q1."],
     ["3. Any Hikvision or Dahua cameras? If so how many?", "Not held - see response to Q1."],
     ["4. Annual CCTV maintenance cost",
      "Not held. CCTV maintenance is included within the PFI unitary charge and is not separately identified."]]
story.append(grid(q, [60*mm, 110*mm], header_rows=1, repeat=True))
story.append(Spacer(1, 8))
story += paras("""You may wish to contact Castle Hill Healthcare Partners Ltd directly; please note that the company is not a
public authority under the Freedom of Information Act 2000.

If you are dissatisfied with this response you may request an internal review by contacting
khn.foi@nhs.example.net within 40 working days. If you remain dissatisfied you have the right to complain to the
Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Information Governance Team
Kingsmere Hospitals NHS Trust""")
pdf = pdf_bytes(story, title="KHT/FOI/2324/1408")

body = """Dear Ms Marchetti,

Please see attached response to your request for information.

Kind regards

FOI Team
Kingsmere Hospitals NHS Trust

________________________________
From: Hollis Sue (KINGSMERE HOSPITALS NHS TRUST)
Sent: 18 March 2024 16:20
To: FOI (KINGSMERE HOSPITALS NHS TRUST)
Subject: FW: KHT/FOI/2324/1408 CCTV

Response drafted and attached, please send.

________________________________
From: Pryor Dave (KINGSMERE HOSPITALS NHS TRUST)
Sent: 14 March 2024 09:47
To: Hollis Sue (KINGSMERE HOSPITALS NHS TRUST)
Subject: RE: KHT/FOI/2324/1408 CCTV

Hi Sue - spoke to the ProjectCo helpdesk, they reckon 140ish cameras on site but it's all theirs under the PFI, we don't have any records of it and don't pay for it separately. I'd say not held.
Dave

Dave Pryor | Estates Contract Manager (PFI)

________________________________
From: Lydia Marchetti
Sent: 20 February 2024 12:05
To: FOI (KINGSMERE HOSPITALS NHS TRUST)
Subject: FOI - CCTV cameras

Hi,

Could you please answer the following under FOI:

1. Number of CCTV cameras at Kingsmere University Hospital
2. Manufacturer(s)
3. Any Hikvision or Dahua cameras? If so how many?
4. Annual CCTV maintenance cost

Thanks
Lydia Marchetti

********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
********************************************************************
"""
make_eml(out("23-reply.eml"), [
    ("From", "FOI (KINGSMERE HOSPITALS NHS TRUST) <khn.foi@nhs.example.net>"),
    ("To", "Lydia Marchetti <l.marchetti@inbox.example>"),
    ("Subject", "RE: FOI - CCTV cameras [KHT/FOI/2324/1408]"),
    ("Date", "Tue, 19 Mar 2024 10:12:31 +0000"),
    ("Message-ID", "<AM0PR09MB1408.KHT@nhs.example.net>"),
], body, attachments=[("KHT-FOI-2324-1408 response.pdf", pdf, "application", "pdf")])
