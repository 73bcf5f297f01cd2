#!/usr/bin/env bash
# `npm test`: the one gate. Static checks, unit and integration tests, the build, then Playwright
# end-to-end tests against the built console in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's Chromium for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing at $CHROMIUM. Install it (as root: apt-get install -y chromium)"
    echo "or set CHROMIUM_PATH to a Chromium binary, then run npm test again."
    exit 1
  fi
fi

step() { printf '\n== %s\n' "$1"; }
step "typecheck"; npm run -s typecheck
step "lint"; npm run -s lint
step "format"; npm run -s format:check
step "unit and integration tests"; npx vitest run
step "build"; npm run -s build
step "end-to-end (Playwright, Chromium)"; npx playwright test
