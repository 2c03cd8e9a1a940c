# Casebook: two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench screenshots translations package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m casebook gui

lint: $(STAMP)
	$(VENV)/bin/ruff check casebook tests bench packaging
	$(VENV)/bin/ruff format --check casebook tests bench packaging

typecheck: $(STAMP)
	$(VENV)/bin/mypy casebook

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint typecheck pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) -m casebook.ui.screenshots docs/screenshots

# Compile resources/translations/*.ts to .qm (not committed); nothing to do without .ts files.
translations: $(STAMP)
	@for ts in resources/translations/*.ts; do \
	  [ -e "$$ts" ] || continue; \
	  $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done

PKG_STAMP := $(VENV)/.installed-package
$(PKG_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,package]'
	touch $(PKG_STAMP)

# The one-folder application in dist/casebook/ (see packaging/casebook.spec).
package: $(PKG_STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/casebook.spec
	@du -sh dist/casebook

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

# Messages of the command line and the core (not the GUI) -> casebook_core_{ru,kk}.ts.
CORE_SOURCES = casebook/cli.py casebook/i18n.py casebook/resources.py \
  $(shell find casebook/commands casebook/services casebook/vault casebook/domain -name '*.py')
.PHONY: lupdate-core
lupdate-core: $(STAMP)
	@for lang in ru kk; do \
	  $(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none \
	    -source-language en -target-language $$lang $(CORE_SOURCES) \
	    -ts resources/translations/casebook_core_$$lang.ts || exit 1; \
	done
