#!/bin/sh
# Rebuild every item: python3 -m venv .venv && .venv/bin/pip install python-docx openpyxl reportlab Pillow odfpy
cd "$(dirname "$0")" && for f in item*.py; do .venv/bin/python "$f" || exit 1; done
