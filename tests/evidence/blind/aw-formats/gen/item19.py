from lib import *
write_request("19", """
Dear North Western Coast Ambulance Service NHS Trust,

I am writing to request information about body-worn cameras under FOIA.

1. How many body-worn video cameras does the Trust have in use by frontline staff?
2. What make and model are they?
3. Are any of them manufactured by Hikvision or Dahua?
4. Is footage stored on the cloud and if so with which provider?

Yours,
Harriet Lowe
""")
text = """Dear Ms Lowe,

Re: Freedom of Information Request – NWCAS FOI 1523

Thank you for your request for information received on 2 April 2025, in which you asked about body-worn video (BWV). Please find the Trust’s response below.

1. How many body-worn video cameras does the Trust have in use by frontline staff?
There are currently 420 BWV cameras deployed across our 31 ambulance stations and the two Emergency Operations Centres. A further 36 older Reveal RS3 units are held in stores as spares; these are not issued and are due to be disposed of.

2. What make and model are they?
Motorola Solutions VB400.

3. Are any of them manufactured by Hikvision or Dahua?
No.

4. Is footage stored on the cloud and if so with which provider?
Footage is uploaded via docking stations to Motorola’s VideoManager EL, which is hosted on the Trust’s own servers. It is not stored on a public cloud.

Please note that the Trust’s premises CCTV is outside the scope of this request and has not been included.

If you are unhappy with the response you have received you may request an internal review by contacting the Trust’s FOI Team at nwcas.foi@nhs.net. If you are still dissatisfied you can contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, Tel: 0303 123 1113.

Yours sincerely

Freedom of Information Team
North Western Coast Ambulance Service NHS Trust
Ladybridge House, Chorley PR7 1NL
"""
eml("19", frm="NWCAS FOI <nwcas.foi@nhs.net>", to="Harriet Lowe <harriet.lowe@protonmail.com>",
    subject="NWCAS FOI 1523 Response", date="Wed, 30 Apr 2025 11:06:27 +0100", text=text,
    html=html_from_text(text), cte="base64")
label(path="19-reply.eml", request_file="19-request.txt", format="eml", body_type="nhs", law="foia",
      hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=420,
      note="Base64 e-mail on a body-worn-only request: the body-worn count (420) is the answer, while 36 spare Reveal units in stores are not in use and premises CCTV is out of scope.")
