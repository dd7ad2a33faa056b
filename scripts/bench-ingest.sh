#!/usr/bin/env bash
# Ingest benchmark: pages/s and MB/s of the Swift reader (release build, one core) beside a
# bare C libxml2 SAX loop over the same pages, with the ratio. Usage:
#   scripts/bench-ingest.sh [PAGES]        (default 20000 page reads over the corpus's HTML pages)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
pages="${1:-20000}"
out=.build/bench
mkdir -p "$out"
swift build -c release --product ingest-benchmark >/dev/null
gcc -O2 -o "$out/sax_baseline" scripts/bench/sax_baseline.c $(pkg-config --cflags --libs libxml-2.0)
mapfile -t files < <(find corpus/postings -name '*.html' | sort)
total=$(cat "${files[@]}" | wc -c)
echo "pages: ${#files[@]} HTML files, mean $((total / ${#files[@]})) bytes; $pages reads each run"
echo "machine: $(nproc) cores, libxml2 $(pkg-config --modversion libxml-2.0), $(swift --version 2>&1 | head -1)"
c_line=$("$out/sax_baseline" "$pages" "${files[@]}")
swift_line=$(.build/release/ingest-benchmark "$pages" "${files[@]}")
echo "$c_line"
echo "$swift_line"
c_rate=$(sed -E 's/.*pages_per_s=([0-9.]+).*/\1/' <<<"$c_line")
s_rate=$(sed -E 's/.*pages_per_s=([0-9.]+).*/\1/' <<<"$swift_line")
awk -v s="$s_rate" -v c="$c_rate" 'BEGIN { printf "ratio swift/c-sax: %.2f (the C loop only collects bytes; the reader also decodes charsets, drops chrome, reads JSON-LD and builds sections)\n", s / c }'
peak=$( { /usr/bin/time -f '%M' .build/release/ingest-benchmark 2000 "${files[@]}" >/dev/null; } 2>&1 | tail -1)
echo "peak RSS of the Swift reader over 2000 pages: $((peak / 1024)) MiB"
