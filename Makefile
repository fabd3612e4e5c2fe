# The museum CMS. `make run` to try it, `make test` to prove it.
# Everything installs into .venv; PostgreSQL is embedded unless DATABASE_URL is set.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
EMBEDDED_DB := $(PY) -m cms.core.embedded_db

# CI builds the test database from scratch; locally it is kept between runs.
ifeq ($(CI),true)
  DB_FLAGS := --create-db
else
  DB_FLAGS := --reuse-db
endif

ITEMS ?= 100
DURATION ?= 5
ROUNDS ?= 3
MODES ?= warm,off

.PHONY: help install install-dev browser-deps stack-deps run migrate seed test lint format check messages db-start db-stop db-status clean bench bench-deps outage-drill

help:
	@echo "make run      set up, migrate, seed the demo and serve on http://$(HOST):$(PORT)"
	@echo "make test     install the development tools and run the whole test suite"
	@echo "make browser-deps  Debian's chromium for tests/browser (make test runs it)"
	@echo "make stack-deps  Debian's nginx and docker-compose for tests/core (make test runs it)"
	@echo "make lint     ruff format --check and ruff check"
	@echo "make check    Django system check, migrations and catalogues up to date"
	@echo "make db-stop  stop the embedded PostgreSQL server"
	@echo "make bench ITEMS=100  seed ITEMS items x 4 languages, load them under gunicorn"
	@echo "              (DURATION=5 s per URL, ROUNDS=3, MODES=warm,off; docs/performance.md)"
	@echo "make outage-drill  stop PostgreSQL under load and watch the 503s and the recovery"
	@echo "make bench-deps  Debian's wrk for make bench (else a slower Python client)"

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# The browser tests (tests/browser) drive Debian's Chromium; Playwright never
# downloads a browser. Installed here when missing (as root, or through sudo).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "== installing Debian's chromium for tests/browser"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		export DEBIAN_FRONTEND=noninteractive; \
		$$SUDO apt-get install -y chromium \
		|| { $$SUDO apt-get update && $$SUDO apt-get install -y chromium; }; \
	}

# The production stack's pieces that run here without Docker: Debian's nginx,
# started by scripts/two_instances.py with deploy/nginx/nginx.conf in front
# of two gunicorn instances (tests/core/test_two_instances.py), on a free
# loopback port, and Debian's docker-compose (1.29), whose "config" checks
# compose.yaml without a Docker engine (tests/core/test_compose.py).
# Installed when missing. The tests never use nginx's own service (port 80);
# where the installation starts it, it can be stopped.
stack-deps:
	@{ { command -v nginx || [ -x /usr/sbin/nginx ]; } \
		&& command -v docker-compose; } >/dev/null 2>&1 || { \
		echo "== installing Debian's nginx and docker-compose for tests/core"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		export DEBIAN_FRONTEND=noninteractive; \
		$$SUDO apt-get install -y nginx docker-compose \
		|| { $$SUDO apt-get update && $$SUDO apt-get install -y nginx docker-compose; }; \
	}

# The benchmark's load generator: Debian's wrk. Without it make bench falls
# back to a Python client (same columns, lower ratios: it shares the CPU).
bench-deps:
	@command -v wrk >/dev/null 2>&1 || { \
		echo "== installing Debian's wrk for make bench"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		export DEBIAN_FRONTEND=noninteractive; \
		$$SUDO apt-get install -y wrk \
		|| { $$SUDO apt-get update && $$SUDO apt-get install -y wrk; }; \
	}

# Not part of make test: figures need a quiet machine and minutes per size.
# The runner stops the gunicorn and the embedded PostgreSQL it started.
bench: install bench-deps
	ITEMS=$(ITEMS) DURATION=$(DURATION) ROUNDS=$(ROUNDS) MODES=$(MODES) $(PY) -m bench

# RELIABILITY.md's "database down under load", live: gunicorn and an embedded
# PostgreSQL of its own, stopped and started under load (scripts/db_outage.py).
outage-drill: install
	$(PY) scripts/db_outage.py

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

run: seed
	@echo ""
	@echo "The museum is served at:"
	@echo "  French      http://$(HOST):$(PORT)/fr/"
	@echo "  Arabic      http://$(HOST):$(PORT)/ar/"
	@echo "  English     http://$(HOST):$(PORT)/en/"
	@echo "  Tamazight   http://$(HOST):$(PORT)/zgh/"
	@echo "  Admin       http://$(HOST):$(PORT)/admin/  (login: admin / $${MUSEUM_ADMIN_PASSWORD:-museum-admin})"
	@echo "  API         http://$(HOST):$(PORT)/api/v1/"
	@echo "Stop with Ctrl-C (the embedded database stops with it)."
	@echo ""
	@trap '$(EMBEDDED_DB) stop' EXIT; trap 'exit 130' INT TERM; $(PY) manage.py runserver $(HOST):$(PORT)

test: install-dev browser-deps stack-deps
	@was_running=$$($(EMBEDDED_DB) status | grep -c ' running'); \
	$(PY) -m pytest $(DB_FLAGS) $(PYTEST_ARGS); status=$$?; \
	if [ -z "$$DATABASE_URL" ] && [ "$$was_running" = 0 ]; then $(EMBEDDED_DB) stop; fi; \
	exit $$status

lint: install-dev
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: install
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py compile_catalogues --check

# Update the interface catalogues after adding strings (needs GNU gettext).
messages: install
	$(PY) manage.py makemessages -l fr -l ar -l zgh --no-obsolete \
		--ignore=.venv --ignore=.data --ignore=staticfiles --ignore=tests
	$(PY) manage.py compile_catalogues

db-start: install
	$(EMBEDDED_DB) start

db-stop:
	@$(EMBEDDED_DB) stop

db-status:
	@$(EMBEDDED_DB) status

clean: db-stop
	rm -rf .data staticfiles
