# Two commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
# the venv is (re)installed only when one of these changed since the last install
STAMP   = $(VENV)/.installed
LOCKS   = requirements/app.lock requirements/test.lock
LOCK_FLAGS = --universal --python-version 3.11 --quiet

.PHONY: run test lint install bench i18n lock bundle clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# the tested versions from the lock, then the app itself on top without touching them
$(STAMP): $(BIN)/python pyproject.toml setup.py requirements/test.lock
	$(BIN)/python -m pip install --quiet -r requirements/test.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/intervisie

# the house rules first (seconds), then the tests (minutes): CI runs this too (.ci/run)
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# the house rules: ruff (lint + format) everywhere, mypy on the Qt-free half ([tool.mypy])
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

i18n: install
	$(BIN)/python scripts/i18n.py

# Refresh the locks from the ranges in pyproject.toml (newest versions inside them, for every
# platform, Python 3.11 and newer); run `make test` after and commit the changed lock files.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) --upgrade -o requirements/app.lock
	$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) --upgrade --extra test --extra bundle \
		--extra postgres -o requirements/test.lock

# The one-folder desktop bundle in dist/intervisie/ (packaging/intervisie.spec)
bundle: install
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/intervisie.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
