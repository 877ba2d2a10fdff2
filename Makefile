# spillover: two commands set everything up on a fresh Debian machine with Swift 6.3.
#   make demo   install dependencies, build (release), run the pipeline on the bundled data
#   make test   install dependencies, run the whole test suite
SWIFT ?= swift
APT_PACKAGES := libigraph-dev graphviz pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/spillover

.PHONY: deps test-deps build demo test notebooks clean fixtures

## deps: install the system libraries with apt when any is missing (as root, or through sudo)
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## test-deps: Python's nbformat, which the tests use to validate exported notebooks
test-deps: deps
	@python3 -c "import nbformat" 2>/dev/null || python3 -m pip install --quiet nbformat

## build: release build of the library and the command line tool
build: deps
	$(SWIFT) build -c release --product spillover

## demo: the main pipeline on the bundled default dataset (writes spillover-out/)
demo: build
	$(BIN) analyze --out spillover-out

## notebooks: regenerate notebooks-export/ (reports of the bundled datasets)
notebooks: build
	scripts/make-notebooks $(BIN)

## test: the whole test suite (library and command line)
test: test-deps
	$(SWIFT) test

## fixtures: regenerate the reference values of the tests (needs networkx, python-igraph, R sna)
fixtures:
	python3 scripts/fixtures/make_measure_fixtures.py

clean:
	rm -rf .build

.PHONY: bench bench-thresholds bench-check bench-peers bench-peers-quick

## bench: spillover's own regression benchmarks (ordo-one/benchmark, Benchmarks/Package.swift)
## (no libjemalloc-dev needed: benchmark 1.38 on Swift 6.3 counts mallocs with its own interposer;
##  the Benchmarks package is separate, so the root `swift test` / `make test` never builds it)
bench: deps
	cd Benchmarks && $(SWIFT) package --disable-sandbox benchmark

## bench-check: the benchmarks against the committed thresholds (Benchmarks/Thresholds)
bench-check: deps
	cd Benchmarks && $(SWIFT) package --disable-sandbox benchmark thresholds check --path Thresholds

## bench-thresholds: rewrite the committed thresholds from a run on this machine
bench-thresholds: deps
	cd Benchmarks && $(SWIFT) package --disable-sandbox --allow-writing-to-package-directory benchmark thresholds update --path Thresholds

## bench-peers-quick / bench-peers: spillover against its peers; writes Benchmarks/RESULTS.md
bench-peers-quick: deps
	scripts/bench-peers --quick

bench-peers: deps
	scripts/bench-peers
