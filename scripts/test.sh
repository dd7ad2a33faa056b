#!/usr/bin/env bash
# Runs the test suite: installs libxml2-dev when it is missing, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift test "$@"
