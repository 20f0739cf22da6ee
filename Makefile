# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INDEX ?= var/index
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test install system-deps index serve lint format bench bench-smoke corpus clean train

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	touch $@

install: $(VENV)/.installed

# Debian packages for browser tests and OCR; skipped when already present.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v tesseract >/dev/null 2>&1 || missing="$$missing tesseract-ocr"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO="sudo"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

index: install
	$(BIN)/python -m indexer index corpus --index $(INDEX)

serve: install
	$(BIN)/python -m indexer serve --host $(HOST) --port $(PORT) --index $(INDEX)

run: install
	$(BIN)/python -m indexer index corpus --index $(INDEX); s=$$?; [ $$s -eq 0 ] || [ $$s -eq 3 ] || exit $$s
	$(BIN)/python -m indexer serve --host $(HOST) --port $(PORT) --index $(INDEX)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install system-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

corpus: install
	$(BIN)/python corpus/build.py

# The line model (models/line_model.crfsuite) from the gold readings in ../shared; deterministic.
train: install
	$(BIN)/python -m models.train_line_model

bench: install
	$(BIN)/python -m bench --size 1000

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
