#!/usr/bin/env bash
# Runs scripts/spark_pipe_example.py on a local PySpark, installed into an ignored virtual
# environment (scripts/.venv-spark) on first use; needs Java 8+ on the PATH. Not run in CI.
# Usage: scripts/spark-pipe-example.sh [N]   (classifies N generated records, default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
command -v java >/dev/null || { echo "PySpark needs Java (e.g. apt-get install default-jre-headless)" >&2; exit 1; }
venv=scripts/.venv-spark
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -c 'import pyspark' 2>/dev/null || "$venv/bin/pip" install --quiet pyspark
swift build -c release --product classify >/dev/null
work=.build/spark-example
rm -rf "$work" && mkdir -p "$work"
python3 scripts/bench/generate_batch.py "${1:-2000}" corpus/postings > "$work/input.jsonl"
"$venv/bin/python" scripts/spark_pipe_example.py "$work/input.jsonl" "$work/output" .build/release/classify
echo "results: $work/output/part-*"
