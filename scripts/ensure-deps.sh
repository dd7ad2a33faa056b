#!/usr/bin/env bash
# Installs what the build needs when it is missing: pkg-config, libxml2's headers, and
# SQLite's (for the tag store of `classify serve`).
set -euo pipefail
if pkg-config --exists libxml-2.0 sqlite3 2>/dev/null; then exit 0; fi
echo "installing libxml2-dev, libsqlite3-dev and pkg-config..." >&2
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libxml2-dev libsqlite3-dev pkg-config >&2
