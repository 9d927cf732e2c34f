from common import *
lines = [
    ("CLACKMARRAN COUNCIL", "b"),
    "Corporate Services - Information Management",
    "Municipal Buildings, Bridge Street, Alloway Braes FK99 1AB",
    "",
    ">>Our ref: CC-FOI-24-0836",
    ">>Date: 16 October 2024",
    "Mr S Gow",
    "",
    "Dear Mr Gow",
    "",
    ("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002", "b"),
    "",
    "I refer to your request received on 18 September 2024. The Council's",
    "response is as follows.",
    "",
    "1.   Approx. 320",
    "",
    "2.   No",
    "",
    "3.   The Council does not hold this information. Monitoring of public",
    "      space CCTV is carried out by Forth Valley Monitoring Ltd as part of",
    "      a wider facilities contract and the cost of monitoring is not",
    "      separately identified. In terms of section 17 of FOISA, the Council",
    "      gives notice that it does not hold this information.",
    "",
    "If you are dissatisfied with the way the Council has dealt with your",
    "request you may ask for a review within 40 working days by writing to",
    "the Information Management Team at the address above. If you remain",
    "dissatisfied after the review you may apply to the Scottish Information",
    "Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS.",
    "",
    "Yours sincerely",
    "",
    "",
    "A. McInally",
    "Information Management Officer",
]
img = render_scan(lines, seed=21, angle=-1.4, size=31, font="liberation/LiberationMono-Regular.ttf", noise=26)
# a received stamp
from PIL import ImageDraw, ImageFont
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONTDIR + "/dejavu/DejaVuSans-Bold.ttf", 34)
d.rectangle([1150, 1700, 1550, 1820], outline=90, width=4)
d.text((1180, 1718), "SCANNED", font=f, fill=90)
d.text((1180, 1762), "17 OCT 2024", font=f, fill=90)
img.save(out("21-reply.png"), dpi=(200, 200))
label("21", "png", "council", "foisa", "no", "no", "partially_answered", ["s17"], 320,
      "Scanned image in a typewriter font with a stamp; terse numbered answers 'Approx. 320' and 'No' only meaningful beside the request ('No' to a joint Hikvision-or-Dahua question = no for both); cost not held under FOISA s17 notice.",
      "Scottish council scanned PNG; 1. Approx. 320 2. No 3. s17 not held.")
