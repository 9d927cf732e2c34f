"""22: CSV reply from a police force about body-worn video only: device rows with status (in service / withdrawn /
trial returned), docking-station rows, and a contract value withheld under s43(2)."""
import csv, os
OUT = os.path.join(os.path.dirname(__file__), '..')
rows = [
 ['Cheviot and Tyne Police - FOI 2024/0775 - Body Worn Video - data as at 30/09/2024', '', '', '', '', ''],
 ['Question', 'Item', 'Manufacturer', 'Model', 'Quantity', 'Status / notes'],
 ['Q1-Q2', 'BWV camera', 'Axon', 'Body 3', '1842', 'In service - response, neighbourhood and custody'],
 ['Q1-Q2', 'BWV camera', 'Axon', 'Body 4', '260', 'In service - roll-out began January 2024'],
 ['Q1-Q2', 'BWV camera', 'Reveal Media', 'D5', '0', 'Withdrawn 2023 (all units disposed)'],
 ['Q1-Q2', 'BWV camera', 'HIKVISION', 'DS-MH2311', '12', 'Trial 2021 (Roads Policing) - ended, all returned to supplier'],
 ['Q1-Q2', 'Docking station', 'Axon', 'Dock 8-bay', '351', 'In service'],
 ['Q3', '', '', '', '', 'See Q1-Q2'],
 ['Q4', '', '', '', '', 'Contract value withheld - s.43(2) FOIA (commercial interests). The contract was awarded via the BlueLight Commercial framework.'],
 ['', '', '', '', '', ''],
 ['Notes', '', '', '', '', 'If you are dissatisfied you may request an internal review within 40 working days (foi@cheviottyne.police.example.uk) and then complain to the ICO.'],
]
with open(os.path.join(OUT, '22-reply.csv'), 'w', newline='', encoding='utf-8') as f:
    csv.writer(f).writerows(rows)
print('wrote 22-reply.csv')
