import sys, zipfile, email, io
from email import policy
from odf.opendocument import load
from odf import teletype
from odf.text import P, H
from odf.table import Table, TableRow, TableCell

def odf_text(data):
    doc = load(io.BytesIO(data))
    out = []
    for el in doc.body.childNodes[0].childNodes if False else []:
        pass
    # walk all paragraphs/headings, tables rows
    def walk(node, depth=0):
        for ch in node.childNodes:
            q = getattr(ch, 'qname', None)
            if q and q[1] in ('p', 'h'):
                out.append(teletype.extractText(ch))
            elif q and q[1] == 'table':
                out.append('[TABLE %s]' % ch.getAttribute('name'))
                for row in ch.getElementsByType(TableRow):
                    out.append(' | '.join(teletype.extractText(c) for c in row.getElementsByType(TableCell)))
            else:
                walk(ch, depth+1)
    walk(doc.body)
    return '\n'.join(out)

def show(path):
    data = open(path, 'rb').read()
    if path.endswith(('.odt', '.ods')):
        print(odf_text(data))
    elif path.endswith('.eml'):
        m = email.message_from_bytes(data, policy=policy.default)
        for k in ('From','To','Subject','Date'): print(k+':', m[k])
        for part in m.walk():
            if part.is_multipart(): continue
            print('--- part', part.get_content_type(), part.get_filename())
            payload = part.get_payload(decode=True)
            if part.get_filename() and part.get_filename().endswith(('.odt','.ods')):
                print(odf_text(payload))
            else:
                print(payload.decode('utf-8', 'replace')[:3000])
    elif path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            print('=== ', n)
            d = z.read(n)
            if n.endswith(('.odt','.ods')): print(odf_text(d))
            else: print(d.decode('utf-8','replace')[:3000])
    else:
        print(open(path, encoding='utf-8').read()[:4000])

for p in sys.argv[1:]:
    print('#####', p); show(p)
