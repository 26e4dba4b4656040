# depesche: `make run` serves the demo newsroom (with its scheduler), `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Where the production backends are tested when they answer (docs/design.md §2).
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15

.PHONY: run test test-embedded test-production-backends check install install-test \
	browser varnish vnu wrk messages format bench prod prod-stop clean

# Absolute URLs (feeds, sitemaps, e-mails) name DEPESCHE_BASE_URL, by default the address served.
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py site_address
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py create_editor
	@# The scheduler (scheduled go-live and expiry, docs/operations.md) runs beside the server
	@# and stops with it (Ctrl-C).
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
		trap 'kill -TERM $$scheduler 2>/dev/null; wait $$scheduler' EXIT; \
		$(BIN)/python manage.py runserver 127.0.0.1:8000

# With PostgreSQL and Redis answering, the two runs go at once (each mostly waits on one core:
# the tests, the database, the browser), their output one after the other when both are done.
test: install-test browser varnish vnu
	@if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then \
		mkdir -p var/test-logs; \
		echo "== the suite on SQLite and on PostgreSQL + Redis at once (logs: var/test-logs/)"; \
		$(MAKE) --no-print-directory test-embedded >var/test-logs/embedded.log 2>&1 & embedded=$$!; \
		$(MAKE) --no-print-directory test-production-backends >var/test-logs/production.log 2>&1; \
		production=$$?; wait $$embedded; embedded=$$?; \
		cat var/test-logs/embedded.log var/test-logs/production.log; \
		echo "== SQLite: $$([ $$embedded = 0 ] && echo passed || echo FAILED)," \
			"PostgreSQL + Redis: $$([ $$production = 0 ] && echo passed || echo FAILED)"; \
		[ $$embedded = 0 ] && [ $$production = 0 ]; \
	else \
		echo "PostgreSQL or Redis does not answer on 127.0.0.1: production backends not tested."; \
		$(MAKE) --no-print-directory test-embedded; \
	fi

test-embedded:
	@echo "== tests: SQLite, in-process cache"
	env -u DATABASE_URL -u REDIS_URL $(BIN)/pytest

# The browser tests run once, in the embedded run: they test what Chromium shows, and the server
# side of each flow they drive is tested on both (docs/testing.md).
test-production-backends:
	@echo "== tests: PostgreSQL ($(TEST_DATABASE_URL)), Redis ($(TEST_REDIS_URL)), no browser tests"
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) $(BIN)/pytest -m "not browser"

check: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files '*.html')
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/lint-imports --no-logo
	SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=news.example.org \
		DJANGO_SETTINGS_MODULE=depesche.settings.production \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files '*.html')

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[test,dev]"
	touch $@ $(VENV)/.installed

# Browser tests drive Debian's Chromium (Playwright's own browser download is not used).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		{ $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; }

# The edge cache: the purge tests run the repository's VCL in Debian's Varnish, with the
# xkey vmod from Debian's varnish-modules.
varnish:
	@{ command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ]; } && \
		ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1 || \
		{ $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq varnish varnish-modules; }

# The HTML checker (tests/reader/test_reader_pages.py): the Nu Html Checker's vnu.jar from npm (version
# pinned in package-lock.json, its Java download skipped), run by Debian's Java.
vnu: node_modules/.installed
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless; }

node_modules/.installed: package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq npm; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# The load generator of the benchmarks.
wrk:
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }

# The production configuration on this machine (docs/operations.md): PostgreSQL, Redis,
# Varnish, the app server and the task worker, all on 127.0.0.1.
prod: install
	ops/prod.sh start

prod-stop:
	ops/prod.sh stop

# Translations: `make messages` extracts new strings into the catalogues of every reader
# language but English (the msgids are English); edit locale/*/LC_MESSAGES/django.po, then
# `make messages` again compiles them (the compiled .mo files are committed). It prints how many
# strings each language lacks (untranslated or fuzzy) and fails while any does.
CATALOGUES := de fr it
messages: install
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq gettext; }
	$(BIN)/python manage.py makemessages $(CATALOGUES:%=--locale %) --no-obsolete --no-wrap --ignore 'bench/*' --ignore '.venv/*' --ignore 'var/*'
	$(BIN)/python manage.py compilemessages $(CATALOGUES:%=--locale %) --ignore '.venv/*'
	@missing=0; for language in $(CATALOGUES); do \
		po=locale/$$language/LC_MESSAGES/django.po; \
		statistics=$$(LC_ALL=C msgfmt --statistics -o /dev/null $$po 2>&1); \
		untranslated=$$(echo "$$statistics" | grep -o '[0-9]* untranslated' | grep -o '[0-9]*' || echo 0); \
		fuzzy=$$(echo "$$statistics" | grep -o '[0-9]* fuzzy' | grep -o '[0-9]*' || echo 0); \
		echo "$$language: $$statistics"; \
		for kind in --untranslated --only-fuzzy; do msgattrib $$kind --no-wrap $$po | sed '1,/^$$/d'; done; \
		missing=$$((missing + untranslated + fuzzy)); \
	done; [ $$missing = 0 ] || { echo "$$missing translations missing"; exit 1; }

# Benchmarks 2 and 3 start stacks of their own (ports 8380/8400, databases depesche_bench_*).
bench: install wrk varnish
	$(BIN)/python bench/article_render.py
	$(BIN)/python bench/edge_cache.py
	$(BIN)/python bench/app_server.py --reuse
	$(BIN)/python bench/publish_visible.py
	$(BIN)/python bench/engagement_load.py
	$(BIN)/python bench/mixed_spike.py
	$(BIN)/python bench/faults.py
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/depesche_bench_numbers $(BIN)/python bench/desk_numbers.py
	$(BIN)/python bench/live_ticker.py
	$(BIN)/python bench/news_day.py --reuse

clean:
	rm -rf $(VENV) var
