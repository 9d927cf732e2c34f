import sys, os, csv
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '12'
write_request(NN, """
Dear Wokingham Borough Council,

Under the FOI Act please could you send me a copy of the council's CCTV asset register, or a list showing for each CCTV camera its site, manufacturer and model. Please also confirm whether any of the council's CCTV equipment (cameras or recorders) is made by Hikvision or by Dahua.

A CSV or spreadsheet is fine.

Many thanks
Priya Lindqvist
""")

rows = [
    ('WBC-CC-001', 'Town Centre', 'Market Place / Broad St junction', 'Camera - PTZ', 'Axis', 'Q6075-E', 4, 2021, 'In service'),
    ('WBC-CC-002', 'Town Centre', 'Peach St / Denmark St', 'Camera - PTZ', 'Axis', 'Q6075-E', 3, 2021, 'In service'),
    ('WBC-CC-003', 'Town Centre', 'Elms Field', 'Camera - fixed', 'Axis', 'P1455-LE', 6, 2019, 'In service'),
    ('WBC-CP-010', 'Peach Place car park', 'Levels 1-4 and stair cores', 'Camera - fixed', 'Hanwha', 'XNV-8080R', 22, 2020, 'In service'),
    ('WBC-CP-011', 'Carnival car park', 'Entry/exit and pay stations', 'Camera - fixed', 'Hanwha', 'XNO-6080R', 9, 2020, 'In service'),
    ('WBC-CP-012', 'Peach Place car park', 'Control room', 'Recorder - NVR', 'Hikvision', 'DS-7716NI-K4', 2, 2020, 'In service'),
    ('WBC-OF-020', 'Shute End offices', 'Reception, ground floor', 'Camera - dome', 'Bosch', 'FLEXIDOME IP 5000i', 7, 2018, 'In service'),
    ('WBC-OF-021', 'Shute End offices', 'Car park and loading bay', 'Camera - bullet', 'Bosch', 'DINION IP 5000', 5, 2018, 'In service'),
    ('WBC-OF-022', 'Shute End offices', 'Comms room', 'Recorder - NVR', 'Bosch', 'DIVAR IP all-in-one 5000', 1, 2018, 'In service'),
    ('WBC-LS-030', 'Carnival Hub', 'Pool hall and reception', 'Camera - dome', 'Hanwha', 'QND-6082R', 14, 2022, 'In service'),
    ('WBC-PK-040', 'Dinton Pastures', 'Car park and visitor centre', 'Camera - fixed', 'Axis', 'M2026-LE', 8, 2022, 'In service'),
    ('WBC-PK-041', 'California Country Park', 'Car park', 'Camera - fixed', 'Axis', 'M2026-LE', 4, 2023, 'In service'),
    ('WBC-PK-042', 'Dinton Pastures', 'Visitor centre office', 'Recorder - NVR', 'Hikvision', 'DS-7608NI-K2', 1, 2022, 'In service'),
    ('WBC-DP-050', 'Highways depot', 'Yard, gatehouse', 'Camera - bullet', 'Hanwha', 'XNO-6080R', 6, 2019, 'In service'),
    ('WBC-CR-060', 'CCTV control room', 'Video wall', 'Monitor', 'Samsung', 'QM55R', 4, 2021, 'In service'),
]
cams = sum(r[6] for r in rows if r[3].startswith('Camera'))
assert cams == 88, cams
with open(out(f'{NN}-reply.csv'), 'w', newline='', encoding='utf-8') as f:
    f.write('FOI 11029 - CCTV equipment extract from Facilities asset system (Concerto) - run 17/01/2025,,,,,,,,\n')
    f.write(',,,,,,,,\n')
    w = csv.writer(f)
    w.writerow(['Asset Ref', 'Site', 'Location Description', 'Equipment Type', 'Manufacturer', 'Model', 'Qty',
                'Install Year', 'Status'])
    for r in rows:
        w.writerow(r)
put_label({"path": f"{NN}-reply.csv", "request_file": f"{NN}-request.txt", "format": "csv",
           "body_type": "council", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 88,
           "note": "bare CSV asset extract with no covering text; Hikvision appears only as NVRs in service, and the camera total must exclude recorder and monitor rows"})
