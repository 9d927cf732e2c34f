from emlkit import base, when, save
m = base('Gill Harrop <g.harrop@evlt.org.uk>', 'Nikhil Patel <nikhil.patel.foi@gmail.com>',
         'RE: Freedom of Information request - CCTV in trust schools', when(2024, 2, 9, 12, 31), 'evlt.org.uk')
m['In-Reply-To'] = '<CAF7x0p2Lk9@mail.gmail.com>'
m.set_content("""Dear Mr Patel

Apologies for the slight delay in getting back to you. I have put our answers underneath each of your questions below.

Kind regards
Gill

Gill Harrop
Trust Business Manager / Data Protection Lead
Erewash Valley Learning Trust
Registered office: Harlow Wood Academy, Nottingham Road, Ilkeston DE7 5RA
A company limited by guarantee registered in England and Wales no. 08123377

-----Original Message-----
From: Nikhil Patel <nikhil.patel.foi@gmail.com>
Sent: 11 January 2024 19:02
To: Info <info@evlt.org.uk>
Subject: Freedom of Information request - CCTV in trust schools

Hello,

I would be grateful if you could answer the following under the Freedom of Information Act.

> Q1 How many CCTV cameras are in use across the schools in your trust?

We have CCTV at all five of our academies. Meadowfield Primary 14, Brook Lane Primary 11, St Cuthbert's C of E Junior 9, Harlow Wood Academy 64 and Northgate Sixth Form College 27.

> Q2 Are any of them made by Hikvision?

Yes. The systems at Meadowfield and Brook Lane are HiLook, which our installer tells us is a Hikvision brand. The other three academies have Hanwha (Wisenet) cameras.

> Q3 Are any made by Dahua?

No

> Q4 Do any of the cameras record audio?

No - none of our cameras record sound.

> Q5 Who installed the cameras?

Meadowfield and Brook Lane - Sentinel Alarms (Ilkeston) Ltd. Harlow Wood, Northgate and St Cuthbert's - Amber Security Systems Ltd.

Thanks in advance,
Nikhil Patel

If you are unhappy with our response you can ask us to review it by writing to the Trust at the above address. You also have the right to complain to the Information Commissioner's Office.
""")
save(m, '06-reply.eml')
