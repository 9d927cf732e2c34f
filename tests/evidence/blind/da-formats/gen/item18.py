from lib import *
nn = "18"
write_request(nn, """
Dear Clerk,

Under the Freedom of Information Act 2000 please tell me:

1) How many CCTV cameras does Amblecote Market Town Council own or operate?
2) Are any manufactured by Hikvision or Dahua?
3) Who monitors the cameras in the Market Place?

Many thanks
Rhodri Fenwick-Aziz
""")
page1 = """**AMBLECOTE MARKET TOWN COUNCIL
The Town Hall, 2 Butter Cross, Amblecote WX7 3BB
Clerk: Mrs Sandra Qualtrough PSLCC  Tel 01952 440 698
clerk@amblecote-tc.gov.uk

Mr R Fenwick-Aziz
by email

3 July 2024

Dear Mr Fenwick-Aziz

Re: Request for information - CCTV

Thank you for your email of 11 June which I reported to the Council's
Finance & General Purposes Committee on 25 June.

The Town Council does not own or operate any CCTV cameras.

The cameras in the Market Place, Church Street and the Bus Station are
owned, operated and monitored by Wrexley District Council from its control
room at Foundry House. You may wish to direct the rest of your questions
to the District Council at foi@wrexley.gov.uk.

I hope this is helpful. Your rights are set out overleaf.

Yours sincerely


S. Qualtrough
Town Clerk and Responsible Financial Officer
"""
page2 = """**Your right to complain

If you are not satisfied with the way the Town Council has dealt with your
request you may ask for the decision to be reviewed. Please write to the
Chairman of the Council at the Town Hall within 40 working days, setting out
why you are dissatisfied.

If you remain unhappy after the review, you may complain to the
Information Commissioner:

Information Commissioner's Office
Wycliffe House
Water Lane
Wilmslow
Cheshire SK9 5AF
Telephone: 0303 123 1113
www.ico.org.uk

The Town Council publishes its Publication Scheme on its website,
www.amblecote-tc.gov.uk, and in the Town Hall foyer.
"""
scan_pdf(p(f"{nn}-reply.pdf"), [page1, page2], seed=18, font="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         bold="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", size=25)
label(nn, "pdf", "scan", "council", "foia", "no", "no", "answered", [], 0,
      "image-only scan; town council has no CCTV of its own, the cameras in town belong to the district council")
