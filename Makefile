# spillover: two commands set everything up on a fresh Debian machine with Swift 6.3.
#   make demo   install dependencies, build (release), run the pipeline on the bundled data
#   make test   install dependencies, run the whole test suite
SWIFT ?= swift
APT_PACKAGES := libigraph-dev graphviz pkg-config fonts-dejavu-core libxml2-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/spillover

.PHONY: deps test-deps build demo test notebooks clean fixtures fuzz fuzz-build check check-address check-thread large-input-check docs example format format-check

## deps: install the system libraries with apt when any is missing (as root, or through sudo).
## After an install it removes SwiftPM's build manifests (.build/*.yaml): a `swift build` run
## before igraph was installed keeps its failed pkg-config look-up in them, and every later
## build fails with "'igraph.h' file not found" until they are made again.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing && \
	  rm -f .build/*.yaml .build-example/*.yaml; \
	fi

## test-deps: Python's nbformat (validates exported notebooks), nbconvert and ipykernel
## (execute one exported notebook and compare its outputs with the stored ones), networkx and
## python-igraph (the tests read `spillover export` files back with both; without igraph the
## read-back would quietly check NetworkX alone)
test-deps: deps
	@python3 -c "import nbformat, nbconvert, ipykernel" 2>/dev/null || python3 -m pip install --quiet nbformat nbconvert ipykernel
	@python3 -c "import networkx, igraph" 2>/dev/null || python3 -m pip install --quiet networkx igraph

## build: release build of the library and the command line tool
build: deps
	$(SWIFT) build -c release --product spillover

## demo: the main pipeline on the bundled default dataset (writes spillover-out/)
demo: build
	$(BIN) analyze --out spillover-out

## notebooks: regenerate notebooks-export/ (reports of the bundled datasets)
notebooks: build
	scripts/make-notebooks $(BIN)

## test: the whole test suite (library and command line); the cancellation tests run alone after it
# They time how soon work stops after its task is cancelled: in the parallel suite a
# cancelled task can wait seconds for a thread other suites hold (76 s was seen), which
# measures the test runner, not the library.
TIMED := CancellationTests
test: test-deps
	$(SWIFT) test --skip $(TIMED)
	$(SWIFT) test --skip-build --filter $(TIMED)

## docs: SpilloverKit's DocC documentation (swift-docc-plugin; archive under .build/plugins/Swift-DocC);
## fails on any documentation warning or public symbol without a doc comment, and prints the count
docs: deps
	SWIFT=$(SWIFT) scripts/build-docs

## example: build and run Examples/ClusterStudy, SpilloverKit used from another package (own build folder .build-example)
example: deps
	cd Examples/ClusterStudy && $(SWIFT) build --scratch-path ../../.build-example
	.build-example/debug/ClusterStudy

## format: reformat Sources and Tests with swift-format (the toolchain's `swift format`; configuration in .swift-format)
format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests

## format-check: fail on any line swift-format would change (CI runs it first)
format-check:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests

## check: the library tests under AddressSanitizer and ThreadSanitizer (CI runs it after `make test`)
check: check-address check-thread

## check-address: library tests under AddressSanitizer (own build folder .build-asan)
check-address: deps
	# Leak checking is off: its only reports are in the toolchain (XCTest, Foundation.Process, libxml2).
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan --filter SpilloverKitTests --skip $(TIMED)
	ASAN_OPTIONS=detect_leaks=0 SPILLOVER_TEST_TIME_SLACK=30 $(SWIFT) test --sanitize=address --scratch-path .build-asan --skip-build --filter $(TIMED)

## check-thread: library tests under ThreadSanitizer (own build folder .build-tsan); its reports are printed last
# Reports go to files and are printed after the run, so that they end up at the tail of a
# long CI log instead of somewhere in the middle of the test output.
TSAN_LOG := .build-tsan/report
check-thread: deps
	@rm -f $(TSAN_LOG).*
	TSAN_OPTIONS=log_path=$(CURDIR)/$(TSAN_LOG) $(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter SpilloverKitTests --skip $(TIMED) \
	  && TSAN_OPTIONS=log_path=$(CURDIR)/$(TSAN_LOG) SPILLOVER_TEST_TIME_SLACK=30 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan --skip-build --filter $(TIMED) \
	  || { cat $(TSAN_LOG).* 2>/dev/null; exit 1; }
	@if ls $(TSAN_LOG).* >/dev/null 2>&1; then cat $(TSAN_LOG).*; exit 1; fi

## fuzz: libFuzzer over the readers and the graph builder for FUZZ_SECONDS (crashes go to .build-fuzz/artifacts)
FUZZ_SECONDS ?= 60
FUZZ_BIN := .build-fuzz/release/FuzzReaders
fuzz-build: deps
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address --scratch-path ../.build-fuzz --product FuzzReaders

fuzz: fuzz-build
	@scripts/fuzz-corpus .build-fuzz/seeds
	@mkdir -p .build-fuzz/corpus .build-fuzz/artifacts
	$(FUZZ_BIN) .build-fuzz/corpus .build-fuzz/seeds -max_total_time=$(FUZZ_SECONDS) \
	  -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
	  -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1

## large-input-check: 10^6 firms through metrics, and a ~2 GB edge list with a bad row near its end (fails on that line; peak RSS under BAD_ROW_RSS_LIMIT_MB, default 256)
large-input-check: build
	scripts/large-input-check $(BIN)

## fixtures: regenerate the reference values of the tests (needs networkx, python-igraph, R sna; scipy and statsmodels for the fit)
fixtures:
	python3 scripts/fixtures/make_measure_fixtures.py
	python3 scripts/fixtures/make_fit_fixtures.py
	python3 scripts/fixtures/make_format_fixtures.py

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz .build-example

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
