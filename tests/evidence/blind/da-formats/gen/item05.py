from lib import *
nn = "05"
write_request(nn, """
Dear Headteacher / Trust FOI lead,

I'd be grateful if you could answer the following under the Freedom of Information Act.

1. How many CCTV cameras are there at Brackenridge Academy (inside and outside)?
2. What brand are they?
3. Do you have any cameras made by Dahua?
4. Do any of the cameras record audio?
5. How long is footage kept?

Thank you,
Ross Delahunty
""")
page1 = """>>Brackenridge Academy
>>part of the Tarnside Learning Trust
>>Hollins Lane, Brackenridge
>>BR4 8NW
>>Tel 01922 306 117

Mr R Delahunty
(via email)

17th May 2024

Our ref: TLT/FOI/24-019

Dear Mr Delahunty

**Freedom of Information Request - CCTV

I write further to your email dated 19th April 2024 which was passed to me as
the Trust's Data Protection Officer. I apologise for the slight delay in
replying, which was due to the Easter break.

I am able to give you the following information.

1. The academy has sixteen CCTV cameras in total. Five of these are inside
the building (main reception, the two main corridors, the dining hall and
the ICT suite) and eleven are external, covering the car park, the bike
shelters, the playground and the perimeter fencing.

2. The cameras are HiLook, installed by our IT support company in 2021.
They record to a single recorder kept in a locked comms cabinet.

3. No.
"""
page2 = """4. No. None of the cameras have microphones and audio is not recorded.

5. Footage is overwritten automatically after 30 days unless it has been
saved because of an incident.

I hope this answers your questions. If you are not satisfied with this
response you can ask for a review by writing to the Chair of the Trust Board
at the address above. If you are still not happy after that you can contact
the Information Commissioner's Office at www.ico.org.uk or on 0303 123 1113.

Yours sincerely



Helen Brayshaw
Business Manager & Data Protection Officer
Tarnside Learning Trust

Registered in England and Wales. Company number 08815532.
Registered office: Hollins Lane, Brackenridge BR4 8NW.
"""
scan_pdf(p(f"{nn}-reply.pdf"), [page1, page2], seed=5)
label(nn, "pdf", "scan", "academy", "foia", "yes", "no", "answered", [], 16,
      "image-only two-page scan; count in words ('sixteen'); brand given as HiLook (a Hikvision brand); Dahua answered by bare 'No.'")
