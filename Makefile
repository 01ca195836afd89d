# Kordon: `make demo` runs the demo, `make test` runs every check. Both build .venv/ first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint typecheck pytest bench system-deps clean lock translations messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Runtime dependencies only; stamp files make reinstalling cheap when the locks are unchanged.
$(VENV)/.runtime: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev: requirements-dev.lock pyproject.toml | $(BIN)/python
	scripts/system-deps.sh build
	$(BIN)/pip install --quiet -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.runtime

# The message catalogs: .po files are the source (committed), .mo files are built from them.
CATALOGS := src/kordon/i18n/locale
PO_FILES := $(wildcard $(CATALOGS)/*/LC_MESSAGES/kordon.po)

translations: $(VENV)/.runtime
	$(BIN)/pybabel compile --domain kordon --directory $(CATALOGS) --statistics

# After changing a page or a message: extract every marked string and merge it into each .po.
messages: $(VENV)/.dev
	$(BIN)/pybabel extract --mapping-file babel.cfg --keywords N_ --keywords N_plural:1,2 \
		--no-location --sort-output --project Kordon --copyright-holder "Kordon contributors" \
		--msgid-bugs-address "" --output-file $(CATALOGS)/kordon.pot .
	$(BIN)/pybabel update --domain kordon --input-file $(CATALOGS)/kordon.pot \
		--output-dir $(CATALOGS) --no-fuzzy-matching --ignore-obsolete

demo: $(VENV)/.runtime translations
	$(BIN)/kordon demo

system-deps:
	scripts/system-deps.sh all

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: $(VENV)/.dev
	$(BIN)/mypy src

pytest: $(VENV)/.dev system-deps translations
	scripts/run-tests.sh

test: lint typecheck pytest

bench: $(VENV)/.dev system-deps
	scripts/with-postgres.sh $(BIN)/kordon bench all

# Regenerate the lock files after changing pyproject.toml (needs uv: pip install uv).
lock:
	uv pip compile pyproject.toml --python-version 3.11 --python-platform x86_64-unknown-linux-gnu --no-header -q -o requirements.lock
	uv pip compile pyproject.toml --extra dev --python-version 3.11 --python-platform x86_64-unknown-linux-gnu --no-header -q -o requirements-dev.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
