#!/usr/bin/env bash
# The measurements behind the role model's default settings: nested 5-fold cross-validation
# (`classify eval`, calibration refitted inside every fold) over a grid of settings, one line
# each. Usage: scripts/tune-model.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --product classify >/dev/null
corpus="${1:-corpus/postings}"
run() {
    printf '%-78s ' "$*"
    .build/release/classify eval --json "$corpus" "$@" | python3 -c '
import json, sys
d = json.load(sys.stdin); p = d["perLabel"]
print("acc %.3f  macro-F1 %.3f  ECE %.3f  none-recall %.3f  min-role-recall %.3f" % (
    d["accuracy"], d["macroF1"], d["expectedCalibrationError"], p["none"]["recall"],
    min(v["recall"] for k, v in p.items() if k != "none")))'
}
for signal in 0 3 6 10 15; do
    for alpha in 0.3 1 3; do
        for title in 2 3 5; do run --signal-weight "$signal" --alpha "$alpha" --title-weight "$title"; done
    done
done
for skill in 0 0.5 1; do run --skill-weight "$skill"; done
for boilerplate in 0 0.2 0.5 1; do run --boilerplate-weight "$boilerplate"; done
run --min-df 1
run --min-df 3
run --no-bigrams
