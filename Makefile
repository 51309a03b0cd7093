# Playbook: `make site` builds the sample playbook into site/, `make test` runs every test.
# Both install what a fresh Debian machine with only the Swift toolchain lacks.

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
PLAYBOOK := .build/debug/playbook

.PHONY: deps build site test test-markdown-valgrind bench clean

# Installs the missing Debian packages (we run as root on CI and dev machines).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

build: deps
	$(SWIFT) build

site: build
	$(PLAYBOOK) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Generates the 1,000- and 10,000-page corpora and measures playbook against cmark-gfm and Hugo
# (Benchmarks/README.md). Installs hyperfine, hugo and GNU time when missing.
bench: deps
	@command -v python3 >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3)
	python3 Benchmarks/run.py

clean:
	rm -rf .build site
