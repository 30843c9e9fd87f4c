# SafeSocial — the two commands a school (or a developer) needs: `make demo` and `make test`.
#   make install   the environment only: .venv with SafeSocial installed (.venv/bin/safesocial)
#   make demo      install, migrate an SQLite database under var/, load the demo, serve on 127.0.0.1:$(PORT)
#   make compile   the screener's hot modules compiled with mypyc (make test and make bench do this)
#   make test      install what the tests need, then lint, the suite on SQLite and PostgreSQL, browser tests
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export SAFESOCIAL_VAR_DIR ?= $(CURDIR)/var

.PHONY: install install-dev compile demo test lint format check bench bench-olid train-offensive clean

install: $(BIN)/safesocial

$(BIN)/safesocial: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "SafeSocial needs Python 3.11; set PYTHON=/path/to/python3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(BIN)/safesocial
	@echo "Installed: $(BIN)/safesocial"

install-dev: $(VENV)/.dev-installed

$(VENV)/.dev-installed: $(BIN)/safesocial pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: install
	PORT=$(PORT) scripts/demo.sh

# The screener's hot modules as C extensions (mypyc, from the dev extra); a no-op when up to date. Without a C
# compiler the screener runs from source: same decisions, slower.
compile: install-dev
	$(BIN)/python scripts/compile_screener.py || echo "warning: the screener was not compiled; it runs from source"

test: compile
	scripts/test.sh

lint: install-dev
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy src/safesocial/policy src/safesocial/screening

format: install-dev
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

check: install
	DJANGO_SETTINGS_MODULE=safesocial.config.settings.test $(BIN)/safesocial check --fail-level WARNING

bench: compile
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/screening_bench.py

# Rebuilds the shipped offensive-language model from the OLID and Davidson data (about 12 minutes on an idle
# 2-core machine). torch comes first and pinned, so pip never fetches another build. See docs/offensive-model.md.
SHARED_DATA ?= ../shared/data
train-offensive: install-dev
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python scripts/train_offensive.py --data $(SHARED_DATA) --out src/safesocial/screening/offensive/data

bench-olid: install-dev
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/olid_eval.py

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
	test ! -x $(BIN)/python || $(BIN)/python scripts/compile_screener.py --clean
