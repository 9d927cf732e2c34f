#!/bin/sh
# Rebuild every non-plain-text reply. Run from anywhere; needs gen/.venv (pip install -r requirements.txt).
cd "$(dirname "$0")" || exit 1
for f in item*.py; do .venv/bin/python "$f" || exit 1; done
.venv/bin/python check.py
