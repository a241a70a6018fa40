# The two commands: `make demo` (runs the bundled samples) and `make test` (the test suite).
# Both build the local virtual environment on first use; nothing else needs installing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint eval bench clean

demo: $(VENV)/.installed
	$(BIN)/chronicle demo -o out/demo.jsonl

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks

eval: $(VENV)/.installed
	$(BIN)/chronicle eval actors

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install -qq -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) out build src/*.egg-info
