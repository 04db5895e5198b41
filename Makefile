# Cobro — the two commands are `make demo` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := demo
WASM := target/wasm32-unknown-unknown/release/cobro.wasm
PKG := www/pkg
# The runner gives a test 20 s by default; the exactness tests compare 100,000
# generated plans and invoices in one synchronous call, which on a slow or
# busy machine takes longer in Chromium (its page cannot answer the runner's
# poll until the call returns). ChromeDriver gives up on a renderer that does
# not answer within the session's script timeout (30 s by default): that is
# raised to the same 600 s in scripts/webdriver.json.
WASM_RUNNER := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner WASM_BINDGEN_TEST_TIMEOUT=600
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: demo test build site serve setup check wasm-test e2e bench fuzz clean

## demo: install what is missing, build, serve www/ on http://127.0.0.1:8080
demo: build
	node scripts/serve.mjs 8080

## test: install what is missing, then every test layer
test: setup check build wasm-test e2e

setup:
	@bash scripts/setup.sh

## build: the wasm package in www/pkg (cobro.js, cobro_bg.wasm, cobro.d.ts, package.json) one module per tool in www/pkg/tools, and the minified components in www/min
build: setup
	bash scripts/build-wasm.sh
	# The TypeScript types, written from the Rust types (src/typegen/).
	cargo run --quiet --example typegen --features typegen -- target/cobro-types.d.ts
	node scripts/types.mjs target/cobro-types.d.ts $(PKG)/cobro.d.ts $$(ls $(PKG)/tools/*.d.ts | grep -v _bg.wasm.d.ts)
	node scripts/package-json.mjs
	mkdir -p www/vendor
	cp node_modules/uqr/dist/index.mjs www/vendor/uqr.mjs
	cp node_modules/uqr/LICENSE www/vendor/uqr.LICENSE
	node scripts/bundle.mjs
	node scripts/precompress.mjs

## site: the static site in dist/ (content-hashed files in dist/h/, _headers for Netlify and Cloudflare Pages)
site: build
	node scripts/site.mjs

serve:
	node scripts/serve.mjs 8080

check:
	cargo fmt --all -- --check
	cargo clippy --all-targets --features typegen -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
	# The property tests run a fixed seed here (CI never turns red by chance);
	# `make fuzz` runs the plan and interest ones again with a fresh seed.
	PROPTEST_RNG_SEED=2026 cargo test --features typegen --lib --test native
	cargo test --doc

wasm-test:
	$(WASM_RUNNER) WASM_BINDGEN_TEST_ONLY_NODE=1 cargo test --target wasm32-unknown-unknown --test wasm
	$(WASM_RUNNER) WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
	  WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/scripts/webdriver.json \
	  cargo test --target wasm32-unknown-unknown --test wasm

e2e:
	node --test tests/e2e/

## fuzz: a million structured and arbitrary cases per entry point (make test runs a seeded slice)
fuzz: setup
	cargo run --release --example fuzz -- 1000000 2026
	cargo test --release --test native properties

## bench: sizes and timings, written to BENCHMARKS.md
bench: build
	cargo run --release --example bench_native
	node scripts/bench.mjs

clean:
	cargo clean
	rm -rf $(PKG) dist
