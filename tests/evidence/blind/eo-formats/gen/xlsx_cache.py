"""Insert cached values for formula cells into an openpyxl-written .xlsx, as Excel does when it saves a file."""
import re, shutil, zipfile, tempfile, os
def add_cached_values(path, sheet_xml, values):
    """values: {'D5': 26, ...} for formula cells in xl/worksheets/<sheet_xml>."""
    tmp = tempfile.mktemp(suffix='.xlsx')
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == f'xl/worksheets/{sheet_xml}':
                s = data.decode('utf-8')
                def fix(m):
                    ref = m.group(1)
                    if ref not in values: return m.group(0)
                    return f'<c r="{ref}"{m.group(2)}><f>{m.group(3)}</f><v>{values[ref]}</v></c>'
                s = re.sub(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', fix, s)
                s = re.sub(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f></c>', fix, s)
                data = s.encode('utf-8')
            zout.writestr(item, data)
    shutil.move(tmp, path)
