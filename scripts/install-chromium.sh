#!/bin/sh
# The browser the console's tests drive (test/web/): Debian's Chromium at /usr/bin/chromium, and a
# Chinese font (WenQuanYi Micro Hei, 1.6 MB) so that the screenshots they keep show the Chinese pages.
# Run by the tests' global set-up (test/support/global-setup.ts) when either is missing; installs them
# with apt-get (as root, or through sudo when there is one), and does nothing when both are there.
set -eu
CHROMIUM=/usr/bin/chromium
PACKAGES=
[ -x "$CHROMIUM" ] || PACKAGES="chromium"
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then PACKAGES="$PACKAGES fonts-wqy-microhei"; fi
[ -n "$PACKAGES" ] || exit 0
if [ "$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
  echo "Missing for the console's browser tests:$PACKAGES; this user cannot install them: run 'apt-get install -y$PACKAGES' as root." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing for the console's browser tests:$PACKAGES, and there is no apt-get here: install Chromium at $CHROMIUM and a Chinese font." >&2
  exit 1
fi
echo "Installing$PACKAGES (Debian's packages) for the console's browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $PACKAGES >&2
[ -x "$CHROMIUM" ]
