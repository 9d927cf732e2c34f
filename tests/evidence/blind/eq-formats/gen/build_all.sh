#!/bin/sh
# Rebuild every item (requests, replies, label lines) from its generator script.
# Setup: python3 -m venv gen/.venv && gen/.venv/bin/pip install python-docx openpyxl reportlab odfpy Pillow img2pdf
set -e
cd "$(dirname "$0")"
for s in item*.py; do .venv/bin/python "$s" >/dev/null; echo "built $s"; done
