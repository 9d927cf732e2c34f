"""Validate labels.jsonl and check every reply file opens in its format."""
import json, os, sys, subprocess, csv, email, zipfile, re
from email import policy
D = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua", "outcome", "exemptions",
        "camera_count", "note"]
FORMATS = {'txt', 'eml', 'html', 'docx', 'xlsx', 'odt', 'ods', 'pdf', 'rtf', 'csv', 'scan'}
BODY = {'council', 'nhs', 'police', 'school', 'academy', 'fire', 'university', 'scottish_gov', 'welsh_council', 'other'}
LAW = {'foia', 'foisa', 'eir'}
YN = {'yes', 'no', 'unknown'}
OUT = {'answered', 'partially_answered', 'refused', 'not_held'}
EX = re.compile(r'^(s\d+|EIR \d+(\(\d+\))?(\([a-z]\))?)$')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
lines = open(os.path.join(D, 'labels.jsonl'), encoding='utf-8').read().splitlines()
for n, line in enumerate(lines, 1):
    L = json.loads(line)
    if list(L) != KEYS: err(n, 'keys', list(L))
    p, r = os.path.join(D, L['path']), os.path.join(D, L['request_file'])
    for f in (p, r):
        if not os.path.isfile(f): err(n, 'missing', f)
    if L['format'] not in FORMATS: err(n, 'format')
    ext = L['path'].rsplit('.', 1)[1]
    if (L['format'] == 'scan' and ext != 'pdf') or (L['format'] != 'scan' and ext != L['format']): err(n, 'ext/format')
    if L['body_type'] not in BODY: err(n, 'body')
    if L['law'] not in LAW: err(n, 'law')
    if L['hikvision'] not in YN or L['dahua'] not in YN: err(n, 'maker')
    if L['outcome'] not in OUT: err(n, 'outcome')
    if not isinstance(L['exemptions'], list) or any(not EX.match(e) for e in L['exemptions']): err(n, 'exemptions', L['exemptions'])
    if not (L['camera_count'] is None or (isinstance(L['camera_count'], int) and L['camera_count'] >= 0)): err(n, 'count')
    if not L['note']: err(n, 'note')
    # open the file
    fmt = L['format']
    try:
        if fmt == 'eml':
            m = email.message_from_bytes(open(p, 'rb').read(), policy=policy.default)
            assert m['From'] and m['Subject']
            parts = [x.get_content_type() for x in m.walk()]
            for x in m.walk():
                if not x.is_multipart():
                    x.get_content()
            info = ','.join(parts)
        elif fmt == 'docx':
            import docx
            d = docx.Document(p); info = '%d paras %d tables' % (len(d.paragraphs), len(d.tables))
        elif fmt == 'xlsx':
            import openpyxl
            wb = openpyxl.load_workbook(p); info = 'sheets ' + ','.join(wb.sheetnames)
        elif fmt in ('odt', 'ods'):
            from odf.opendocument import load
            from odf import teletype, text as T
            d = load(p)
            info = '%d chars' % sum(len(teletype.extractText(x)) for x in d.getElementsByType(T.P))
            assert zipfile.ZipFile(p).read('mimetype').startswith(b'application/vnd.oasis')
        elif fmt in ('pdf', 'scan'):
            t = subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True, check=True).stdout
            fonts = subprocess.run(['pdffonts', p], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
            pages = subprocess.run(['pdfinfo', p], capture_output=True, text=True, check=True).stdout
            pg = re.search(r'Pages:\s+(\d+)', pages).group(1)
            if fmt == 'scan':
                assert not t.strip() and not fonts, 'scan has a text layer'
                info = '%s pages, no text layer' % pg
            else:
                assert len(t.strip()) > 200 and fonts
                info = '%s pages, %d chars text' % (pg, len(t))
        elif fmt == 'html':
            from html.parser import HTMLParser
            class C(HTMLParser):
                n = 0
                def handle_data(self, data): self.n += len(data.strip())
            c = C(); c.feed(open(p, encoding='utf-8').read()); info = '%d text chars' % c.n
        elif fmt == 'rtf':
            s = open(p, encoding='ascii').read()
            depth = 0
            i = 0
            while i < len(s):
                ch = s[i]
                if ch == '\\': i += 2; continue
                if ch == '{': depth += 1
                elif ch == '}': depth -= 1
                assert depth >= 0
                i += 1
            assert depth == 0 and s.startswith('{\\rtf1')
            info = 'braces balanced'
        elif fmt == 'csv':
            rows = list(csv.reader(open(p, encoding='utf-8', newline='')))
            info = '%d rows' % len(rows)
        elif fmt == 'txt':
            info = '%d chars' % len(open(p, encoding='utf-8').read())
        print('ok', L['path'], fmt, info)
    except Exception as e:
        err(n, 'open failed', L['path'], repr(e))
print('items', len(lines), 'errors', bad)
sys.exit(1 if bad else 0)
