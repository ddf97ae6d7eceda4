#!/usr/bin/env bash
# Sets up a fresh machine for Vigie: Debian's Chromium (for tests and the demo)
# and the npm packages. Puppeteer never downloads a browser (.puppeteerrc.cjs).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium…"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

export PUPPETEER_SKIP_DOWNLOAD=1
if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "npm packages are up to date."
else
  npm ci --no-audit --no-fund
fi
