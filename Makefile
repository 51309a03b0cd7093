# Playbook: `make site` builds the sample playbook into site/, `make test` runs every test.
# Both install what a fresh Debian machine with only the Swift toolchain lacks.

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
PLAYBOOK := .build/debug/playbook

.PHONY: deps build site test clean browser-deps test-browser

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
	$(MAKE) test-browser

# Headless Chromium for Tests/browser/: Debian's chromium and chromium-driver, and selenium
# (Debian's python3-selenium, or from PyPI when apt has none).
browser-deps:
	@missing=""; for p in chromium chromium-driver fonts-noto-cjk; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi
	@python3 -c 'import selenium' 2>/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-selenium \
		|| pip3 install -q --break-system-packages selenium

# The theme's script in a real browser: checklist ticks persist and reset, the copy button copies.
test-browser: deps browser-deps
	$(SWIFT) build --product playbook
	python3 Tests/browser/test_kinds.py $(PLAYBOOK)

clean:
	rm -rf .build site
