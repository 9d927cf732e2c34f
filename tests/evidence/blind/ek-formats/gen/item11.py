from scanhelp import *
from common import *
NN = "11"
write_request(NN, """
To the Clerk, Stowbridge Town Council

Dear Sir/Madam

FREEDOM OF INFORMATION REQUEST

1) How many CCTV cameras does the Town Council operate?
2) Are any of them made by Hikvision or Dahua?
3) Who monitors the cameras and where are recordings kept?

Many thanks
G. Oduya
""")
blocks = [
 ("h", "STOWBRIDGE TOWN COUNCIL"),
 ("c", "The Guildhall, 3 Sheep Street, Stowbridge, Wyvern Vale WV7 2LA"),
 ("c", "Telephone 01789 660 214   Email clerk@stowbridge-tc.gov.uk"),
 ("line", None),
 ("p", "Mr G Oduya\nvia email"),
 ("r", "4th December 2024"),
 ("p", "Dear Mr Oduya,"),
 ("b", "Freedom of Information Request – CCTV"),
 ("p", "Thank you for your email of 11th November 2024, which was considered under the Freedom of Information Act 2000."),
 ("p", "Stowbridge Town Council does not own or operate any CCTV cameras. The cameras in the Market Square, Sheep Street and the High Street are owned and operated by Wyvern Vale District Council, and you may wish to direct your questions to them at foi@wyvernvale.gov.uk."),
 ("p", "As the Town Council has no CCTV system, it does not hold any information in relation to your questions 2 and 3."),
 ("p", "If you are dissatisfied with the handling of your request, you may ask the Council to review its response by writing to the Town Clerk at the above address. If you are still not satisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
 ("p", "Yours sincerely,"),
 ("gap", 2),
 ("p", "Mrs P. Hemmings\nTown Clerk and Responsible Financial Officer"),
]
pages = render_pages(blocks, font="serif", size=26, seed=11, wrap=74, angle=0.8)
save_pdf(pages, out(f"{NN}-reply.pdf"))
label(NN, "pdf", "scan", "council", "foia", "no", "no", "answered", [], 0,
      "Image-only scan; the town council has no CCTV at all (cameras in its square belong to the district council) and then says it 'does not hold any information' for Q2-Q3.")
