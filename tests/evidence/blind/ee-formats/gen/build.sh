#!/bin/sh
# Rebuild every item of the ee-formats set (requests, replies, labels.jsonl).
# Setup once: python3 -m venv gen/.venv && gen/.venv/bin/pip install python-docx openpyxl odfpy reportlab pillow
set -e
cd "$(dirname "$0")/.."
for f in gen/items/item*.py; do gen/.venv/bin/python "$f"; done
gen/.venv/bin/python gen/validate.py
