#!/bin/sh
# Rebuilds every item (request, reply and label line) from its generator.
set -e
cd "$(dirname "$0")"
PY=.venv/bin/python
for s in i[0-9][0-9]_*.py; do
  echo "$s"; $PY "$s"
done
