# Two commands do all set-up on a fresh machine:  make demo  (restore the example pages)  and  make test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/baoku: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

.PHONY: demo test gate
demo: $(BIN)/baoku
	$(BIN)/baoku restore examples -o demo --format html
	$(BIN)/baoku restore examples -o demo --format json
	@echo "restored pages are in demo/ (open demo/*.html in a browser)"

test: $(BIN)/baoku
	$(BIN)/python -m pytest tests -q -p no:cacheprovider; rc=$$?; [ $$rc -eq 5 ] && echo "no tests collected" && exit 1; exit $$rc

gate: $(BIN)/baoku
	$(BIN)/python -m bench.gate
