# Every command sets itself up first: a fresh clone needs only Python 3.11,
# Node (npm) and, for the browser tests, Debian's apt.
#
#   make serve      set up, then serve the site at http://127.0.0.1:8000/
#   make test       set up, then run every check (what CI runs)
#   make update     re-record the outputs that changed, then the notebooks
#   make notebooks  regenerate the notebooks from the pages
#   make setup      the venv from requirements.txt, doccheck/ installed editable
#   make bench      time the builds, the snippet checks and the suite into PERFORMANCE.md
#   make publish    add this torch release's version of the site to gh-pages

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium-headless-shell

export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test update notebooks bench browser publish clean

setup: $(VENV)/.installed node_modules/.installed

# pyproject.toml too: it declares the package and its pytest plugin.
$(VENV)/.installed: requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
	  { echo "error: Python 3.11 is required; found $(PYTHON). Set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The browser tests drive Debian's chromium-headless-shell (never a downloaded
# browser): the same Blink as chromium, without the desktop browser around it,
# so a page costs about half the CPU to load. CHROMIUM=/usr/bin/chromium works too.
browser:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's chromium-headless-shell for the browser tests"; \
	  apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell; \
	else \
	  echo "note: $(CHROMIUM) is missing, so the browser tests will be skipped;"; \
	  echo "      install it with: sudo apt-get install chromium-headless-shell"; \
	fi

serve: setup
	$(BIN)/mkdocs serve

build: setup
	$(BIN)/mkdocs build --strict

# One pytest worker per core (at most 4: each starts torch and a browser);
# loadgroup keeps the tests marked xdist_group (publishing) on one worker.
test: setup browser
	$(BIN)/pytest -n auto --maxprocesses 4 --dist loadgroup

update: setup
	$(BIN)/pytest snippets --update-outputs
	$(BIN)/python tools/notebooks.py

notebooks: setup
	$(BIN)/python tools/notebooks.py

# Rewrites the figures in PERFORMANCE.md; takes about 8 minutes on 2 cores.
bench: setup
	$(BIN)/python tools/benchmark.py --write --tests

# Commits to the gh-pages branch of this clone (mike); PUSH=1 also pushes it.
# Set SITE_URL and REPO_URL for a real deploy, as the workflow does.
publish: setup
	$(BIN)/python tools/publish.py $(if $(PUSH),--push)

clean:
	rm -rf site .pytest_cache screenshots .cache
