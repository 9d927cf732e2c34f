from scankit import render, degrade, save_pdf
blocks = [
    ('HEXWORTH TOWN COUNCIL', 'cb'),
    ('Town Hall, Fore Street, Hexworth, Cornwall PL15 9AZ', 'c'),
    ('Tel: 01566 770 214    Email: clerk@hexworth-tc.gov.uk', 'c'),
    ('', ''), ('', ''),
    ('Mr P Quayle', ''),
    ('By email', ''),
    ('', ''),
    ('Our ref: FOI 03/24', ''),
    ('24th April 2024', ''),
    ('', ''),
    ('Dear Mr Quayle', ''),
    ('', ''),
    ('Freedom of Information Request - CCTV', 'b'),
    ('', ''),
    ('Thank you for your email of 2nd April 2024. The Town Council\'s answers to your questions are as follows.', ''),
    ('', ''),
    ('The Town Council owns and operates six CCTV cameras, four in the Market Square and two in Fore Street outside '
     'the Town Hall.', ''),
    ('', ''),
    ('The cameras are made by Dahua. They were installed in 2020 by Tamar Security Services of Launceston, who also '
     'maintain them.', ''),
    ('', ''),
    ('The cameras are not monitored live. Images are recorded on a recorder kept in a locked cupboard in the Town '
     'Hall and are overwritten after 31 days unless footage is requested by the police.', ''),
    ('', ''),
    ('The annual maintenance contract costs \u00a3480. Electricity and broadband are not separately metered.', ''),
    ('', ''),
    ('If you are not satisfied with this response you may ask the Town Council to review it by writing to me at the '
     'above address. If you are still dissatisfied you may complain to the Information Commissioner\'s Office, '
     'Wycliffe House, Water Lane, Wilmslow SK9 5AF.', ''),
    ('', ''),
    ('Yours sincerely', ''),
    ('', ''), ('', ''),
    ('J. Pellow', ''),
    ('Mrs J Pellow, Town Clerk and RFO', ''),
]
pages = render(blocks, '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf', size=29, wrap=70, seed=16)
pages = [degrade(p, angle=1.1, seed=160) for p in pages]
save_pdf(pages, '../16-reply.pdf')
print('wrote 16-reply.pdf', len(pages), 'page(s)')
