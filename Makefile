# Two commands do everything:  `make report` (set up, process data/raw, run notebooks, write reports/)
# and `make test` (the whole test suite; .ci/run calls exactly this).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INPUT ?= data/raw
OUT ?= data/processed
PUBLISHED ?=
# whether the quotation modules run compiled (setup.py), said after each install
SAY_COMPILED = @$(BIN)/python -c 'from helpers._compiled import report; print(report())'

.PHONY: help setup compile report process test lint clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/.installed: pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed, found " + sys.version.split()[0]'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(SAY_COMPILED)
	touch $@

setup: $(BIN)/.installed  ## create the environment (.venv) if needed

compile: $(BIN)/.installed  ## compile the quotation modules again after editing them (see setup.py)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(SAY_COMPILED)

report: $(BIN)/.installed  ## process INPUT (default data/raw), run every notebook, write HTML to reports/
	$(BIN)/python -m helpers report --input $(INPUT) --processed $(OUT) $(if $(PUBLISHED),--published $(PUBLISHED))

process: $(BIN)/.installed  ## only write the Parquet tables for INPUT to OUT
	$(BIN)/python -m helpers process $(INPUT) --out $(OUT)

test: $(BIN)/.installed  ## lint, type-check, check notebooks are stripped, run the whole test suite
	$(BIN)/ruff check src tests setup.py
	$(BIN)/ruff format --check src tests setup.py
	$(BIN)/mypy src/helpers
	$(BIN)/nbstripout --verify notebooks/*.ipynb
	$(BIN)/python -m pytest

clean:  ## remove generated tables and reports (never data/raw)
	rm -rf reports data/processed/*.parquet data/processed/_manifest.json data/processed/_partitions
