from scankit import render, degrade, save_pdf
blocks = [
    ('The Scottish Government', 'b'),
    ('Corporate Estates Division', ''),
    ('Victoria Quay, Edinburgh EH6 6QQ', ''),
    ('', ''),
    ('Mr A Reid', ''),
    ('Our ref: FOI/202400418876', ''),
    ('7 October 2024', ''),
    ('', ''),
    ('Dear Mr Reid', ''),
    ('', ''),
    ('REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)', 'b'),
    ('', ''),
    ('Thank you for your request dated 9 September 2024 under FOISA for information about CCTV at Scottish '
     'Government buildings. I enclose some of the information you requested. While our aim is to provide '
     'information whenever possible, in this instance we are unable to provide some of it because exemptions '
     'under sections 35(1)(a) (law enforcement) and 31(1) (national security) of FOISA apply. This letter is a '
     'refusal notice in respect of that information under section 16 of FOISA.', ''),
    ('', ''),
    ('1. Number of cameras', 'b'),
    ('There are around 450 CCTV cameras in use across the 19 buildings of the core Scottish Government estate.', ''),
    ('', ''),
    ('2. Buildings and number of cameras at each', 'b'),
    ('This information is withheld. Disclosure of the number of cameras at each named building would indicate '
     'where coverage is more or less extensive, would be likely to assist those planning criminal or hostile '
     'activity, and would substantially prejudice the prevention and detection of crime and the security of '
     'Ministers, staff and visitors. These exemptions are subject to the public interest test. We recognise the '
     'public interest in openness about the use of surveillance, but have concluded that it is outweighed by the '
     'public interest in maintaining the security of government buildings.', ''),
    ('', ''),
    ('3. Hikvision or Dahua', 'b'),
    ('No cameras on the core estate are manufactured by Hikvision or Dahua. The small number of such devices which '
     'had been installed at two buildings were removed during 2023.', ''),
    ('', ''),
    ('4. CCTV code of practice', 'b'),
    ('A copy of the Scottish Government CCTV Code of Practice (2022) is enclosed at Annex A.', ''),
    ('', ''),
    ('Your right to request a review', 'b'),
    ('If you are unhappy with this response you may ask us to carry out an internal review, under section 20 of '
     'FOISA, within 40 working days. If our decision is unchanged following a review and you remain dissatisfied, '
     'you have the right to make an application to the Scottish Information Commissioner within 6 months for a '
     'decision under section 47(1) of FOISA.', ''),
    ('', ''),
    ('Yours sincerely', ''),
    ('', ''),
    ('Gordon MacInnes', ''),
    ('Head of Security Operations', ''),
]
pages = render(blocks, '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', size=26, wrap=78, seed=17)
pages = [degrade(p, angle=-0.8, seed=170 + i, noise=22, specks=2600) for i, p in enumerate(pages)]
save_pdf(pages, '../17-reply.pdf', quality=50)
print('wrote 17-reply.pdf', len(pages), 'page(s)')
