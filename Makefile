# Two commands for a newcomer on a machine that has only python3:
#   make demo   -- set up, run the nightly job on the recorded corpus, print a summary
#   make test   -- set up with test extras, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= predikat.duckdb

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/predikat demo --db $(DB)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# benchmarks print numbers (they are not tests); see bench/*.py for what each measures
bench: $(VENV)/.installed-test
	$(BIN)/python bench/extraction_speed.py
	$(BIN)/python bench/bulk_load.py
	$(BIN)/python bench/jdihn_feed.py
	$(BIN)/python bench/crawl_throughput.py
	$(BIN)/python bench/nightly_nochange.py

clean:
	rm -rf $(VENV) $(DB) $(DB).* archive/
