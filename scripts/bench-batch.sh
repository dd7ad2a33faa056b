#!/usr/bin/env bash
# Scale check for batch classification and the report: streams N postings (default 100,000;
# the corpus repeated, each varied so nothing is cached) as JSON Lines through
# `classify --format jsonl -`, then summarises the output with `classify report`.
# Prints throughput, peak memory, and the report's time and memory; a smaller run first shows
# whether memory grows with the batch. Release build. Usage: scripts/bench-batch.sh [N] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
n="${1:-100000}"
jobs="${2:-$(nproc)}"
out=.build/bench
mkdir -p "$out"
swift build -c release --product classify >/dev/null
bin=.build/release/classify
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; jobs=$jobs; $(swift --version 2>&1 | head -1)"

run_batch() {
    local count=$1 label=$2
    local start end
    start=$(date +%s.%N)
    python3 scripts/bench/generate_batch.py "$count" corpus/postings \
        | /usr/bin/time -f '%M %e' -o "$out/time-$label" "$bin" --format jsonl --jobs "$jobs" - > "$out/batch-$label.jsonl" 2> "$out/stderr-$label"
    end=$(date +%s.%N)
    read -r rss seconds < "$out/time-$label"
    local lines; lines=$(wc -l < "$out/batch-$label.jsonl")
    awk -v n="$count" -v l="$lines" -v s="$seconds" -v r="$rss" -v label="$label" 'BEGIN {
        printf "batch %-6s %7d postings in, %7d records out, %7.1f s, %6.0f postings/s, peak RSS %.0f MiB\n", label, n, l, s, n / s, r / 1024 }'
    tail -1 "$out/stderr-$label"
}

run_batch $((n / 10)) small
run_batch "$n" full
/usr/bin/time -f '%M %e' -o "$out/time-report" "$bin" report --format html --out "$out/report.html" "$out/batch-full.jsonl" 2>/dev/null
read -r rss seconds < "$out/time-report"
awk -v s="$seconds" -v r="$rss" -v n="$n" 'BEGIN { printf "report of %d records (HTML): %.1f s, peak RSS %.0f MiB\n", n, s, r / 1024 }'
/usr/bin/time -f '%M %e' -o "$out/time-report-text" "$bin" report "$out/batch-full.jsonl" > "$out/report.txt" 2>/dev/null
read -r rss seconds < "$out/time-report-text"
awk -v s="$seconds" -v r="$rss" 'BEGIN { printf "report (text): %.1f s, peak RSS %.0f MiB\n", s, r / 1024 }'
