import csv
rows = [
    ['Huntingdon HQ', 'HQ-A', 'Car park perimeter', 'External', 'Axis', 'P3265-LVE', 6],
    ['Huntingdon HQ', 'HQ-B', 'Reception & corridors', 'Internal', 'Axis', 'M3086-V', 4],
    ['Huntingdon HQ', 'HQ-C', 'Roof (PTZ)', 'External', 'Axis', 'Q6075-E', 1],
    ['Huntingdon HQ', 'HQ-D', 'Control room', 'Internal', 'Axis', 'M3086-V', 2],
    ['St Neots', 'SN-1', 'Appliance bay doors', 'External', 'Hanwha', 'QNO-7082R', 2],
    ['St Neots', 'SN-2', 'Yard', 'External', 'Hanwha', 'QNO-7082R', 1],
    ['St Ives', 'SI-1', 'Appliance bay doors', 'External', 'Dahua', 'IPC-HFW3441E-AS', 2],
    ['St Ives', 'SI-2', 'Rear yard, fuel tank', 'External', 'DAHUA', 'IPC-HFW3441E-AS', 1],
    ['Ely', 'EL-1', 'Appliance bay / yard', 'External', 'Hanwha', 'QNO-7082R', 3],
    ['Ely', 'EL-2', 'Entrance lobby', 'Internal', 'Hanwha', 'QND-7082R', 1],
    ['March', 'MA-1', 'Front & yard', 'External', 'Dahau', 'IPC-HFW2431S-S-S2', 2],
    ['Wisbech', 'WI-1', 'Yard', 'External', 'Hanwha', 'QNO-6012R', 2],
    ['Wisbech', 'WI-2', 'Entrance lobby', 'Internal', 'Hanwha', 'QND-6012R', 1],
    ['Ramsey', 'RA-1', 'Bay doors', 'External', 'Dahua', 'IPC-HFW2431S-S-S2', 2],
    ['Chatteris', 'CH-1', 'Bay doors', 'External', 'Dahua', 'IPC-HFW2431S-S-S2', 1],
    ['Sawtry', 'SA-1', 'Bay doors', 'External', 'Hanwha', 'QNO-6012R', 1],
    ['Littleport', 'LI-1', 'Bay doors', 'External', 'Hanwha', 'QNO-6012R', 1],
    ['Training Centre Alconbury', 'TC-1', 'Drill yard', 'External', 'Axis', 'P1465-LE', 4],
    ['Training Centre Alconbury', 'TC-2', 'Fire house / hot fire area', 'External', 'Axis', 'P1465-LE', 2],
    ['Training Centre Alconbury', 'TC-3', 'Classroom corridor', 'Internal', 'Axis', 'M3086-V', 2],
]
with open('../22-reply.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\r\n')
    w.writerow(['Site', 'Camera ref', 'Position', 'Internal/External', 'Manufacturer', 'Model', 'Qty'])
    w.writerows(rows)
print('wrote 22-reply.csv rows', len(rows), 'qty', sum(r[-1] for r in rows))
