#!/bin/sh
# Rebuild every item of the ea-formats set and re-check the labels.
# First time: python3 -m venv gen/.venv && gen/.venv/bin/pip install -q python-docx openpyxl odfpy reportlab pillow
cd "$(dirname "$0")" || exit 1
for f in item*.py; do .venv/bin/python "$f" || exit 1; done
.venv/bin/python check.py
