#!/usr/bin/env bash
# Builds `classify` in release mode (installing libxml2-dev when it is missing) and runs it
# with the given arguments, e.g.  scripts/classify.sh text corpus/samples/identity-engineer.html
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/ensure-deps.sh"
swift build -c release --package-path "$root" --product classify >&2
exec "$root/.build/release/classify" "$@"
