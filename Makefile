# Smart Cities Academy: the README's commands.
#   make run    set up and serve the portal with SQLite and demo content
#   make test   set up, lint, check and run the whole test suite
#   make lint   ruff (format check + lint) and djhtml
#   make bench  load-test gunicorn with production settings (docs/performance.md)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test lint format install install-dev messages bench clean

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

test: lint
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
	rm -rf $(VENV) .pytest_cache .ruff_cache static_collected .test-media .bench
