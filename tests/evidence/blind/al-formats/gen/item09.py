from common import *

REQ = """Dear Sir/Madam

Freedom of Information request

1. How many CCTV cameras are installed at your fire stations, headquarters and other premises?
2. What makes of camera are they?
3. Are any manufactured by Hikvision (including its sub-brands)?
4. Are any manufactured by Dahua (including its sub-brands)?
5. Are any of the systems cloud-connected or viewable remotely over the internet?

Yours faithfully
Daniel Hale"""
write_request("09", REQ)

body = """Dear Mr Hale

Your Freedom of Information request - our ref FRS/FOI/0962

Thank you for your request received 19/06/2024. Please see the information from our Estates department below, which answers questions 1, 2, 3 and 5.

Q4 - we have checked with our maintenance contractor and the answer is no.

If you are not satisfied you can ask for an internal review by replying to this email within 40 working days. You can also contact the ICO at ico.org.uk/make-a-complaint.

Regards

Jo Ashdown
Information Governance Officer
Mercia Vale Fire and Rescue Service
Service Headquarters, Croft Lane, Kingsbury KB6 3FR
01874 331 905

---------- Forwarded message ---------
From: Paul Dewsbury <paul.dewsbury@merciavalefire.gov.uk>
Date: Tue, 2 Jul 2024 at 14:58
Subject: RE: FOI 0962 - CCTV - info needed by 12/07 please
To: Jo Ashdown <jo.ashdown@merciavalefire.gov.uk>
Cc: Estates Helpdesk <estates@merciavalefire.gov.uk>

Hi Jo

Numbers - 118 cameras installed across the 24 stations, SHQ and the training centre at Hollins Park. There are another 9 on order for Eastfield (new station, due to open in the autumn) so don't include those.

Makes - the on-call stations are mostly HiLook (went in with the 2019 rollout, cheapest option at the time), Axis at SHQ, Service Control and Hollins Park. Not Dahua as far as I know but Stanley Security would be able to confirm, they do the maintenance.

Cloud - no, all recording is on local NVRs, remote viewing from SHQ only over the corporate VPN.

Shout if you need anything else.

Paul

Paul Dewsbury
Estates Compliance Manager
Mercia Vale Fire and Rescue Service

-----Original Message-----
From: Jo Ashdown
Sent: 20 June 2024 09:12
To: Estates Helpdesk
Subject: FOI 0962 - CCTV - info needed by 12/07 please

Morning, please can you help with the attached FOI re CCTV at stations. Qs 1-5, deadline for me is 12/07.

Thanks, Jo

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender.
"""
m = new_mail('"Jo Ashdown" <jo.ashdown@merciavalefire.gov.uk>', "daniel.hale.foi@protonmail.com",
             "Fwd: RE: FOI 0962 - CCTV - info needed by 12/07 please", dt(2024, 7, 9, 15, 31))
m["X-Mailer"] = "Microsoft Outlook 16.0"
m.set_content(body)
save_mail("09", m)
add_label("09", "eml", "fire", "foia", "yes", "no", "answered", [], 118,
          "Answers sit in an internal estates email forwarded to the requester (Hikvision only as its HiLook brand, cameras on order to be left out), while the Dahua answer is a bare 'no' from the officer overriding the engineer's hedge.")
