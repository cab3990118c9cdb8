# sluice — the two commands: `make run` and `make test`. Everything else is a helper of theirs.
SWIFT   ?= swift
CONFIG  ?= debug
SPOOL   ?= ./spool
STATE   ?= ./state
PREFIX  ?= /usr/local
BINDIR   = $(shell $(SWIFT) build -c $(CONFIG) --show-bin-path 2>/dev/null)

.PHONY: all deps test-deps build run test torture soak bench bench-smoke clean install install-files uninstall man

all: build

## deps: install the Debian packages needed to build and run (only the missing ones)
deps:
	scripts/install-deps

## test-deps: also the tools the test suite uses
test-deps:
	scripts/install-deps --test

## build: compile sluiced and sluicectl (CONFIG=release for an optimised build)
build: deps
	$(SWIFT) build -c $(CONFIG)

## run: build and start sluiced on ./spool with the store in ./state/sluice.db (Ctrl-C stops it)
run: build
	@echo "sluiced: spool $(SPOOL), store $(STATE)/sluice.db — drop files with: $(BINDIR)/sluicectl submit FILE..."
	exec $(BINDIR)/sluiced --spool $(SPOOL) --state $(STATE)

## test: install what the tests need, build, run the whole suite (unit, integration, end-to-end)
##   (the real-systemd namespace test runs on its own afterwards: it boots a whole systemd, which would
##   otherwise compete for the two cores with the timing-sensitive tests)
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip SystemdNamespaceTests
	$(SWIFT) test --skip-build --filter SystemdNamespaceTests

## torture: the long reliability tests (docs/reliability.md) with SLUICE_TORTURE=$(TORTURE): the crash matrix
##   (20,000 files, 24 SIGKILLs), the store's file system filling up, hostile input, event storms, store
##   tampering and control-socket abuse (the suites in TORTURE_SUITES); `make test` runs quick
##   versions of the same tests. TORTURE=ci: the modest sizes CI uses. Under 20 minutes on 2 cores.
TORTURE        ?= 1
TORTURE_SUITES ?= CrashMatrixTests|DiskFullTests|HostileFilesEndToEndTests|EventStormEndToEndTests|StoreTamperingEndToEndTests|ControlAbuseEndToEndTests
torture: test-deps
	$(SWIFT) build --build-tests
	SLUICE_TORTURE=$(TORTURE) $(SWIFT) test --skip-build --filter '$(TORTURE_SUITES)'

## soak: SOAK_MINUTES (default 30) of mixed load with periodic SIGKILLs and restarts, sampling sluiced's
##   RSS and open fds (they must stay flat), then the exactly-once check. Not in CI.
SOAK_MINUTES ?= 30
soak: build
	scripts/soak --minutes $(SOAK_MINUTES) --bin "$(BINDIR)"

## bench: sluiced (raw and full mode) against the C floor and the Python and shell peers of ../shared/bench,
##   in one run: burst, backlog, latency, query (100k entries; BENCH_QUERY_N=1000000 for the target),
##   per-stage cost (release build). Prints the table and writes bench/results/LATEST.md (docs/bench.md)
BENCH_VENV ?= .build-bench/venv
RELEASE_BIN = $$($(SWIFT) build -c release --show-bin-path)
bench:
	scripts/install-deps --bench
	$(SWIFT) build -c release
	$$(bench/venv.sh $(BENCH_VENV)) bench/run.py --bin "$(RELEASE_BIN)"

## bench-smoke: the quick check: 1,000 files as a burst into sluiced raw, sluiced full and the floor
bench-smoke:
	scripts/install-deps --bench
	$(SWIFT) build -c release
	python3 bench/run.py --smoke --bin "$(RELEASE_BIN)"

## install: release build (Swift runtime linked in statically, so the toolchain need not stay installed),
##   then binaries + resource bundle, systemd units, sysusers/tmpfiles entries, /etc/sluice config (never
##   overwritten), docs and man pages under $(DESTDIR)$(PREFIX). PREFIX=/usr/local by default.
INSTALL_SCRATCH    ?= .build-install
INSTALL_SWIFTFLAGS ?= -c release --static-swift-stdlib --scratch-path $(INSTALL_SCRATCH)
install: deps
	$(SWIFT) build $(INSTALL_SWIFTFLAGS)
	$(MAKE) --no-print-directory install-files BINDIR="$$($(SWIFT) build $(INSTALL_SWIFTFLAGS) --show-bin-path)"

## install-files: install an existing build from BINDIR (default: the CONFIG build) without building
install-files:
	DESTDIR="$(DESTDIR)" PREFIX="$(PREFIX)" scripts/install-sluice install "$(BINDIR)"

## uninstall: remove what install placed (keeps edited config, the spool, the store and the user)
uninstall:
	DESTDIR="$(DESTDIR)" PREFIX="$(PREFIX)" scripts/install-sluice uninstall

## man: regenerate docs/man/ (swift-argument-parser's generate-manual) and docs/completions/ from the
##   commands' own definitions; commit the result
man: build
	$(SWIFT) build --product generate-manual
	$(BINDIR)/generate-manual $(BINDIR)/sluicectl --section 1 --authors 'sluice developers' -o docs/man
	$(BINDIR)/generate-manual $(BINDIR)/sluiced --section 8 --authors 'sluice developers' -o docs/man
	for sh in bash zsh fish; do $(BINDIR)/sluicectl --generate-completion-script $$sh > docs/completions/sluicectl.$$sh; done

clean:
	rm -rf .build
