def esc(s):
    out = []
    for ch in s:
        if ch in '\\{}':
            out.append('\\' + ch)
        elif ord(ch) > 127:
            out.append('\\u%d?' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)

paras = [
    ('b', 'RIDGEWAY PARK SCHOOL'),
    ('', 'Headteacher: Mr D. Okonedo BA MEd'),
    ('', 'Ridgeway Road, Swindon SN3 4PL  \u2022  01793 480 155  \u2022  admin@ridgewaypark.swindon.sch.uk'),
    ('', ''),
    ('', '12 June 2024'),
    ('', ''),
    ('', 'Ms L Ashworth'),
    ('', 'By email'),
    ('', ''),
    ('', 'Dear Ms Ashworth'),
    ('', ''),
    ('b', 'Freedom of Information Request \u2013 CCTV'),
    ('', ''),
    ('', 'Thank you for your email of 16 May 2024. I am sorry for the short delay in replying, which was due to the '
         'half term break.'),
    ('', ''),
    ('', 'You asked:'),
    ('i', 'Q1 How many CCTV cameras are there at the school?'),
    ('i', 'Q2 What make are they?'),
    ('i', 'Q3 Are any of the cameras made by Hikvison or Dahau?'),
    ('i', 'Q4 Does the school have a CCTV policy? If so please send me a copy.'),
    ('', ''),
    ('', 'Ridgeway Park School occupies buildings provided under a Private Finance Initiative (PFI) contract between '
         'Swindon Borough Council and Brightlearn Schools (Ridgeway) Ltd. Under that contract the CCTV system forms '
         'part of the building services and is owned, operated and maintained by the facilities management provider, '
         'Kelvin FM Services Ltd. The school does not own the system and has no involvement in its specification, '
         'installation or maintenance.'),
    ('', ''),
    ('', 'The school does not hold any information about the number, make or model of the cameras (Q1 to Q3), and I '
         'must therefore inform you that this information is not held by the school for the purposes of the Freedom '
         'of Information Act 2000.'),
    ('', ''),
    ('', 'Similarly, the school does not have its own CCTV policy (Q4). The operation of the system is governed by '
         'Kelvin FM\'s procedures, and the school does not hold a copy.'),
    ('', ''),
    ('', 'You may wish to direct your questions to Swindon Borough Council, which manages the PFI contract. Please '
         'note that Brightlearn Schools (Ridgeway) Ltd and Kelvin FM Services Ltd are private companies and are not '
         'themselves subject to the Freedom of Information Act.'),
    ('', ''),
    ('', 'If you are dissatisfied with the handling of your request you may ask for an internal review by writing to '
         'the Chair of Governors at the school address. If you remain unhappy you can complain to the Information '
         'Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.'),
    ('', ''),
    ('', 'Yours sincerely'),
    ('', ''),
    ('', 'Mrs K Barraclough'),
    ('', 'School Business Manager and Data Protection Lead'),
]
rtf = [r'{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fswiss\fcharset0 Calibri;}'
       r'{\f1\froman\fcharset0 Times New Roman;}}',
       r'{\colortbl ;\red31\green56\blue100;}',
       r'{\*\generator Riched20 10.0.19041}\viewkind4\uc1',
       r'\pard\sa0\sl240\slmult1\f0\fs22\lang2057 ']
for i, (st, text) in enumerate(paras):
    t = esc(text)
    if i == 0:
        rtf.append(r'\qc\cf1\b\fs32 ' + t + r'\b0\fs22\cf0\par')
    elif i in (1, 2):
        rtf.append(r'\qc\fs18 ' + t + r'\fs22\par')
    elif st == 'b':
        rtf.append(r'\ql\b ' + t + r'\b0\par')
    elif st == 'i':
        rtf.append(r'\ql\li360\i ' + t + r'\i0\li0\par')
    else:
        rtf.append(r'\ql ' + t + r'\par')
rtf.append('}')
open('../21-reply.rtf', 'w', encoding='ascii').write('\n'.join(rtf) + '\n')
print('wrote 21-reply.rtf')
