import json, sys
# usage: addlabel.py '<json>'
d = json.loads(sys.argv[1])
with open('/work/blind/di-mixed/labels.jsonl', 'a') as f:
    f.write(json.dumps(d) + '\n')
print('ok', d['path'])
