#!/bin/sh
# Regenerates every item and labels.jsonl for the cv-formats blind set.
cd "$(dirname "$0")" && for f in items_01_05.py items_06_10.py items_11_15.py items_16_20.py items_21_27.py; do .venv/bin/python "$f" || exit 1; done
