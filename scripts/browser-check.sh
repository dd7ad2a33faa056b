#!/usr/bin/env bash
# Browser check of the tagging page: starts `classify serve` on a loopback port with a fresh tag
# store, then drives Debian's headless Chromium (Playwright, installed into the ignored
# scripts/.venv-browser; the browser itself comes from `apt-get install chromium`) through
# pasting a requisition, correcting it and saving. Screenshots in .build/browser-check/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
command -v chromium >/dev/null || { echo "needs Debian's chromium: apt-get install -y chromium" >&2; exit 1; }
venv=scripts/.venv-browser
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -c 'import playwright' 2>/dev/null || "$venv/bin/pip" install --quiet playwright
swift build -c release --product classify >/dev/null
out=.build/browser-check
rm -rf "$out" && mkdir -p "$out"
port="${PORT:-18181}"
.build/release/classify serve --port "$port" --store "$out/tags.sqlite" > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
"$venv/bin/python" scripts/browser_check.py "http://127.0.0.1:$port" corpus/samples/identity-engineer.html "$out"
