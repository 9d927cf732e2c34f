#!/bin/sh
# Regenerate every item of the ce-formats set (run from this folder).
set -e
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx openpyxl reportlab Pillow odfpy; }
for s in i[0-9][0-9]_*.py; do .venv/bin/python "$s" >/dev/null; done
