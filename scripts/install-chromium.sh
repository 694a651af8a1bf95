#!/bin/sh
# The browser the console's tests drive (test/web/): Debian's Chromium at /usr/bin/chromium.
# Run by the tests' global set-up (test/support/global-setup.ts) when it is missing; installs it with
# apt-get (as root, or through sudo when there is one), and does nothing when it is already there.
set -eu
CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
  echo "Chromium is missing at $CHROMIUM and this user cannot install it: run 'apt-get install -y chromium' as root." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $CHROMIUM and there is no apt-get here: install Chromium so that $CHROMIUM runs it." >&2
  exit 1
fi
echo "Installing Chromium (Debian's package) for the console's browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends chromium >&2
[ -x "$CHROMIUM" ]
