from common import *
NN='11'
write_request(NN, """
Dear NHS Borders,

Under the Freedom of Information (Scotland) Act 2002, please tell me:

1. How many CCTV cameras NHS Borders operates, broken down by site if possible.
2. Whether any of the cameras are manufactured by Hikvision or Dahua.
3. Which company maintains the CCTV system.

Best wishes,
Fiona Galbraith
""")
blocks = [
 ('h', 'NHS Borders'),
 ('p', 'Corporate Governance – Freedom of Information\nEducation Centre, Borders General Hospital, Melrose TD6 9BD\nfoi.borders@borders.scot.nhs.uk'),
 ('gap', 20),
 ('p', 'Ms F Galbraith\nBy email'),
 ('right', 'Date: 28 May 2024'),
 ('right', 'Our Ref: 241-0177'),
 ('p', 'Dear Ms Galbraith'),
 ('b', 'FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – CCTV'),
 ('p', 'I refer to your request for information received on 30 April 2024. I am now in a position to respond.'),
 ('b', '1. How many CCTV cameras NHS Borders operates, broken down by site if possible.'),
 ('p', 'The table below shows the cameras in operation at each site.'),
 ('table', ([['Site', 'Cameras'], ['Borders General Hospital, Melrose', '131'], ['Newstead (Headquarters)', '19'],
             ['Hay Lodge Hospital, Peebles', '14'], ['Hawick Community Hospital', '12'], ['Kelso Community Hospital', '11'],
             ['Galashiels Health Centre', '9'], ['Knoll Hospital, Duns', '8']], [620, 200])),
 ('b', '2. Whether any of the cameras are manufactured by Hikvision or Dahua.'),
 ('p', 'NHS Borders does not hold a record of the manufacturer of each camera. The cameras have been installed over a number of years by different '
       'contractors and asset records do not capture this detail. In terms of section 17 of FOISA, this letter represents a formal notice that NHS Borders does not hold this information.'),
 ('b', '3. Which company maintains the CCTV system.'),
 ('p', 'The system is maintained under contract by Tweed Valley Fire & Security Ltd.'),
 ('p', 'If you are unhappy with this response, you may ask NHS Borders to review it. You must make your request for review in writing within 40 working days '
       'of receipt of this letter to: FOI Review, Corporate Governance, NHS Borders, at the address above.'),
 ('p', 'If you remain dissatisfied following the review, you have the right to apply to the Scottish Information Commissioner for a decision. '
       'You can contact the Commissioner at: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at www.itspublicknowledge.info/appeal.'),
 ('p', 'Yours sincerely'),
 ('sig', 7),
 ('p', 'Kathryn Moffat\nFreedom of Information Officer'),
]
pages = scan_pages(blocks, seed=11, angle=0.9, size=24)
save_scan_pdf(pages, path(f'{NN}-reply.pdf'))
label(NN, 'pdf', 'nhs', 'foisa', 'unknown', 'unknown', 'partially_answered', ['s17'], 204,
      'image-only scan; per-site table with no total row (sum 204); maker question met with a FOISA s17 not-held notice')
