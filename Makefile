# Two commands do everything:  `make report` (set up, process data/raw, run notebooks, write reports/)
# and `make test` (the whole test suite; .ci/run calls exactly this).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INPUT ?= data/raw
OUT ?= data/processed
PUBLISHED ?=

.PHONY: help setup report process test lint clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed, found " + sys.version.split()[0]'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

setup: $(BIN)/.installed  ## create the environment (.venv) if needed

report: $(BIN)/.installed  ## process INPUT (default data/raw), run every notebook, write HTML to reports/
	$(BIN)/python -m helpers report --input $(INPUT) --processed $(OUT) $(if $(PUBLISHED),--published $(PUBLISHED))

process: $(BIN)/.installed  ## only write the Parquet tables for INPUT to OUT
	$(BIN)/python -m helpers process $(INPUT) --out $(OUT)

test: $(BIN)/.installed  ## lint, check notebooks are stripped, run the whole test suite
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/nbstripout --verify notebooks/*.ipynb
	$(BIN)/python -m pytest

clean:  ## remove generated tables and reports (never data/raw)
	rm -rf reports data/processed/*.parquet data/processed/_manifest.json data/processed/_partitions
