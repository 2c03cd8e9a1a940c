# Casebook: two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench screenshots translations lupdate package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Qt's X11 plugin needs system libraries a fresh desktop may lack (libxcb-cursor0...):
# checked first; the one install command is printed (and run when root on Debian/Ubuntu).
run: $(STAMP) translations
	@$(PYTHON) packaging/check_qt_libs.py
	$(PY) -m casebook gui

lint: $(STAMP)
	$(VENV)/bin/ruff check casebook tests bench packaging
	$(VENV)/bin/ruff format --check casebook tests bench packaging

typecheck: $(STAMP)
	$(VENV)/bin/mypy casebook

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint typecheck pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) -m casebook.ui.screenshots docs/screenshots
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) -m casebook.ui.screenshots --font-scale 2 docs/screenshots
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m casebook.ui.screenshots --small docs/screenshots
	# the Patterns view of a generated 10,000-case vault (made once, cached like the bench's)
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) -c \
	  "import bench.bench_patterns as b; b.screenshots('docs/screenshots', 10000)"

# Translations: Qt Linguist sources resources/translations/*.ts, committed; the compiled
# .qm files are not (.gitignore). `make translations` compiles what changed.
TS_DIR   := resources/translations
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard $(TS_DIR)/*.ts))

translations: $(QM_FILES)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# `make lupdate` brings the GUI catalogues up to date with the tr() texts of the sources:
# new texts come in unfinished, texts gone from the code are dropped. No source locations
# are kept, so the diffs show only the texts. tests/test_translations.py runs the same.
GUI_LANGS      := ru kk
GUI_TR_SOURCES := $(sort $(wildcard casebook/ui/*.py casebook/ui/*/*.py))
LUPDATE_FLAGS  := -silent -no-obsolete -locations none

lupdate: $(STAMP) lupdate-core
	@mkdir -p $(TS_DIR)
	@$(VENV)/bin/pyside6-lupdate $(LUPDATE_FLAGS) $(GUI_TR_SOURCES) \
	  -ts $(GUI_LANGS:%=$(TS_DIR)/casebook_%.ts)

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

# `make lupdate-core` does the same for the messages of the command line and the core
# (casebook.i18n: translate, QT_TRANSLATE_NOOP, Context.tr) -> casebook_core_{ru,kk}.ts.
CORE_SOURCES := casebook/cli.py casebook/i18n.py casebook/resources.py \
  $(sort $(shell find casebook/commands casebook/services casebook/vault casebook/domain -name '*.py'))
.PHONY: lupdate-core
lupdate-core: $(STAMP)
	@for lang in $(GUI_LANGS); do \
	  $(VENV)/bin/pyside6-lupdate $(LUPDATE_FLAGS) -source-language en -target-language $$lang \
	    $(CORE_SOURCES) -ts $(TS_DIR)/casebook_core_$$lang.ts || exit 1; \
	done
