from common import write_request, add_label, out
from scan import Page, scanned

NN = "16"
write_request(NN, """
To the Clerk, Little Wenham Town Council

Freedom of Information request

1) How many CCTV cameras does the Town Council operate?
2) Are any of these cameras manufactured by Hikvision or Dahua?
3) What did the Town Council spend on CCTV in the last financial year?

Thank you
R. Okonjo
""")

p = Page("serif", 25)
p.text("LITTLE WENHAM TOWN COUNCIL", size=34, bold=True, align="center", gap=2)
p.text("The Guildhall, Market Square, Little Wenham, Suffolk IP7 5QA", size=21, align="center", gap=2)
p.text("Tel: 01473 820 415   Email: clerk@littlewenham-tc.example", size=21, align="center", gap=10)
p.rule()
p.gap(20)
p.text("Mr R. Okonjo", gap=2)
p.text("By post", gap=20)
p.text("3rd May 2024", align="right", gap=24)
p.text("Dear Mr Okonjo,", gap=16)
p.text("Freedom of Information Request - CCTV", bold=True, gap=16)
p.text("Thank you for your letter dated 15th April 2024 requesting information under the Freedom of Information Act 2000.")
p.text("The Town Council does not have any CCTV cameras. The cameras in the Market Square are owned and operated "
       "by Brettvale District Council and any enquiry about them should be sent to the District Council. "
       "As the Town Council has no CCTV it has not spent any money on CCTV in the last financial year.")
p.text("If you are not satisfied with this reply you may ask the Council to review it by writing to me at the "
       "address above. If you are still not satisfied you may contact the Information Commissioner's Office, "
       "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
p.gap(10)
p.text("Yours sincerely,", gap=0)
p.signature(seed=16)
p.text("Mrs P. A. Goodchild", gap=2)
p.text("Town Clerk and Responsible Financial Officer", gap=2)
p.stamp("LITTLE WENHAM T.C.\nPOSTED 03 MAY 2024", 760, 1380)
img = scanned(p, seed=16, angle=-0.9)
img.save(out(f"{NN}-reply.png"), dpi=(150, 150))
add_label(NN, "png", "council", "foia", "no", "no", "answered", [], 0,
          "Scanned letter as an image only; a town council with no CCTV of its own (the Market Square "
          "cameras belong to the district council), so count 0 and both makers 'no'.")
