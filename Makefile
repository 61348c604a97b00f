# grpc-stream: `make run-all` runs the three pairs, `make test` tests everything.
# Both install what a fresh Debian 12 machine lacks first (`make deps`).

SHELL := /bin/bash
CARGO ?= cargo
# Honours CARGO_TARGET_DIR (CI keeps the compiled gRPC C core there).
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
EXAMPLES := $(TARGET_DIR)/debug/examples

# Debian packages the build and tests need: cmake and a C++ compiler for the gRPC
# C core, protoc for build.rs, OpenSSL headers for TLS and its CLI for test
# certificates, Python with venv for the Python peers (health checks, interop),
# a TTF font for the benchmark's chart, Prometheus (promtool and the server)
# and nginx for the tools tests; patch for `make vendor-check`;
# redis-server for the feed's shared-log tests.
APT_PACKAGES := cmake g++ make pkg-config protobuf-compiler libssl-dev openssl python3 python3-venv \
                fonts-dejavu-core prometheus nginx-light ca-certificates patch redis-server
# `make profile` only: callgrind.
PROFILE_PACKAGES := valgrind

.PHONY: deps python-deps proto build run-server-stream run-client-stream run-all-stream run-all run-feed test interop attacks bench profile lint vendor-check toolchains apt-packages clean

deps:
	@missing=$$(for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$(echo $$missing)"; \
	  if [ "$$(id -u)" -eq 0 ]; then echo "deps: installing $$(echo $$missing)"; bash -c "$$cmd" >/dev/null; \
	  else echo "deps: missing packages; run as root:"; echo "  sudo sh -c '$$cmd'"; exit 1; fi; \
	fi
	@command -v $(CARGO) >/dev/null || { echo "deps: cargo not found; install Rust from https://rustup.rs"; exit 1; }

# The Python peers' virtualenv (interop/python/.venv, from PyPI).
python-deps: deps
	@interop/python/venv.sh >/dev/null

# Code generation only: build.rs compiles proto/ into OUT_DIR.
proto: deps
	cd proto && protoc -I . --descriptor_set_out=/dev/null *.proto src/proto/grpc/testing/*.proto
	$(CARGO) build --lib

build: deps
	$(CARGO) build --examples

run-server-stream: build
	@scripts/run-pair.sh $(EXAMPLES) server_stream_server server_stream_client

run-client-stream: build
	@scripts/run-pair.sh $(EXAMPLES) client_stream_server client_stream_client

run-all-stream: build
	@scripts/run-pair.sh $(EXAMPLES) all_stream_server all_stream_client

run-all: run-server-stream run-client-stream run-all-stream

# The feed: a server, a subscriber and a publisher on one screen.
run-feed: build
	@scripts/run-feed.sh $(EXAMPLES)

# Every crate of the workspace: the engine's unit and doc tests, the
# tutorial's, and the integration tests (tests/*.rs).
test: deps python-deps
	$(CARGO) test --workspace

# Every client (Rust, Go, Python) against every server, all three patterns, and
# the cross-implementation checks of tests/interop.rs; prints the matrix.
# interop/go/build.sh installs Debian's Go packages when missing.
interop: deps python-deps
	interop/go/build.sh
	$(CARGO) build --examples
	$(CARGO) test --test interop -- --ignored --nocapture --test-threads=1

# The HTTP/2 attacks of tests/common/src/attack.rs against our servers (release
# builds) and grpc-go's: a report of RSS growth, a normal call's wait, what
# the attacker saw, how soon the server was idle again (tests/http2_attacks.rs
# asserts our side in `make test`). Loopback only, bounded; about ten minutes.
attacks: deps python-deps
	interop/go/build.sh
	$(CARGO) build --release --examples
	ATTACK_PROGRAMS=$(TARGET_DIR)/release/examples $(CARGO) test --test attacks -- --ignored --nocapture

# Throughput, latency and memory of the three patterns in release builds
# (median of 5 runs each), beside the floor (the same services directly on
# grpcio) and, with PEERS=<a built copy of ../shared/peers>, the grpc-go and
# tonic servers: target/bench/results.{md,json} (same-run ratios), throughput.png.
bench: deps
	$(CARGO) build --release --examples
	$(TARGET_DIR)/release/examples/bench --out target/bench $(if $(PEERS),--peers $(PEERS))

# Where a 16 B message's cost goes, in instructions (callgrind): our servers
# and the floor, split between the gRPC C core, grpcio, grpc-stream, std and
# futures, malloc. See BENCHMARKS.md, "Where the C core is the limit".
profile:
	$(MAKE) deps APT_PACKAGES="$(APT_PACKAGES) $(PROFILE_PACKAGES)"
	$(CARGO) build --release --examples
	for mode in server-stream client-stream bidi; do \
	  scripts/cost_split.py --programs $(TARGET_DIR)/release/examples --mode $$mode && \
	  scripts/cost_split.py --programs $(TARGET_DIR)/release/examples --mode $$mode --floor || exit 1; \
	done

# third_party/ holds grpcio-sys and grpcio as their crates.io releases plus
# the patch files of third_party/patches: rebuilt from those two inputs in a
# scratch folder and compared with the committed trees.
vendor-check: deps
	third_party/vendor.sh check

# The engine (engine/) must pull in none of the programs' crates (clap,
# env_logger, signal-hook) and name nothing of the tutorial.
ENGINE := grpc-stream-engine
TUTORIAL_WORDS := helloworld|tutorial|grpc_stream::|ServerStreamServer|ClientStreamServer|AllStreamServer|5005[0-9]

lint: deps vendor-check
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy -p grpc-stream --no-default-features --lib -- -D warnings
	@! $(CARGO) tree -p $(ENGINE) -e normal --prefix none | grep -E '^(clap|env_logger|signal-hook) ' \
	  || { echo "lint: $(ENGINE) depends on the programs' crates"; exit 1; }
	@! grep -rnIiE '$(TUTORIAL_WORDS)' engine \
	  || { echo "lint: engine/ mentions the tutorial"; exit 1; }

# The C core built and the three pairs run with other distributions' gcc and
# cmake: throwaway debootstrap chroots of Debian unstable and trixie, this
# machine's Rust toolchain mounted in (scripts/toolchains.sh; root, the Debian
# mirror, about 40 minutes). Not part of `make test`.
toolchains:
	scripts/toolchains.sh $(SUITES)

# What `make deps` installs (scripts/toolchains.sh checks the names resolve in
# each suite).
apt-packages:
	@echo $(APT_PACKAGES)

clean:
	$(CARGO) clean
