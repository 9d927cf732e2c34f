#!/bin/sh
# Rebuild every item (request, reply, label line) from its generator.
set -e
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install python-docx openpyxl reportlab odfpy pillow; }
for f in i*.py; do
  echo "== $f"
  .venv/bin/python "$f"
done
