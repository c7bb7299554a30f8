# nnb: build, install and uninstall.
#
#   make install                   release build, installed into ~/.local (PREFIX)
#   make install PREFIX=/usr/local
#   make uninstall PREFIX=...      removes exactly what install put there
#   make docs                      regenerates docs/commands.md, the man page and editor syntax files
#
# DESTDIR stages an installation for packagers: make install DESTDIR=/tmp/stage PREFIX=/usr
# SWIFT_FLAGS passes flags to swift build, e.g. SWIFT_FLAGS=--static-swift-stdlib; a portable
# build (no -march flag) is NNB_PORTABLE=1 make install.

PREFIX ?= $(HOME)/.local
DESTDIR ?=
SWIFT ?= swift
SWIFT_FLAGS ?=
root := $(DESTDIR)$(PREFIX)

.PHONY: all build install uninstall docs test

all: build

build:
	$(SWIFT) build -c release --product nnb $(SWIFT_FLAGS)

install: build
	scripts/install-tree.sh "$$($(SWIFT) build -c release --show-bin-path $(SWIFT_FLAGS))/nnb" "$(root)"
	@echo "installed nnb into $(root); the notebooks are in $(root)/share/nnb/notebooks"
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "note: $(PREFIX)/bin is not on PATH: add it in ~/.profile";; esac

uninstall:
	rm -f "$(root)/bin/nnb" "$(root)/share/man/man1/nnb.1" \
	  "$(root)/share/bash-completion/completions/nnb" "$(root)/share/zsh/site-functions/_nnb" \
	  "$(root)/share/fish/vendor_completions.d/nnb.fish" "$(root)/share/doc/nnb/README.md"
	rm -rf "$(root)/share/nnb/notebooks"
	-rmdir "$(root)/share/nnb" "$(root)/share/doc/nnb" 2>/dev/null

docs:
	scripts/update-docs.sh

test:
	$(SWIFT) test
