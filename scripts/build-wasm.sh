#!/usr/bin/env bash
# Builds the wasm: the whole npm package in www/pkg (every tool), and one
# module per tool in www/pkg/tools (same crate, only that tool's entry points
# through Cargo features; see `[features]` in Cargo.toml), so that a page
# with one component downloads one tool.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
WASM=target/wasm32-unknown-unknown/release/cobro.wasm
PKG=www/pkg
TOOLS=(plan interest discount advice debtor offer)

optimize() {
  node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$1" -o "$1"
}

cargo build --release --target wasm32-unknown-unknown --lib
wasm-bindgen --target web --out-dir "$PKG" --out-name cobro "$WASM"
optimize "$PKG/cobro_bg.wasm"

rm -rf "$PKG/tools"
mkdir -p "$PKG/tools/snippets"
for tool in "${TOOLS[@]}"; do
  cargo build --release --target wasm32-unknown-unknown --lib --no-default-features --features "$tool"
  # Each tool's inline JS goes to snippets/<tool>/: wasm-bindgen numbers
  # the snippets of one build (inline0.js, inline1.js…), and another
  # feature set numbers them differently, so a shared folder would mix them.
  out=$(mktemp -d)
  wasm-bindgen --target web --out-dir "$out" --out-name "$tool" "$WASM"
  if [ -d "$out/snippets" ]; then
    mv "$out"/snippets/* "$PKG/tools/snippets/$tool"
    rmdir "$out/snippets"
    sed -i "s#'./snippets/[^/']*/#'./snippets/$tool/#g" "$out/$tool.js"
  fi
  mv "$out"/* "$PKG/tools/"
  rmdir "$out"
  optimize "$PKG/tools/${tool}_bg.wasm"
done
