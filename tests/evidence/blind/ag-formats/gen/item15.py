from lib import *
from docxlib import *
NN = "15"
write_request(NN, """Hi,

FOI request for The Marlborough Academy:

1. How many CCTV cameras does the academy have?
2. Are any of them made by Hikvision?
3. Are any made by Dahua?
4. Do any of the cameras record audio?
5. Who installed the system?
6. Are there cameras in any classrooms?

Thanks
Jo Petrie
""")
d = new_doc(font="Century Gothic", size=10)
letterhead(d, ["The Marlborough Academy", "Part of the Kent Coast Learning Trust", "Hythe Road, Ashford TN24 0QR", "office@marlborough-academy.org.uk"], align="left", color=(0, 0, 0))
para(d, "20/06/2025")
para(d, "Dear Jo,")
para(d, "Re: your Freedom of Information request of 30/05/2025")
para(d, "1. Thirty-two\n2. Yes\n3. No\n4. No\n5. Kent Alarm & CCTV Services, 2020\n6. Two - the IT suites (DT1 and IT3)")
para(d, "If you are unhappy with our response you can ask for a review by emailing the Trust's Data Protection Officer at dpo@kclt.org.uk, and you may then complain to the ICO.")
para(d, "Kind regards,")
para(d, "Mrs D. Okonedo\nOffice Manager")
d.save(path(f"{NN}-reply.docx"))
append_label(NN, "docx", "academy", "foia", "yes", "no", "answered", [], 32,
             "Bare numbered answers ('Thirty-two', 'Yes', 'No') that can only be read against the request's separate Hikvision and Dahua questions, with the count in words.")
