"""Rebuild every item of the eg-formats set: gen/.venv/bin/python gen/build_all.py"""
import os, subprocess, sys, glob
here = os.path.dirname(os.path.abspath(__file__))
lab = os.path.join(here, '..', 'labels.jsonl')
if os.path.exists(lab):
    os.remove(lab)
for f in sorted(glob.glob(os.path.join(here, 'items', 'item*.py'))):
    subprocess.run([sys.executable, f], check=True)
    print('built', os.path.basename(f))
