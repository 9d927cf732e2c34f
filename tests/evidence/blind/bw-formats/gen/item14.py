from common import *
from emailutil import make_eml

N = 14
write_request(N, """
To: foi@royalgreenwich.gov.uk
Subject: FOI request - CCTV

Hello,

Under the FOI Act please provide:
1. The number of CCTV cameras operated by the council at each location (housing estates, town centres, council buildings etc).
2. Whether any of the council's CCTV cameras are manufactured by Dahua.
3. Whether any of the council's CCTV cameras are manufactured by Hikvision.
4. If yes to either, what the council intends to do about them.

Best wishes,
Sunil Varghese
""")

csv_text = """Location,Category,Cameras,Notes
Woolwich town centre,Public space,38,
Eltham town centre,Public space,21,
Greenwich town centre,Public space,17,
Plumstead High Street,Public space,6,
Abbey Wood / Thamesmead (Council land),Public space,11,
Ferrier estate (remaining blocks),Housing,9,"Dahua, scheduled for replacement Q3 2024"
Kidbrooke Park Road blocks,Housing,14,"Dahua (7), Axis (7)"
Glyndon estate,Housing,24,
Connaught estate,Housing,12,
The Woolwich Centre (civic offices),Council building,29,
Birchmere depot,Council building,18,
Eltham Centre / library,Council building,10,
Total,,209,
,,,
Parking enforcement ANPR cameras (not included in total),,14,
"""
body = """Dear Mr Varghese,

Freedom of Information Request – Ref: FOI-11873

Thank you for your request received on 3 April 2024. Please see the Council's response below.

1. Please see the attached CSV file, which lists the number of CCTV cameras at each location.

2. Yes. There are Dahua cameras in use at two housing locations, as indicated in the notes column of the attached file.

3. No, the Council does not have any cameras manufactured by Hikvision.

4. The Dahua cameras are being replaced as part of the housing CCTV upgrade programme. Replacement is expected to be complete by the end of September 2024.

If you are not happy with this response, you can ask for an internal review within 40 working days by replying to this email. If you are still not satisfied after the review you may complain to the Information Commissioner's Office (https://ico.org.uk/make-a-complaint/).

Kind regards,

Chloe Abernethy
Information Governance Officer
Royal Borough of Greenwich
The Woolwich Centre, 35 Wellington Street, London SE18 6HQ

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
make_eml(out(N, "eml"), "FOI Team <foi@royalgreenwich.gov.uk>", "Sunil Varghese <s.varghese.foi@gmail.com>",
         "RE: FOI request - CCTV [Ref: FOI-11873]", "2024-04-29 14:12", text=body,
         attachments=[("FOI-11873 CCTV by location.csv", csv_text.encode("utf-8"), "text/csv")])
add_label(N, "eml", "council", "foia", "no", "yes", "answered", [], 209,
          "count only in attached CSV, with ANPR row below the total; Dahua in use now though replacement due by Sept 2024")
