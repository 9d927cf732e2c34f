#!/bin/sh
# Rebuild every item of the dt-formats set. Usage: sh gen/build_all.sh (from the set folder or gen/)
set -e
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx openpyxl odfpy reportlab pillow striprtf; }
for f in item[0-9][0-9].py; do .venv/bin/python "$f"; done
.venv/bin/python check.py
