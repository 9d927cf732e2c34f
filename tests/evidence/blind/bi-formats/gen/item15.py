from common import *
import csv
NN='15'
write_request(NN, """
Dear Leeds Teaching Hospitals NHS Trust

FOI request:
1) How many CCTV cameras are there at each of the Trust's hospitals?
2) Who makes them?
3) Are any Hikvision or Dahua cameras in use?

Thanks
Ben Hartley
""")
rows = [
 ['St James\'s University Hospital', '212', '14', 'Axis', '38', 'Hikvision'],
 ['Leeds General Infirmary', '187', '11', 'Axis', '34', 'Hikvision'],
 ['Chapel Allerton Hospital', '46', '2', 'Bosch', '6', 'Hikvision'],
 ['Seacroft Hospital', '29', '0', 'Bosch', '2', 'Hikvision'],
 ['Wharfedale Hospital', '22', '1', 'Hanwha', '2', 'Hikvision'],
 ['Leeds Dental Institute', '17', '0', 'Axis', '0', ''],
]
tf = sum(int(r[1]) for r in rows); tp = sum(int(r[2]) for r in rows); tb = sum(int(r[4]) for r in rows)
with open(path(f'{NN}-reply.csv'), 'w', newline='') as f:
    wr = csv.writer(f, lineterminator='\r\n')
    wr.writerow(['Site', 'Fixed CCTV cameras', 'PTZ CCTV cameras', 'CCTV manufacturer', 'Body worn cameras (security staff)', 'BWC manufacturer'])
    for r in rows: wr.writerow(r)
    wr.writerow(['Totals', tf, tp, '', tb, ''])
    wr.writerow([])
    wr.writerow(['FOI ref 2024-LTHT-0926. Source: Estates & Facilities - Security Services. Figures as at 01/07/2024.'])
print(tf + tp)
label(NN, 'csv', 'nhs', 'foia', 'no', 'no', 'answered', [], tf + tp,
      'totals line splits fixed and PTZ (sum them) beside a body-worn column; Hikvision appears only as the body-worn camera maker, outside the CCTV estate whose complete maker column is Axis/Bosch/Hanwha')
