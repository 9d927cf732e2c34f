#!/bin/sh
# Regenerate every non-plain-text reply in this set. Run from anywhere.
# Set up once: python3 -m venv gen/.venv && gen/.venv/bin/pip install python-docx openpyxl reportlab fpdf2 odfpy Pillow img2pdf numpy
set -e
cd "$(dirname "$0")"
for f in item*.py; do .venv/bin/python "$f"; done
