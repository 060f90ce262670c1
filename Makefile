# Two commands on a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
REPORT := audit-report

.PHONY: run test bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

# Audit the bundled examples (the bad ones have findings, so exit 1 is expected),
# then write the HTML report and say where it is.
run: $(VENV)/.installed
	@$(BIN)/auditor check examples/; status=$$?; [ $$status -le 1 ] || exit $$status
	@$(BIN)/auditor report examples/ -o $(REPORT)

# Types first (mypy --strict over auditor/ and the score cross-validation, [tool.mypy] in pyproject.toml), then the suite.
test: $(VENV)/.installed-test
	$(BIN)/python -m mypy --strict auditor bench/eval/score_cv.py
	$(BIN)/python -m pytest

# One table: audit vs lxml/textstat floors, cold start, --jobs, cache, Dask, Yoast (needs the
# test extras for textstat and dask; node for the Yoast row). Takes minutes: 20,000 pages.
bench: $(VENV)/.installed-test
	$(BIN)/python -m compileall -q auditor >/dev/null
	$(BIN)/python bench/bench_audit.py

# Precision by level and rule, listicle accuracy and score correlation against the hand judgements in bench/eval/.
.PHONY: eval
eval: $(VENV)/.installed
	$(BIN)/python bench/eval/run_eval.py

# Long fuzzing: the hypothesis targets with many more examples, then mutation of real pages.
fuzz: $(VENV)/.installed-test
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz_parsers.py
	$(BIN)/python bench/fuzz_inputs.py --seconds 300

clean:
	rm -rf $(VENV) $(REPORT) .pytest_cache
