#!/usr/bin/env bash
# Compares the Swift classifier with scikit-learn baselines (ComplementNB and LinearSVC over the
# same TF-IDF features) on the same k folds of the corpus; see scripts/reference_sklearn.py.
# Local use only (not run in CI). Installs scikit-learn and numpy into scripts/.venv-sklearn
# (git-ignored), never into the system Python. Arguments go through to reference_sklearn.py:
#   scripts/compare-sklearn.sh                                 (5 folds over corpus/postings)
#   scripts/compare-sklearn.sh --folds 10 --corpus corpus/postings
#   scripts/compare-sklearn.sh --test DIR                      (train on the corpus, test on DIR)
#   scripts/compare-sklearn.sh --classify .build/debug/classify
# Without --classify it uses .build/release/classify, building it first when it is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/scripts/.venv-sklearn"

if [ ! -x "$venv/bin/python" ]; then
    echo "creating $venv..." >&2
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import sklearn, numpy' 2>/dev/null; then
    echo "installing scikit-learn and numpy into $venv..." >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check scikit-learn numpy
fi

has_classify=0
for arg in "$@"; do
    case "$arg" in --classify|--classify=*) has_classify=1 ;; esac
done
if [ "$has_classify" -eq 0 ] && [ ! -x "$root/.build/release/classify" ]; then
    "$root/scripts/ensure-deps.sh"
    swift build -c release --package-path "$root" --product classify >&2
fi

exec "$venv/bin/python" "$root/scripts/reference_sklearn.py" "$@"
