# SafeSocial — the two commands a school (or a developer) needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export SAFESOCIAL_VAR_DIR ?= $(CURDIR)/var

.PHONY: install install-dev demo test lint format bench train-offensive clean

install: $(BIN)/safesocial

$(BIN)/safesocial: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(BIN)/safesocial

install-dev: $(VENV)/.dev-installed

$(VENV)/.dev-installed: $(BIN)/safesocial pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: install
	scripts/demo.sh

test: install-dev
	scripts/test.sh

lint: install-dev
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy src/safesocial/policy src/safesocial/screening

format: install-dev
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

bench: install-dev
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/screening_bench.py

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
