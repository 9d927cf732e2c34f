from email.message import EmailMessage
from email.utils import format_datetime
import datetime, os
here = os.path.dirname(os.path.abspath(__file__)) + "/.."
text = """Dear Mr Rees,

Freedom of Information Request Reference No: NMP/FOI/2024/03318

I write in connection with your request for information received by North March Police on 11 November 2024
concerning body worn video. I am now able to provide a response.

Question (a)
The force currently has 1,480 body worn video cameras. These are allocated to response, neighbourhood, roads
policing and custody staff, with a pool of shared devices held at each station.

Question (b)
1,350 x Axon Body 3
  130 x Axon Body 2

The Axon Body 2 devices are assigned to the Special Constabulary and will be replaced with Axon Body 3 by the
end of the 2024/25 financial year.

Question (c)
No.

Question (d)
Footage which is not marked as evidential is automatically deleted after 31 days. Evidential footage is retained
in line with the Authorised Professional Practice on Information Management and the Management of Police
Information (MoPI) guidance, which depends on the nature of the offence.

Question (e)
    2021/22   £412,860
    2022/23   £398,114
    2023/24   £455,902
These figures include devices, docking stations, software licences and cloud storage (Axon Evidence).

Please note: you may be interested to know that the force publishes information on its use of BWV at
www.northmarch.police.uk/bwv.

Complaint Rights: Your attention is drawn to the attached sheet which details your right of complaint.

Yours sincerely,

Harriet Gilmour
Information Compliance Officer
Information Management Department
North March Police
Tel: 101 ext 4471

*****************************************************************************
This e-mail is intended for the named addressee(s) only and may contain information which is confidential
and/or legally privileged. If you are not the intended recipient, please notify the sender and delete it.
All e-mail communication may be monitored by North March Police.
*****************************************************************************
"""
rights = """Complaint Rights
Internal review: If you are dissatisfied with the response you have been provided with, in compliance with the
Freedom of Information legislation, you can lodge a complaint with North March Police to have the decision
reviewed within 40 working days of the date of this response. The review will be conducted by an independent
member of staff.
Information Commissioner: After lodging a complaint with North March Police, if you are still dissatisfied with
the decision, you may make application to the Information Commissioner for a decision on whether the request for
information has been dealt with in accordance with the requirements of the Act.
"""
m = EmailMessage()
m["From"] = "Freedom of Information <foi@northmarch.police.uk>"
m["To"] = "Callum Rees <callum.rees84@gmail.com>"
m["Subject"] = "FOI Response: NMP/FOI/2024/03318 - Body worn video"
m["Date"] = format_datetime(datetime.datetime(2024, 12, 6, 9, 27, 12, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<20241206092712.NMP.03318@foi.northmarch.police.uk>"
m.set_content(text)
m.add_attachment(rights, subtype="plain", filename="Complaint Rights.txt")
open(os.path.join(here, "12-reply.eml"), "wb").write(bytes(m))
