#!/usr/bin/env bash
# Sustained load on POST /v1/classify from a second process (wrk, Debian's package) against a
# release `classify serve` on loopback: requests/s, latency percentiles, errors, and the
# server's peak RSS. Bounded in time. Usage: scripts/load-test.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
seconds="${1:-30}"
connections="${2:-16}"
swift build -c release --product classify >/dev/null
out=.build/load-test
rm -rf "$out" && mkdir -p "$out"
port="${PORT:-18182}"
.build/release/classify serve --port "$port" --store "$out/tags.sqlite" > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
python3 - "$out/body.json" <<'PY'
import json, sys
json.dump({"id": "load", "html": open("corpus/samples/identity-engineer.html", encoding="utf-8").read()}, open(sys.argv[1], "w"))
PY
cat > "$out/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$out/body.json", "r"); wrk.body = f:read("*a"); f:close()
done = function(summary, latency, requests)
  io.write(string.format("requests/s %.0f; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; non-2xx or socket errors: %d\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
echo "machine: $(nproc) cores (wrk and the server share them); ${seconds}s, $connections connections, 2 wrk threads"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$out/post.lua" "http://127.0.0.1:$port/v1/classify" | tee "$out/wrk.txt" | tail -1
echo "server peak RSS: $(awk '/VmHWM/ {printf "%.0f MiB", $2 / 1024}' /proc/$server/status)"
