# presslens — `make report` builds the reports, `make test` runs the tests.
# Both create .venv (if missing) and install requirements.txt into it.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STORY  ?= balochistan-2026-02
JOBS   ?=
STAMP  := $(VENV)/.installed

.PHONY: setup report test lab bench clean help

help:
	@echo "make report [STORY=slug]   run every notebook on a story -> reports/<slug>/"
	@echo "make test                  run the tests"
	@echo "make lab                   open JupyterLab on the notebooks (kernel \"Python (presslens)\")"
	@echo "make bench                 run the benchmarks (needs ../shared for the corpus ones)"

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "presslens needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1 || echo missing)." \
	       "Run e.g. 'make test PYTHON=python3.11'."; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

report: $(STAMP)
	$(PY) -m presslens report $(STORY) $(if $(JOBS),--jobs $(JOBS))

test: $(STAMP)
	$(PY) -m pytest

# `lab`: installs the environment as the named kernel "presslens" (inside .venv, nothing in $HOME) and opens
# JupyterLab on notebooks/ with it as the default; as root (containers, CI boxes) it adds --allow-root.
KERNEL_NAME := presslens
lab: $(STAMP)
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL_NAME) --display-name "Python (presslens)" >/dev/null
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks --MultiKernelManager.default_kernel_name=$(KERNEL_NAME) \
	  $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

bench: $(STAMP)
	$(PY) bench/run_all.py

clean:
	rm -rf reports/ .pytest_cache
