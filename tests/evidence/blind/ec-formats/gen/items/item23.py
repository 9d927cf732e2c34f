import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "23"
REQ = """
Dear Swansea Bay University Health Board,

Please could you tell me, for Neath Port Talbot Hospital:

1. How many CCTV cameras are installed at the hospital?
2. Are any of them manufactured by Hikvision or Dahua?
3. Who monitors the cameras?

Thanks,
Carys Bevan
"""

BODY = """Dear Ms Bevan

Freedom of Information Act 2000 - Request Reference: FOI-SBUHB-24-1877

Thank you for your request, received on 19 August 2024.

Neath Port Talbot Hospital was built and is operated under a Private Finance Initiative (PFI) agreement. Under the terms of that agreement the CCTV system at the hospital is provided, maintained and monitored by the PFI provider's facilities management contractor, and the system and its records belong to them. The Health Board does not hold any information about the number or make of the cameras, and I must therefore advise that the information you have requested is not held by Swansea Bay University Health Board for the purposes of the Act.

In relation to question 3, as above, the cameras are monitored by the PFI provider's facilities management contractor, not by the Health Board.

You may wish to contact the PFI provider directly, although please note that it is a private company and is not subject to the Freedom of Information Act.

If you are dissatisfied with the way in which your request has been handled, you may request an internal review by contacting the Information Governance Department, Swansea Bay University Health Board, One Talbot Gateway, Baglan Energy Park, Port Talbot SA12 7BR. If you remain dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.

We welcome correspondence in Welsh. Corresponding in Welsh will not lead to delay. / Rydym yn croesawu gohebiaeth yn Gymraeg. Ni fydd gohebu yn Gymraeg yn arwain at oedi.

Yours sincerely

Gethin Pugh
Information Governance Officer / Swyddog Llywodraethu Gwybodaeth
Swansea Bay University Health Board / Bwrdd Iechyd Prifysgol Bae Abertawe
"""
msg = email_base("SBU Freedom of Information <sbu.foi@wales.nhs.example.uk>", "Carys Bevan <carys.bevan@example.wales>",
                 "FOI-SBUHB-24-1877 Response", dt(2024, 9, 13, 8, 55), "<FOI-SBUHB-24-1877@wales.nhs.example.uk>")
msg.set_content(BODY)
write_request(NN, REQ)
save_eml(f"{NN}-reply.eml", msg)
write_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="nhs",
            law="foia", hikvision="unknown", dahua="unknown", outcome="not_held", exemptions=[],
            camera_count=None, note="Welsh health board: cameras belong to the PFI provider so the information is not held; Q3 is answered only in general terms, which does not make it a disclosure of the CCTV facts.")
