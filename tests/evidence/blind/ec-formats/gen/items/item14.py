import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "14"
REQ = """
Subject: FOI - body worn video

Dear Cheshire Constabulary,

Please provide the following information about body worn video (BWV):

1. How many body worn video cameras does the force currently have in use?
2. What is the make and model of the devices?
3. Are any of the devices, or the docking stations, made by Hikvision or Dahua?
4. What was the value of the contract for the current devices?
5. Where is BWV footage stored (on premises or cloud), and who provides the storage?

Kind regards,
Tomasz Wierzbicki
"""

BODY = """Dear Mr Wierzbicki

Freedom of Information Request Reference No: FOI 8842/24

I write in connection with your request for information received on 29/07/2024. Cheshire Constabulary has now completed its search for the information you requested. Our responses are shown below each of your questions.

> Dear Cheshire Constabulary,
>
> Please provide the following information about body worn video (BWV):
>
> 1. How many body worn video cameras does the force currently have in use?

2,150

> 2. What is the make and model of the devices?

Motorola Solutions VB400. Docking is via Motorola 14-bay docks.

> 3. Are any of the devices, or the docking stations, made by Hikvision or Dahua?

No

> 4. What was the value of the contract for the current devices?

The contract was awarded through the national BWV framework in 2021. The value of the call-off was £1,384,000 over four years including licences and support.

> 5. Where is BWV footage stored (on premises or cloud), and who provides the storage?

Footage is uploaded to Motorola VideoManager and held on force servers at Clemonds Hey, with evidential footage transferred to the Digital Evidence Management System (DEMS) hosted in the cloud by the force's DEMS provider.

> Kind regards,
> Tomasz Wierzbicki

Please note this response relates to body worn video only.

If you are dissatisfied with this response, you may request an internal review within 40 working days. Please write to the Freedom of Information Team, Cheshire Constabulary HQ, Clemonds Hey, Oakmere Road, Winsford, Cheshire CW7 2UA. If you remain dissatisfied after the internal review you may apply to the Information Commissioner.

Yours sincerely

Amrit Sandhu
Disclosure Officer
Freedom of Information Team
Cheshire Constabulary
"""

msg = email_base("FOI Team <foi@cheshire.police.example.uk>", "Tomasz Wierzbicki <t.wierzbicki@example.com>",
                 "RE: FOI - body worn video [FOI 8842/24]", dt(2024, 8, 22, 16, 5),
                 "<FOI8842-24.2208@cheshire.police.example.uk>", in_reply_to="<9b1f0@example.com>")
msg.set_content(BODY)
write_request(NN, REQ)
save_eml(f"{NN}-reply.eml", msg)
write_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="police",
            law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=2150,
            note="Inline answers typed under each quoted question; the request is about body-worn video only, so the BWV count (2,150) and the bare 'No' to both makers are the answer.")
