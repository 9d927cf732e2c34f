from common import *
from pdfh import *

NN = "08"
write_request(NN, """
Dear Aberdeenshire Council,

Under the Freedom of Information (Scotland) Act 2002 I request:

1. The total number of CCTV cameras operated by the council.
2. The locations of these cameras.
3. Whether any of these cameras are manufactured by Hikvision or Dahua.
4. The amount spent on CCTV in Aberdeenshire schools in 2023/24.

Regards,
Isla McCallum
""")
story = [Paragraph("Aberdeenshire Council", HEAD),
         Paragraph("Legal &amp; People · Woodhill House · Westburn Road · Aberdeen AB16 5GB", SMALL), Spacer(1, 12),
         Paragraph("Our Ref: FOI-2025-00412<br/>Your Ref: –<br/>Date: 3 March 2025<br/>Contact: Information Governance Team", RIGHT),
         Paragraph("Ms I McCallum<br/>By email", BODY), Spacer(1, 4),
         Paragraph("Dear Ms McCallum", BODY),
         Paragraph("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA) – REQUEST FOR INFORMATION", BOLD)]
story += paras("""
Thank you for your request for information which was received on 4 February 2025. Your request has been
considered under FOISA and I am now in a position to respond.

<b>1. The total number of CCTV cameras operated by the council.</b>

The Council operates approximately 320 CCTV cameras across its public space, harbour, waste and property estate.

<b>2. The locations of these cameras.</b>

The Council is withholding this information under the following exemptions: section 35(1)(a) and (b)
(law enforcement) and section 39(1) (health, safety and the environment). Releasing a full list of camera
locations would, or would be likely to, prejudice substantially the prevention and detection of crime by
revealing where coverage does and does not exist, and would endanger the safety of staff and members of the
public at the sites concerned. These exemptions are subject to the public interest test. While there is a
public interest in transparency about the use of surveillance, the Council considers that the public interest
in protecting the effectiveness of the cameras and the safety of individuals outweighs this.

<b>3. Whether any of these cameras are manufactured by Hikvision or Dahua.</b>

None of the Council's cameras are manufactured by either company.

<b>4. The amount spent on CCTV in Aberdeenshire schools in 2023/24.</b>

CCTV at school premises is procured and paid for by individual schools from devolved budgets and is not
recorded centrally under a CCTV cost code. The Council therefore does not hold this information and, in
terms of section 17(1) of FOISA, this letter serves as notice that the information is not held.

<b>Your right to seek a review</b>

If you are dissatisfied with the way in which your request has been dealt with, you can ask us to review our
actions and decisions (section 20(1) of FOISA). Your request for a review must be made in writing within 40
working days of receipt of this letter. If you are not satisfied with the result of the review, you then have
the right to make a formal complaint to the Scottish Information Commissioner (section 47(1)). Appeals to the
Court of Session are possible only on a point of law, following a decision of the Scottish Information
Commissioner.

Yours sincerely

Kirsty Duthie<br/>Information Governance Officer
""")
build(OUT / f"{NN}-reply.pdf", story,
      footer=lambda p: "Aberdeenshire Council · Tel 03456 081208 · foi@aberdeenshire.gov.uk")
add_label(NN, "pdf", "council", "foisa", "no", "no", "partially_answered", ["s35", "s39", "s17"], 320,
          "FOISA letter: approx. count, locations withheld under s35/s39, schools spend not held (s17 notice), 'neither company' answers a both-makers question; s20/s47 are review rights not exemptions.")
