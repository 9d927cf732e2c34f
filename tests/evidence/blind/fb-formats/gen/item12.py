from common import *
write_odt(out("12-reply.odt"), [
    ("p", """Strathannan Council
Legal and Democratic Services
Council Headquarters, Lochside Road, Kirkannan KY99 4LA

Our Ref: FOISA/2024/01554
Date: 11 June 2024

Mr C Baird
By email"""),
    ("h", "Freedom of Information (Scotland) Act 2002 - Request for Information"),
    ("p", """Dear Mr Baird

Thank you for your request for information, which was received on 14 May 2024. Your request has been dealt with under the Freedom of Information (Scotland) Act 2002 (FOISA). I can confirm that the Council holds the information and I have set out our response below.

**1. How many body worn cameras does the Council currently have in use?**

Parking Services – 30
Community Safety (Community Wardens) – 18

**2. Who manufactures them and what model are they?**

Reveal Media, model K7 (Parking Services) and model D5 (Community Wardens).

**3. Are any of the body worn cameras made by Hikvision or Dahua?**

No. For completeness, some of the Council's fixed public space CCTV cameras in Kirkannan town centre are HikVision units; these fall outside the scope of your request.

**4. Do the cameras record continuously or only when activated by the officer?**

Cameras only record when activated by the officer. Officers are instructed to give a verbal warning that recording is taking place where it is safe to do so. The devices have a 30 second pre-record buffer which is only retained when recording is activated.

**5. How long is footage retained?**

Footage which is not required for evidential purposes is automatically deleted after 31 days. Footage required as evidence is retained in line with the Council's Records Retention Schedule.

[Your right to seek a review]

If you are unhappy with the way we have dealt with your request, you can ask us to review our actions and decisions by writing to the Council within 40 working days of receiving this response, at foi@strathannan.gov.scot or at the address above.

If you remain dissatisfied after the review, you have the right to apply to the Scottish Information Commissioner within six months for a decision. You can apply online at www.foi.scot/appeal or write to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.

Should you wish to appeal against the Commissioner's decision, there is a right of appeal to the Court of Session on a point of law only.

Yours sincerely

Morag Lennox
Information Governance Officer"""),
])
label("12", "odt", "council", "foisa", "no", "no", "answered", [], 48,
      "Request is only about body-worn video: count must be summed (30+18); 'No' to both makers for BWV, while the reply volunteers that some fixed public-space CCTV is 'HikVision' (outside the request, so does not make Hikvision yes).",
      "Scottish council .odt (FOISA), BWV-only request; Reveal devices; out-of-scope aside about Hikvision fixed CCTV is a trap.")
