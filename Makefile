# HRDesk — developer commands.  `make run` and `make test` are all a newcomer needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
export PIP_DISABLE_PIP_VERSION_CHECK := 1
BENCH_WORK ?= /tmp/hrdesk-bench

# System libraries Qt needs to run offscreen / under Xvfb (Debian/Ubuntu package names).
QT_SYSTEM_PACKAGES := libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
	libglib2.0-0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 xvfb
TOOL_PACKAGES := poppler-utils qpdf libreoffice-calc-nogui
# A PostgreSQL server for the headquarters tests (they start a throwaway cluster themselves)
DB_PACKAGES := postgresql

.PHONY: run test lint system-deps translations screenshots demo bench package package-check clean

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# Encryption at rest (SQLCipher) is installed by default where a prebuilt wheel exists for this
# platform (never compiled); elsewhere HRDesk installs without it and says so.
$(STAMP): pyproject.toml setup.py | $(VENV)/bin/activate
	$(PIP) install -q --only-binary sqlcipher3-binary -e ".[crypto]" 2>/dev/null || { \
		echo "No SQLCipher wheel for this platform: installing without encryption at rest ('hrdesk encrypt')."; \
		$(PIP) install -q -e .; }
	touch $@

$(TEST_STAMP): pyproject.toml setup.py | $(VENV)/bin/activate
	$(PIP) install -q -e ".[test,crypto]"
	touch $@ $(STAMP)

## run: set up and start the desktop app on the database in your data folder
run: $(STAMP) translations
	$(VENV)/bin/hrdesk

## system-deps: install the system libraries Qt needs (Debian/Ubuntu; uses sudo when not root)
system-deps:
	@missing=$$(for p in $(QT_SYSTEM_PACKAGES) $(TOOL_PACKAGES) $(DB_PACKAGES); do \
		dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages: $$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

translations: $(STAMP)
	@$(PY) -m hrdesk.tools.build_translations 2>/dev/null || true

## test: set up (venv, test extras, system libraries) and run the whole suite offscreen
test: system-deps $(TEST_STAMP) translations
	$(VENV)/bin/ruff check hrdesk tests benchmarks
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:cacheprovider

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check hrdesk tests benchmarks
	$(VENV)/bin/lint-imports

demo: $(STAMP)
	$(VENV)/bin/hrdesk demo

## bench: the issue-19 benchmarks beside their baselines (minutes; figures in benchmarks/README.md)
bench: $(TEST_STAMP)
	$(PIP) install -q -e ".[bench,test,crypto]"
	$(PY) benchmarks/bench_exchange.py --work $(BENCH_WORK)   # makes the large demo database there
	$(PY) benchmarks/bench_startup.py --db $(BENCH_WORK)/demo-large.sqlite
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_dashboard.py $(BENCH_WORK)/demo-large.sqlite
	$(PY) benchmarks/bench_intake.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

## package: build the Linux one-folder bundle (dist/HRDesk) and its .tar.gz (see docs/release.md)
package: $(STAMP) translations
	$(PIP) install -q -e ".[package,crypto]"  # PyInstaller; SQLCipher goes into the bundle
	rm -rf build/hrdesk dist/HRDesk
	$(VENV)/bin/pyinstaller packaging/hrdesk.spec --noconfirm --distpath dist --workpath build
	$(PY) packaging/make_archive.py --dist dist

## package-check: run the frozen app offscreen (every command, first window, portable mode, sizes)
package-check: system-deps
	@test -x dist/HRDesk/hrdesk-cli || { echo "No bundle in dist/HRDesk: run 'make package' first."; exit 1; }
	$(PY) packaging/check_bundle.py dist/HRDesk --archive "$$(ls -t dist/HRDesk-*.tar.gz | head -1)"
