from lib import *
NN = "12"
req = """Good morning,

This is a request under FOIA about body worn video (BWV) only.

Q1 How many body worn video cameras are currently issued to or available for use by officers and staff?
Q2 What make and model are they?
Q3 Are any of the devices manufactured by Hikvision or Dahua?
Q4 Where is footage stored (on premises or cloud, and which provider)?

Thanks,
Megan Stroud"""
write_request(NN, req)
text = f"""Dear Ms Stroud,

Freedom of Information Request Reference No: 2025/0412

I write in connection with your request for information received on 02/04/2025 concerning body worn video. I am able to disclose the located information to you as follows.

Q1. 1,860 cameras are in service across the force area. A further 200 devices have been ordered to support the uplift in neighbourhood officers and are expected during Q3 2025/26.

Q2. Axon Body 3.

Q3. None of the force's body worn video devices are manufactured by Hikvision or Dahua.

Q4. Footage is uploaded via docking stations to Axon Evidence (evidence.com), a cloud-based digital evidence management system hosted in UK data centres.

Please note the above relates to body worn video only and not to any other camera systems used by the force.

Complaint Rights - Are you unhappy with how your request has been handled? If so you may request an internal review within 40 working days. Please write to the Freedom of Information Unit, Avon and Somerset Constabulary, PO Box 37, Valley Road, Portishead, Bristol BS20 8QJ, or email foi@avonandsomerset.police.uk. If you remain dissatisfied following the internal review you may raise a complaint with the Information Commissioner's Office.

Regards

Kieran Hollis
Freedom of Information Officer
Avon and Somerset Constabulary

*********************************************************************
This email and any attachments may contain information which is confidential and/or subject to legal privilege. Any views or opinions expressed are those of the author and do not necessarily represent those of Avon and Somerset Police. All communications sent to or from Avon and Somerset Police may be subject to recording and/or monitoring in accordance with relevant legislation.
*********************************************************************

-----Original Message-----
From: Megan Stroud <mstroud.foi@gmail.com>
Sent: 02 April 2025 09:41
To: FOI Unit <foi@avonandsomerset.police.uk>
Subject: FOI - body worn video

{req}
"""
eml(NN, "Freedom of Information <foi@avonandsomerset.police.uk>", "Megan Stroud <mstroud.foi@gmail.com>",
    "RE: FOI - body worn video [Ref 2025/0412] [OFFICIAL]", dt(2025, 4, 29, 9, 12, 1), text,
    extra_headers={"X-Classification": "OFFICIAL"})
append_label(NN, "eml", "police", "foia", "no", "no", "answered", [], 1860,
             "The request is about body-worn video only, so its 1,860 devices are the count, and the 200 devices on order must not be added.")
