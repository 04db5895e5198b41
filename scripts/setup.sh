#!/usr/bin/env bash
# Installs what `make demo` and `make test` need, and only what is missing:
# the wasm32 target, wasm-bindgen-cli at the Cargo.lock version, Debian's
# Chromium + ChromeDriver (unless COBRO_NO_BROWSER=1), and the Node packages (playwright-core, and
# binaryen for a wasm-opt recent enough for wasm-bindgen's externref table).
# Safe to run again: every step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes"
  # Without --locked: the registry mirror can lag behind the CLI's own lock file.
  cargo install wasm-bindgen-cli --version "$want"
fi

# The browser is for the tests only: a build that needs none (`make site`
# in the Pages workflow, on a runner whose Chromium is a snap) sets
# COBRO_NO_BROWSER=1.
missing=()
if [ "${COBRO_NO_BROWSER:-0}" != 1 ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing Node packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
