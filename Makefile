# Playbook: `make site` builds the sample playbook into site/, `make test` runs every test.
# Both install what a fresh Debian machine with only the Swift toolchain lacks.

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
PLAYBOOK := .build/debug/playbook

PDF_APT_PACKAGES := weasyprint fonts-noto-cjk poppler-utils

.PHONY: deps build site test test-markdown-valgrind clean pdf-deps pdf test-pdf bench-pdf

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
	$(MAKE) test-pdf

# WeasyPrint renders the handbook to PDF; Noto CJK sets its Chinese; poppler-utils checks it.
pdf-deps:
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(PDF_APT_PACKAGES)"

# site/handbook.pdf and site/zh/handbook.pdf of the sample playbook.
pdf: build pdf-deps
	$(PLAYBOOK) pdf

# Renders the sample's PDFs in a temporary folder and checks them with pdfinfo and pdftotext.
test-pdf: build pdf-deps
	python3 Tests/pdf/check_pdf.py $(PLAYBOOK) .

# Times `playbook pdf` for the sample and a generated 1,000-page playbook (several minutes).
bench-pdf: build pdf-deps
	python3 Benchmarks/pdf_time.py $(PLAYBOOK) 1000

clean:
	rm -rf .build site
