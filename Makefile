# Playbook: `make site` builds the sample playbook into site/, `make test` runs every test.
# Both install what a fresh Debian machine with only the Swift toolchain lacks.

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev liblz4-dev pkg-config
PLAYBOOK := .build/debug/playbook

PDF_APT_PACKAGES := weasyprint fonts-noto-cjk poppler-utils

.PHONY: deps build site test clean browser-deps test-browser pdf-deps pdf test-pdf gates bench bench-pdf bench-serve bench-search

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

# The server's tests run on their own: their watchers and servers wait on timers in Swift's
# cooperative pool (a thread per core), which the other suites' blocking builds would hold for
# minutes on a two-core machine.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip PlaybookServerTests
	$(SWIFT) test --skip-build --filter PlaybookServerTests
	$(MAKE) test-browser
	$(MAKE) test-pdf
	$(MAKE) gates

# Headless Chromium for Tests/browser/: Debian's chromium and chromium-driver, and from PyPI,
# for the python3 that runs the tests (Debian's python3-selenium serves only /usr/bin/python3),
# selenium and selenium-axe-python (axe-core, for the preview's error overlay).
BROWSER_PIP_PACKAGES := selenium selenium-axe-python

browser-deps:
	@missing=""; for p in chromium chromium-driver fonts-noto-cjk; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	python3 -m pip --version >/dev/null 2>&1 || missing="$$missing python3-pip"; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=600 $$missing; \
	fi
	@python3 -c 'import selenium, selenium_axe_python' 2>/dev/null || python3 -m pip install -q $(BROWSER_PIP_PACKAGES) \
		|| python3 -m pip install -q --break-system-packages $(BROWSER_PIP_PACKAGES)

# The theme's script in a real browser: checklist ticks persist and reset, the copy button copies;
# the header's menu at 390 px, dark mode, print and the siblings' place (test_theme.py); the search
# ranks and filters a small playbook's pages in a known order; `playbook serve` reloads the open
# page after a save, and its error overlay comes and goes.
test-browser: build browser-deps
	python3 Tests/browser/test_kinds.py $(PLAYBOOK)
	python3 Tests/browser/test_theme.py $(PLAYBOOK)
	python3 Tests/browser/test_search_ranking.py $(PLAYBOOK)
	python3 Tests/browser/test_search_combobox.py $(PLAYBOOK)
	python3 Tests/browser/serve_live_reload.py $(PLAYBOOK)

# WeasyPrint renders the handbook to PDF; Noto CJK sets its Chinese; poppler-utils checks it.
pdf-deps:
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(PDF_APT_PACKAGES)"

# site/handbook.pdf and site/zh/handbook.pdf of the sample playbook.
pdf: build pdf-deps
	$(PLAYBOOK) pdf

# Renders the sample's PDFs in a temporary folder and checks them with pdfinfo and pdftotext.
test-pdf: build pdf-deps
	python3 Tests/pdf/check_pdf.py $(PLAYBOOK) .

# Site quality gates: build the sample, serve it with nginx under /playbook/, check every link
# and anchor, validate the HTML, run axe-core and the browser tests (Tests/quality/gates.sh).
gates: build
	bash Tests/quality/gates.sh

# Generates the corpora (1,000 and 10,000 pages, 400 long Chinese pages) and measures clean,
# cached and one-page-edit builds against cmark-gfm and Hugo, then save → reload in `playbook
# serve` against Hugo's server (Benchmarks/README.md). Installs hyperfine, hugo and GNU time
# when missing.
bench: deps
	@command -v python3 >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3)
	python3 Benchmarks/run.py
	$(MAKE) --no-print-directory bench-serve

# Times `playbook pdf` for the sample and a generated 1,000-page playbook (several minutes).
bench-pdf: build pdf-deps
	python3 Benchmarks/pdf_time.py $(PLAYBOOK) 1000

# Search at 10,000 pages and on the long-Chinese corpus: the index build's share of the CPU,
# index size against page HTML, and bytes and milliseconds per query in headless Chromium.
bench-search: deps browser-deps
	$(SWIFT) build -c release --build-path .build-release --product playbook
	cd Benchmarks && python3 search_scale.py 10000 zh400

# Save → reload latency of `playbook serve` and of Hugo's server on the 1,000- and 10,000-page corpora.
bench-serve: deps
	$(SWIFT) build -c release --product playbook --build-path .build-release
	command -v hugo >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q hugo)
	python3 Benchmarks/serve-latency.py --playbook .build-release/release/playbook --corpus 1000 --corpus 10000 --hugo

clean:
	rm -rf .build site

# Installing and packaging. `make install` puts the binary, its man page and its bash, zsh and fish
# completions under PREFIX (DESTDIR honoured); `make deb` packs them as playbook_<version>_<arch>.deb.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASH_COMPLETION_DIR ?= $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION_DIR ?= $(PREFIX)/share/zsh/site-functions
FISH_COMPLETION_DIR ?= $(PREFIX)/share/fish/vendor_completions.d
RELEASE_PLAYBOOK := .build/release/playbook
MANUAL := .build/plugins/GenerateManual/outputs/PlaybookCLI/playbook.1
# The man page's date is the last commit's, so the same commit makes the same page.
MANUAL_DATE := $(shell git log -1 --format=%cs 2>/dev/null)

.PHONY: release install uninstall deb test-package

# The release binary with Swift's standard library, Foundation and Dispatch linked in
# (--static-swift-stdlib), so it runs where no Swift toolchain is; and its man page, made by
# swift-argument-parser's GenerateManual plugin from the debug build that `make build` makes
# (a release build without --static-swift-stdlib would compile every module a third time).
# Linked with -z now, so that the whole GOT is read-only, as Debian's hardening asks.
release: deps
	$(SWIFT) package generate-manual --configuration debug $(if $(MANUAL_DATE),--date $(MANUAL_DATE))
	$(SWIFT) build -c release --static-swift-stdlib --product playbook -Xlinker -z -Xlinker now

install: release
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASH_COMPLETION_DIR) \
		$(DESTDIR)$(ZSH_COMPLETION_DIR) $(DESTDIR)$(FISH_COMPLETION_DIR)
	install -m 755 $(RELEASE_PLAYBOOK) $(DESTDIR)$(BINDIR)/playbook
	strip --remove-section=.comment --remove-section=.note $(DESTDIR)$(BINDIR)/playbook
	install -m 644 $(MANUAL) $(DESTDIR)$(MANDIR)/man1/playbook.1
	$(RELEASE_PLAYBOOK) --generate-completion-script bash | sed '1{/^#!/d}' > $(DESTDIR)$(BASH_COMPLETION_DIR)/playbook
	$(RELEASE_PLAYBOOK) --generate-completion-script zsh > $(DESTDIR)$(ZSH_COMPLETION_DIR)/_playbook
	$(RELEASE_PLAYBOOK) --generate-completion-script fish > $(DESTDIR)$(FISH_COMPLETION_DIR)/playbook.fish
	chmod 644 $(DESTDIR)$(BASH_COMPLETION_DIR)/playbook $(DESTDIR)$(ZSH_COMPLETION_DIR)/_playbook \
		$(DESTDIR)$(FISH_COMPLETION_DIR)/playbook.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/playbook $(DESTDIR)$(MANDIR)/man1/playbook.1 \
		$(DESTDIR)$(BASH_COMPLETION_DIR)/playbook $(DESTDIR)$(ZSH_COMPLETION_DIR)/_playbook \
		$(DESTDIR)$(FISH_COMPLETION_DIR)/playbook.fish

# playbook_<version>_<arch>.deb in this folder: `make install` under /usr into a staging folder
# (zsh completions where Debian's zsh looks), then packaging/deb/build-deb.sh adds the control
# file (Depends from dpkg-shlibdeps), copyright and changelog. Needs only dpkg-dev.
DEB_ROOT := $(CURDIR)/.build/deb-root
deb:
	@$(MAKE) --no-print-directory deps APT_PACKAGES=dpkg-dev
	rm -rf $(DEB_ROOT)
	$(MAKE) --no-print-directory install DESTDIR=$(DEB_ROOT) PREFIX=/usr \
		ZSH_COMPLETION_DIR=/usr/share/zsh/vendor-completions
	bash packaging/deb/build-deb.sh $(DEB_ROOT) .

# The package as a user gets it; slow (a static release build), so not part of `make test`:
# lintian, `apt-get install` of the .deb on this machine, the installed binary run with
# /opt/swift hidden (`playbook init` + build, and the sample), and docs/ci.md's recipe run
# locally (Tests/package/). Leaves the package installed.
test-package: deb
	bash Tests/package/test-package.sh
