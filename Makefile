# The single entry point: `make demo` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo install install-dev migrate test test-fast lint format lock run clean messages bench-l10n bench bench-admin bench-purge bench-import bench-participation browser test-e2e varnish kern

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Stamp files make a second `make demo` skip the install unless the lock changed.
$(VENV)/.installed: requirements.lock | $(PY)
	$(PIP) install --quiet -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements.lock requirements-dev.lock $(VENV)/.installed
	$(PIP) install --quiet -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(MANAGE) migrate --no-input

demo: migrate messages kern
	$(MANAGE) load_demo
	$(MANAGE) ensure_admin
	$(MANAGE) ensure_demo_users
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@# The background worker (index updates, translation jobs, reminder mails), the scheduler
	@# that publishes and unpublishes pages at their go-live and expiry times, the hourly
	@# closing of prioritisations and the daily reminders (queued for the worker; mails on
	@# this console) live as long as the server. In production a systemd timer or cron runs
	@# publish_scheduled, close_prioritisations and send_reminders.
	$(MANAGE) db_worker --no-startup-delay & worker=$$!; \
		(while true; do $(MANAGE) publish_scheduled >/dev/null; sleep 60; done) & scheduler=$$!; \
		(while true; do $(MANAGE) close_prioritisations >/dev/null; sleep 3600; done) & closer=$$!; \
		(while true; do $(MANAGE) send_reminders >/dev/null; sleep 86400; done) & reminders=$$!; \
		trap 'kill $$worker $$scheduler $$closer $$reminders 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

run: install
	$(MANAGE) runserver $(HOST):$(PORT)

# Two workers. A group (xdist_group) stays on one worker; --no-loadscope-reorder keeps the
# order tests/conftest.py sets: tests without a database first, browser tests last.
PYTEST_ARGS ?= -n 2 --dist loadgroup --no-loadscope-reorder

test: install-dev messages kern browser varnish
	$(PY) -m pytest $(PYTEST_ARGS)

# Only the browser tests (tests/e2e); screenshots land in test-results/screenshots/.
test-e2e: install-dev messages kern browser
	$(PY) -m pytest $(PYTEST_ARGS) tests/e2e

# Browser tests: Debian's Chromium (playwright install cannot download browsers here)
# and axe-core, pinned in package-lock.json, from the npm registry.
browser: node_modules/.installed
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq chromium) || (sudo apt-get update -qq && \
		sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

# tests/cms/test_varnish.py puts Debian's Varnish in front of the demo; the VCL imports the
# xkey vmod of varnish-modules (purges by key).
varnish:
	@(command -v varnishd >/dev/null || test -x /usr/sbin/varnishd) && \
		ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1 \
		|| (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish \
		varnish-modules) || (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq varnish varnish-modules)

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq npm) || (sudo apt-get update -qq && \
		sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm)
	npm ci --no-audit --no-fund --silent
	touch $@

# The public site's design system, KERN-UX (@kern-ux/native, EUPL-1.2, pinned in
# package-lock.json): its CSS, the Fira Sans faces cms/static/css/fonts.css names and the
# licence, copied into cms/static/kern/ and served as our own static files (run
# collectstatic after it in production). Nothing is loaded from another host.
KERN_DIST := node_modules/@kern-ux/native/dist
KERN_FACES := Regular Italic Medium SemiBold Bold
kern: cms/static/kern/.copied

cms/static/kern/.copied: node_modules/.installed
	rm -rf cms/static/kern && mkdir -p cms/static/kern/fonts
	cp $(KERN_DIST)/kern.min.css cms/static/kern/kern.css
	for face in $(KERN_FACES); do \
		cp $(KERN_DIST)/fonts/fira-sans/FiraSans-$$face.woff2 cms/static/kern/fonts/ || exit 1; done
	cp node_modules/@kern-ux/native/LICENSE.md cms/static/kern/LICENSE.md
	touch $@

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Compile interface translations with GNU gettext, installed from Debian where missing.
messages: install
	@command -v msgfmt >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext) \
		|| (sudo apt-get update -qq && sudo apt-get install -y -qq gettext)
	$(MANAGE) compilemessages --ignore=.venv -v0

# Translating pages: stock wagtail-localize beside the bulk sync (warm-up, then rounds in
# alternating order; medians), on the demo in scratch databases: SQLite, and PostgreSQL
# portal_bench_l10n when one answers on 127.0.0.1:5432. Writes docs/performance.md's rows.
L10N_SQLITE := sqlite:////tmp/portal-bench-l10n.sqlite3
L10N_PG := postgres://postgres@127.0.0.1:5432/portal_bench_l10n
bench-l10n: install
	rm -f /tmp/portal-bench-l10n.sqlite3
	DATABASE_URL=$(L10N_SQLITE) $(MANAGE) migrate --no-input -v0
	DATABASE_URL=$(L10N_SQLITE) $(MANAGE) load_demo -v0
	DATABASE_URL=$(L10N_SQLITE) $(MANAGE) bench_translations --pages 40 --write-doc
	@if $(PY) -c "import psycopg; c = psycopg.connect('postgres://postgres@127.0.0.1:5432/postgres', \
	    autocommit=True, connect_timeout=3); c.execute('DROP DATABASE IF EXISTS portal_bench_l10n'); \
	    c.execute('CREATE DATABASE portal_bench_l10n')" 2>/dev/null; then \
	  DATABASE_URL=$(L10N_PG) $(MANAGE) migrate --no-input -v0 && \
	  DATABASE_URL=$(L10N_PG) $(MANAGE) load_demo -v0 && \
	  DATABASE_URL=$(L10N_PG) $(MANAGE) bench_translations --pages 40 --write-doc; \
	else echo "No PostgreSQL on 127.0.0.1:5432: SQLite only."; fi

# Figures, not a test: a large Lübeck site in a scratch database (PostgreSQL portal_bench
# when one answers on 127.0.0.1:5432, else SQLite under /tmp), served by gunicorn with
# production settings; wrk loads each public page type, uncached, through the page cache
# and through Varnish; nginx serves one page as a file for comparison; 10,000 mixed
# requests check for 5xx; then 30 s each of that mix while Redis hangs, PostgreSQL is
# unreachable and gunicorn workers are killed (bench/faults.py). Prints the tables and
# writes docs/performance.md; then `make bench-purge`'s and `make bench-import`'s figures.
# wrk, nginx and Varnish come from Debian where missing.
# BENCH_ARGS, e.g. "--fresh", "--duration 10" or "--faults-only"; see bench/run.py.
bench: messages kern varnish
	@(command -v wrk && (command -v nginx || test -x /usr/sbin/nginx)) >/dev/null || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx) || \
		(sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx)
	$(PY) bench/run.py $(BENCH_ARGS)
	$(PY) bench/varnish_purge.py $(BENCH_PURGE_ARGS)
	$(PY) bench/dataset_import.py $(BENCH_IMPORT_ARGS)
	$(PY) bench/prioritisation_load.py $(BENCH_PARTICIPATION_ARGS)

# Figures, not a test: the server time of opening each page type's edit and add form, of
# publishing it unchanged and of publishing a new page, in-process with Django's test client
# on the demo in a scratch database (PostgreSQL portal_bench_admin when one answers on
# 127.0.0.1:5432, else SQLite under /tmp/bench_admin) with production settings: cache on
# Redis and purges to Varnish where installed, background tasks queued, not run. Prints the
# table and writes it into docs/performance.md. BENCH_ADMIN_ARGS, e.g. "--db both",
# "--runs 9", "--fresh" or "--profile --only MeasurePage --action create"; see bench/admin.py.
bench-admin: messages kern varnish
	$(PY) bench/admin.py $(BENCH_ADMIN_ARGS)

# Figures, not a test: publishing a measure with Varnish (deploy/varnish/default.vcl) in
# front of gunicorn, purged by URL list (VARNISH_PURGE=urls) and by key (xkey): the publish
# time, the requests Varnish received, and whether a query variant stayed stale. The demo
# in a scratch SQLite database under /tmp/bench_purge, the cache on Redis (skipped without
# one). `make bench` runs it after the pages. BENCH_PURGE_ARGS, e.g. "--runs 9" or "--fresh".
bench-purge: messages kern varnish
	$(PY) bench/varnish_purge.py $(BENCH_PURGE_ARGS)

# Figures, not a test: importing 100,000 values into a dataset (3 dimensions) from CSV
# and XLSX: reading and checking, the plan, the import, the same file again and a file
# with 10 % changed, in a scratch SQLite database under /tmp/bench_import and PostgreSQL
# portal_bench_import when one answers on 127.0.0.1:5432. `make bench` runs it after the
# purge.
# BENCH_IMPORT_ARGS, e.g. "--runs 5" or "--fresh"; see bench/dataset_import.py.
bench-import: install
	$(PY) bench/dataset_import.py $(BENCH_IMPORT_ARGS)

# Figures, not a test: an open prioritisation under load over HTTP. In a scratch database
# (PostgreSQL portal_bench_participation on the server DATABASE_URL names or on
# 127.0.0.1:5432, else SQLite under /tmp/bench_participation; removed at the end), gunicorn
# as deployed with production settings and the cache on Redis database 13 (flushed first):
# A: 500 code holders, each from an address of its own (X-Forwarded-For from the trusted
# proxy 127.0.0.1), redeem their code and send a ballot, 50 at a time; B: one address sends
# 1,000 submissions of one ballot, then 1,000 people behind it vote, 20 at a time. Fails if
# A loses a ballot or B gets no 429. Writes docs/performance.md; `make bench` runs it last.
# messages and kern: the
# pages render with production's static manifest. BENCH_PARTICIPATION_ARGS, e.g. "--keep"
# or "--db sqlite"; see bench/prioritisation_load.py.
bench-participation: messages kern
	$(PY) bench/prioritisation_load.py $(BENCH_PARTICIPATION_ARGS)

# Re-resolve the pinned versions from pyproject.toml in a throwaway venv.
lock:
	rm -rf .lockvenv && $(PYTHON) -m venv .lockvenv && .lockvenv/bin/pip install --quiet --upgrade pip
	.lockvenv/bin/pip install --quiet "$$(pwd)[site]"
	.lockvenv/bin/pip freeze --exclude wagtail-integration-pages | sort > requirements.lock
	.lockvenv/bin/pip install --quiet "$$(pwd)[site,dev]"
	.lockvenv/bin/pip freeze --exclude wagtail-integration-pages | sort | comm -13 requirements.lock - > requirements-dev.lock
	rm -rf .lockvenv

clean:
	rm -rf $(VENV) staticfiles node_modules test-results
