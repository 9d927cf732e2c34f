from emlkit import base, when, save
m = base('St Anne\'s School Office <office@st-annes-rc.lancs.sch.uk>', 'Helen Rowe <helen.rowe@fastmail.co.uk>',
         'Fwd: RE: St Anne\'s CCTV - FOI question', when(2024, 3, 6, 13, 48), 'st-annes-rc.lancs.sch.uk')
m.set_content("""Dear Ms Rowe

Thank you for your Freedom of Information request. Please see below the information from our CCTV installer, which answers your questions 1 and 2.

Q3 - The school does not have a CCTV policy, so this information is not held.

Q4 - No. The system is only viewed in school, by the Headteacher and the Site Manager.

If you are unhappy with how we have dealt with your request please write to the Chair of Governors at the school address. You can also contact the Information Commissioner's Office.

Best wishes

Mrs S Lambert
School Business Manager
St Anne's Catholic Primary School
Church Lane, Ormskirk L39 4RP
01695 572 118

---------- Forwarded message ---------
From: Dave Kettle <dave@kettlesecurity.co.uk>
Date: Tue, 5 Mar 2024 at 08:14
Subject: RE: St Anne's CCTV - FOI question
To: Sue Lambert <office@st-annes-rc.lancs.sch.uk>


Morning Sue,

Your system is 6 x HiWatch 4MP turrets outside and 2 x HiWatch domes (reception + main corridor), all going back to the 8 channel HiWatch NVR in the server cupboard. Installed Aug 2019. We do the annual service in the summer hols.

Any probs give me a shout.

Dave

Dave Kettle
Kettle Security Systems
Unit 4, Burscough Industrial Estate, L40 8JX
NSI Silver | SSAIB

> On Mon, 4 Mar 2024 at 15:20, Sue Lambert <office@st-annes-rc.lancs.sch.uk> wrote:
> Hi Dave, we've had a Freedom of Information request asking how many cameras we have and who makes them. Could you let me know? Thanks, Sue
""")
save(m, '07-reply.eml')
