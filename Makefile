# One task runner. `make help` lists the targets.
PY ?= .venv/bin/python

.PHONY: help venv demo test lint typecheck check bench bench-web clean docs

help:
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/'

venv: ## create .venv with the package and its dev tools
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]'

demo: venv ## run the whole pipeline on synthetic replies into ./demo-out
	.venv/bin/camcensus demo --out demo-out

test: venv ## run the test suite
	$(PY) -m pytest

lint: ## ruff
	$(PY) -m ruff check src tests benchmarks

typecheck: ## mypy
	$(PY) -m mypy

check: lint typecheck test ## everything CI checks, and the linters

bench-web: ## web load test: 25,000 bodies, 100 connections (wrk if installed; add --pg for PostgreSQL)
	$(PY) benchmarks/web.py --workers 2

docs: ## regenerate docs/cli.md from --help
	$(PY) -m camcensus.docs_cli > docs/cli.md

clean:
	rm -rf .venv demo-out .pytest_cache .mypy_cache .ruff_cache
