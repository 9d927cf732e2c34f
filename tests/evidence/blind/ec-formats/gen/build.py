"""Rebuild the whole ec-formats set: gen/.venv/bin/python gen/build.py"""
import glob, os, runpy
here = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(here, "items", "item*.py"))):
    print("building", os.path.basename(f))
    runpy.run_path(f, run_name="__main__")
