#!/bin/sh
# Checks newsext's build and test dependencies on Debian and installs the
# missing ones with apt-get when run as root; otherwise prints the exact
# command to run.  Usage: tools/deps.sh [extra-package ...]
set -u
pkgs="gcc make pkg-config libsqlite3-dev libicu-dev libutf8proc-dev sqlite3 python3 tcl libsqlite3-tcl $*"

if ! command -v dpkg-query >/dev/null 2>&1; then
  # Not Debian: check what the build needs and let the user install it.
  if pkg-config --exists sqlite3 icu-uc icu-i18n libutf8proc 2>/dev/null; then
    exit 0
  fi
  echo "newsext needs pkg-config and the development files of sqlite3, ICU and utf8proc." >&2
  exit 1
fi

missing=""
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "newsext: missing packages:$missing" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
  exit 1
fi
echo "newsext: installing$missing"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1; then
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $missing >/dev/null || {
    echo "newsext: apt-get could not install:$missing" >&2
    exit 1
  }
fi
