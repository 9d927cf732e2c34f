from common import *
from scankit import *
from PIL import ImageFont

write_request("13", """
Dear Clerk,

Under the Freedom of Information Act could you please tell me:

1. How many CCTV cameras does Stoneleigh Town Council operate?
2. Are any of them made by Hikvision?
3. Are any of them made by Dahua?
4. Who monitors them and where are the recordings stored?

Many thanks
Graham Pilkington
""")

p = Page(140)
p.text("STONELEIGH TOWN COUNCIL", "serifb", 40, 0, align="center")
p.text("The Town Hall, Sheep Street, Stoneleigh, WV9 3DH", "serif", 21, 0, align="center")
p.text("Telephone 01632 960 305   ·   clerk@stoneleigh-tc.example", "serif", 21, 18, align="center")
p.rule(30)
p.text("Town Clerk: Mrs S. M. Faulkner PSLCC", "serif", 22, 26)
p.text("Mr G. Pilkington\n14 Orchard Rise\nStoneleigh\nWV9 4PL", gap=26)
p.text("28th June 2024", gap=22)
p.text("Dear Mr Pilkington,", gap=14)
p.text("Freedom of Information Request", "serifb", 25, 14)
p.text("Thank you for your letter which the Council received on 5th June 2024.", gap=14)
p.text("Stoneleigh Town Council does not own or operate any CCTV cameras. The Town Hall and the Council's other properties (the allotments at Mill Meadow and the cemetery lodge) do not have CCTV.", gap=14)
p.text("The public space cameras in the town centre belong to Wyvern Vale District Council, which also monitors them. The Town Council makes an annual contribution of £4,500 towards the running costs of the District scheme, but it has no involvement in the operation of the cameras and does not hold the information asked for in your questions 2 to 4. You may wish to direct your enquiry to Wyvern Vale District Council, whose contact details are foi@wyvernvale.example.", gap=14)
p.text("If you are not satisfied with this response you may ask the Council to review it by writing to me at the above address. If you are still not satisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", gap=24)
p.text("Yours sincerely,", gap=30)
f = font("serif", 34)
p.d.text((p.m + 10, p.y), "S M Faulkner", font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", 30) if True else f, fill=40)
p.skip(56)
p.text("Sandra Faulkner\nTown Clerk & Responsible Financial Officer", gap=0)
from scankit import ImageFont
im = degrade(p.im, 1.6, 13, speck=2200, blur=0.8)
save_pdf([im], out("13-reply.pdf"))
label("13", "pdf", "scan", "council", "foia", "no", "no", "answered", [], 0,
      "image-only scan of a town council letter: no CCTV at all, while the district's cameras and the town's funding contribution are mentioned")
