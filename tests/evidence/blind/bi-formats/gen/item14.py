from common import *
import csv, random
random.seed(14)
NN='14'
write_request(NN, """
To: London Borough of Lewisham, Information Governance

Request under the Freedom of Information Act 2000:

Please provide a list of all public space CCTV cameras operated by the council, with, for each location, the ward, the number of cameras and the manufacturer. Please also confirm whether any of the cameras are made by Hikvision or by Dahua.

A spreadsheet or CSV would be ideal.

Regards,
Kwame Asante
""")
locs = [('Catford Broadway, junction with Rushey Green', 'Rushey Green'), ('Lewisham High Street (north)', 'Lewisham Central'),
 ('Lewisham High Street (south)', 'Lewisham Central'), ('Lewisham Gateway', 'Lewisham Central'), ('Deptford High Street', 'Deptford'),
 ('Douglas Way market', 'Deptford'), ('New Cross Road / Clifton Rise', 'New Cross Gate'), ('Sydenham Road', 'Sydenham'),
 ('Kirkdale', 'Sydenham'), ('Forest Hill station forecourt', 'Forest Hill'), ('Downham Way', 'Downham'), ('Bellingham Green', 'Bellingham'),
 ('Brockley Cross', 'Brockley'), ('Lee High Road', 'Lee Green'), ('Blackheath Village', 'Blackheath'), ('Evelyn Street', 'Evelyn'),
 ('Pepys Estate', 'Evelyn'), ('Honor Oak Park', 'Crofton Park'), ('Grove Park station', 'Grove Park'), ('Hither Green Lane', 'Hither Green')]
rows = []
for l, w in locs:
    n = random.randint(2, 9)
    m = random.choice(['Hanwha', 'Hanwha', 'Axis', 'Axis', 'Hanwha'])
    if l in ('Pepys Estate', 'Downham Way', 'Bellingham Green'): m = 'Hikvison'
    rows.append([l, w, n, m, random.choice(['Yes', 'Yes', 'Yes', 'Recorded only'])])
tot = sum(r[2] for r in rows)
with open(path(f'{NN}-reply.csv'), 'w', newline='') as f:
    f.write('LBL FOI ref IG-11873 - Public space CCTV by location - extracted 03/06/2024\n')
    wr = csv.writer(f)
    wr.writerow(['Location', 'Ward', 'No of cameras', 'Manufacturer', 'Monitored by control room'])
    for r in rows: wr.writerow(r)
    wr.writerow(['TOTAL', '', tot, '', ''])
print(tot)
label(NN, 'csv', 'council', 'foia', 'yes', 'no', 'answered', [], tot,
      'CSV with a title line before the header and a TOTAL line at the end; Hikvision only as the misspelling "Hikvison"; complete manufacturer column leaves out Dahua')
