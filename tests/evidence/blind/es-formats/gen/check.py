"""Check labels.jsonl: valid JSON, files exist, one label per item; dump a text view of each reply."""
import json, os, sys, email, io, zipfile
from email import policy
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'))]
ok = True
for r in rows:
    for k in ('path', 'request_file'):
        if not os.path.exists(os.path.join(HERE, r[k])):
            print('MISSING', r[k]); ok = False
    ext = r['path'].rsplit('.', 1)[1]
    if ext != r['format']:
        print('FORMAT MISMATCH', r['path'], r['format']); ok = False
print(len(rows), 'labels', 'OK' if ok else 'PROBLEMS')
if '-v' in sys.argv:
    for r in rows:
        p = os.path.join(HERE, r['path'])
        if r['format'] == 'eml':
            m = email.message_from_bytes(open(p, 'rb').read(), policy=policy.default)
            parts = [(pt.get_content_type(), pt.get_filename()) for pt in m.walk()]
            print(r['path'], parts)
