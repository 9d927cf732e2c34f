from common import *
NN='10'
write_request(NN, """
Dear Clerk,

I am writing under the Freedom of Information Act 2000 to request the following:

1. How many CCTV cameras does Tewkesbury Town Council own or operate?
2. Are any of them made by Hikvision?
3. Are any of them made by Dahua?
4. What did the council spend on CCTV in 2023/24?

Regards,
Alan Cheshire
""")
blocks = [
 ('h', 'TEWKESBURY TOWN COUNCIL'),
 ('p', 'The Town Hall, High Street, Tewkesbury, Gloucestershire GL20 5AL\nTel: 01684 297 043   Email: clerk@tewkesburytowncouncil.gov.uk'),
 ('gap', 40),
 ('p', 'Mr A Cheshire\nvia email'),
 ('right', '12th February 2024'),
 ('p', 'Dear Mr Cheshire'),
 ('b', 'Freedom of Information request – CCTV'),
 ('p', 'Thank you for your email of 22nd January 2024 requesting information about CCTV cameras.'),
 ('p', 'I can confirm that the Town Council does not own or operate any CCTV cameras, and therefore has no information to provide in respect of questions 2 to 4.'),
 ('p', 'The public space CCTV system in the town centre is owned and operated by Tewkesbury Borough Council, to whom you may wish to address your request '
       '(foi@tewkesbury.gov.uk).'),
 ('p', 'If you are not satisfied with this response you may ask the Council to review it by writing to me at the above address. '
       'You also have the right to complain to the Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.'),
 ('p', 'Yours sincerely'),
 ('sig', 3),
 ('p', 'Mrs J. Holloway\nTown Clerk & RFO'),
]
pages = scan_pages(blocks, seed=10, angle=-0.8)

save_scan_pdf(pages, path(f'{NN}-reply.pdf'))
label(NN, 'pdf', 'council', 'foia', 'no', 'no', 'answered', [], 0,
      'image-only scanned letter (no text layer); town council has no CCTV at all and points to the borough council')
