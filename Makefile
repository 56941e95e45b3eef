# Two commands do all set-up on a fresh machine:  make demo  (restore, index and serve the example pages)  and  make test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/baoku: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

.PHONY: demo test gate serve
demo: $(BIN)/baoku
	$(BIN)/baoku restore examples -o demo --format html
	$(BIN)/baoku restore examples -o demo --format json
	$(BIN)/baoku ingest examples/qingchuan-2023-06-03-p1.md examples/qingchuan-2023-06-03-p2.md --db demo/demo.db --paper 青川日报
	$(BIN)/baoku ingest examples/qinghe-2023-06-03.pdf --db demo/demo.db --paper 青禾日报
	$(BIN)/baoku search 老街 --db demo/demo.db --facet paper --limit 3
	@echo "restored pages are in demo/ (open demo/*.html in a browser); the archive is demo/demo.db (baoku search QUERY --db demo/demo.db)"
	@echo "serving the demo archive at http://127.0.0.1:8000/ (Ctrl-C stops it; make serve starts it again)"
	$(BIN)/baoku serve --db demo/demo.db

test: $(BIN)/baoku
	$(BIN)/python -m pytest tests -q -p no:cacheprovider; rc=$$?; [ $$rc -eq 5 ] && echo "no tests collected" && exit 1; exit $$rc

serve: $(BIN)/baoku
	$(BIN)/baoku serve --db demo/demo.db

gate: $(BIN)/baoku
	$(BIN)/python -m bench.gate
