from lib import *
from emlhelp import *
nn = "07"
req = """Dear Information Compliance Unit,

In 2023 you answered my request about CCTV (your ref 2023/FOI/2291). Could you please provide up to date figures under the FOI Act:

1. How many CCTV cameras does the Force currently operate across its estate (stations, custody suites and other buildings)?
2. Are any of them made by Hikvision? If so how many?
3. Are any of them made by Dahua? If so how many?

Thanks,
Leanne Corriss"""
write_request(nn, req)
old_reply = """Dear Ms Corriss

FOI 2023/FOI/2291

1. The Force operates 412 CCTV cameras across its estate.
2. Yes. 38 cameras in custody suites at Hexton and Barrowby are manufactured by Hikvision.
3. No.

Regards
Information Compliance Unit
Ashdown Constabulary"""
old_req = """Dear Sir or Madam,
1. How many CCTV cameras does the Force operate across its estate?
2. Are any of them made by Hikvision? If so how many?
3. Are any of them made by Dahua? If so how many?
Leanne Corriss"""
body = f"""Dear Ms Corriss,

Freedom of Information Request Reference No: 2025/FOI/0864

Thank you for your email. I have liaised with Estates and the Force Security Systems team and can provide the following current position:

1. 398 CCTV cameras are currently in operation.
2. No. The Hikvision cameras in the custody suites referred to in our previous response were all replaced with Avigilon units between November 2024 and February 2025. No Hikvision cameras remain on the estate.
3. No, the Force does not use Dahua cameras.

If you are dissatisfied with this response you may request an internal review within 40 working days. You may also complain to the Information Commissioner once the review process has been completed.

Kind regards,

Marcus Oyelaran
Information Compliance Officer
Ashdown Constabulary | Force Headquarters, Sandgate Road, Hexton HX1 3PA
Tel: 01634 880 2157

NOT PROTECTIVELY MARKED
This email and any attachments are intended solely for the addressee. If you have received it in error please notify the sender and delete it.

-----Original Message-----
From: Leanne Corriss <l.corriss.research@mailbox-uk.net>
Sent: 02 April 2025 19:41
To: Information Compliance Unit <foi@ashdown.police.uk>
Subject: RE: FOI 2023/FOI/2291 - CCTV

{quote(req)}
>
> -----Original Message-----
> From: Information Compliance Unit <foi@ashdown.police.uk>
> Sent: 18 May 2023 10:02
> To: Leanne Corriss <l.corriss.research@mailbox-uk.net>
> Subject: FOI 2023/FOI/2291 - CCTV
>
{quote(quote(old_reply))}
>>
>> -----Original Message-----
>> From: Leanne Corriss
>> Sent: 20 April 2023 08:15
>> Subject: CCTV request
>>
{quote(quote(quote(old_req)))}
"""
make_eml(p(f"{nn}-reply.eml"), "Information Compliance Unit <foi@ashdown.police.uk>",
         "Leanne Corriss <l.corriss.research@mailbox-uk.net>",
         "RE: FOI 2023/FOI/2291 - CCTV [2025/FOI/0864]", dt(2025, 4, 29, 14, 12), body,
         msgid="<a1c93e0f.2025.0864@ashdown.police.uk>")
label(nn, "eml", "eml", "police", "foia", "no", "no", "answered", [], 398,
      "top-posted reply above a quoted 2023 reply with older figures (412 cameras, 38 Hikvision); current answer says all Hikvision replaced, none remain")
