#!/bin/sh
# Regenerate every item of fb-formats from its generator (run from anywhere).
cd "$(dirname "$0")" || exit 1
for f in item*.py; do .venv/bin/python "$f" || exit 1; done
