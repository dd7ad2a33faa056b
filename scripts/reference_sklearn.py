"""Reference comparison: the Swift ComplementNB classifier against scikit-learn baselines.

Both sides see the same text: every posting is read by the Swift ingest
(`classify text --json FILE...`), and the document sklearn learns from is the title, a newline,
then the ingest's text. The label is the name of the posting's folder (corpus/postings/<label>/).

Two sklearn pipelines share one vectorizer, TfidfVectorizer(sublinear_tf=True,
ngram_range=(1, 2), min_df=2, lowercase=True): (a) ComplementNB, with alpha picked from
0.01, 0.03, 0.1, 0.3, 1.0 by an inner 3-fold GridSearchCV (macro-F1) on each training set,
and (b) LinearSVC(C=1.0). Their out-of-fold predictions are scored with sklearn.metrics and set
beside `classify eval --folds K --json CORPUS`.

Folds, which must match the Swift side exactly: within each label, the label's files are sorted
by their path relative to the corpus folder ("iam-analyst/a00-x.html"), byte-wise, and the i-th
file (from 0) goes to fold i % K. Fold f is tested on the files of fold f and trained on the rest.

With --test DIR it trains on all of --corpus and tests on DIR (same layout) instead, and the Swift
side is `classify eval --train CORPUS --test DIR --json`.

Deterministic: no shuffling anywhere, LinearSVC has a fixed random_state, and grid-search ties go
to the smaller alpha. Run it through scripts/compare-sklearn.sh, which sets up its venv.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

ROOT = Path(__file__).resolve().parent.parent
EXTENSIONS = {".html", ".htm", ".txt", ".md"}
ALPHAS = [0.01, 0.03, 0.1, 0.3, 1.0]
BATCH = 200
COLUMNS = ["swift-cnb", "sklearn-cnb", "sklearn-linearsvc"]


def list_postings(corpus):
    """[(relative path, label, absolute path)] for the posting files directly inside each
    label folder of `corpus`, sorted byte-wise by relative path."""
    postings = []
    for label_dir in corpus.iterdir():
        if not label_dir.is_dir() or label_dir.name.startswith("."):
            continue
        for path in label_dir.iterdir():
            if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in EXTENSIONS:
                postings.append((f"{label_dir.name}/{path.name}", label_dir.name, path.resolve()))
    postings.sort(key=lambda p: p[0].encode("utf-8"))
    return postings


def assign_folds(postings, k):
    """Fold of each posting: within its label, its index in byte-wise path order, modulo k."""
    seen = {}
    folds = []
    for rel, label, _ in postings:  # already sorted by path, so per label too
        i = seen.get(label, 0)
        seen[label] = i + 1
        folds.append(i % k)
    return folds


def ingest(classify, postings):
    """Runs `classify text --json` over the postings in batches; returns {absolute path: object}."""
    records = {}
    paths = [str(p[2]) for p in postings]
    for start in range(0, len(paths), BATCH):
        batch = paths[start:start + BATCH]
        proc = subprocess.run([classify, "text", "--json", *batch], capture_output=True, text=True)
        if proc.returncode not in (0, 1):  # 1: some inputs failed, the rest are still printed
            sys.exit(f"`{classify} text --json` exited {proc.returncode}:\n{proc.stderr.strip()}")
        for line in proc.stdout.splitlines():
            if line.strip():
                obj = json.loads(line)
                records[obj["source"]] = obj
    return records


def load_documents(classify, postings, what):
    """Texts and labels of the postings the ingest could read; prints what it could not."""
    records = ingest(classify, postings)
    texts, labels, kept, warned = [], [], [], 0
    for index, (rel, label, path) in enumerate(postings):
        obj = records.get(str(path))
        if obj is None or "error" in obj:
            reason = "no output" if obj is None else obj["error"]
            print(f"note: {what}: {rel} left out: {reason}")
            continue
        if obj.get("warnings"):
            warned += 1
        texts.append((obj.get("title") or "") + "\n" + (obj.get("text") or ""))
        labels.append(label)
        kept.append(index)
    print(f"{what}: {len(texts)} of {len(postings)} postings read by the Swift ingest"
          f" ({warned} with ingest warnings)")
    return texts, labels, kept


def vectorizer():
    return TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2, lowercase=True)


def fit_cnb(texts, labels):
    """ComplementNB with alpha chosen by inner 3-fold CV; returns (fitted pipeline, alpha)."""
    search = GridSearchCV(
        Pipeline([("tfidf", vectorizer()), ("cnb", ComplementNB())]),
        {"cnb__alpha": ALPHAS},
        cv=StratifiedKFold(n_splits=3),
        scoring="f1_macro",
        n_jobs=1,
    )
    search.fit(texts, labels)
    return search.best_estimator_, search.best_params_["cnb__alpha"]


def fit_svc(texts, labels):
    model = Pipeline([("tfidf", vectorizer()), ("svc", LinearSVC(C=1.0, random_state=0))])
    model.fit(texts, labels)
    return model


def scores(truth, predicted):
    """Accuracy, macro-F1 and per-label scores over the labels that occur in the truth or the
    predictions (sklearn's default; with k folds over the corpus that is every label)."""
    labels = sorted(set(truth) | set(predicted))
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=labels, zero_division=0)
    return {
        "accuracy": accuracy_score(truth, predicted),
        "macroF1": f1_score(truth, predicted, labels=labels, average="macro", zero_division=0),
        "perLabel": {
            label: {"precision": float(precision[i]), "recall": float(recall[i]),
                    "f1": float(f1[i]), "support": int(support[i])}
            for i, label in enumerate(labels)
        },
    }


def run_swift_eval(command):
    """The parsed JSON of `classify eval ...`, or None with a note when it is not there or fails."""
    print("\nswift: " + " ".join(command))
    try:
        proc = subprocess.run(command, capture_output=True, text=True)
    except OSError as error:
        print(f"note: could not run the Swift evaluation ({error}); its column is left empty")
        return None
    if proc.returncode != 0:
        detail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-3:]
        print(f"note: the Swift evaluation exited {proc.returncode} (no `classify eval` yet?);"
              " its column is left empty")
        for line in detail:
            print(f"      {line}")
        return None
    try:
        result = json.loads(proc.stdout)
        result["accuracy"], result["macroF1"], result["perLabel"]  # the keys the table needs
        return result
    except (ValueError, KeyError, TypeError) as error:
        print(f"note: could not read the Swift evaluation's JSON ({error}); its column is left empty")
        return None


def print_report(name, result, labels):
    print(f"\n{name}: accuracy {result['accuracy']:.3f}, macro-F1 {result['macroF1']:.3f}")
    print(f"  {'label':<26}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}")
    for label in labels:
        s = result["perLabel"].get(label)
        if s is None:  # neither in the test set nor predicted
            continue
        print(f"  {label:<26}{s['precision']:>10.3f}{s['recall']:>10.3f}{s['f1']:>10.3f}"
              f"{s['support']:>9}")


def print_table(results, labels):
    def cell(column, key, label=None):
        result = results.get(column)
        if result is None:
            return "-"
        if label is None:
            return f"{result[key]:.3f}"
        per_label = result["perLabel"].get(label)
        return "-" if per_label is None else f"{per_label[key]:.3f}"

    rows = [("accuracy", "accuracy", None), ("macro-F1", "macroF1", None)]
    rows += [(f"F1 {label}", "f1", label) for label in labels]
    rows += [(f"recall {label}", "recall", label) for label in labels]
    width = max(len(r[0]) for r in rows) + 2
    print()
    print(" " * width + "".join(f"{c:>19}" for c in COLUMNS))
    for title, key, label in rows:
        print(f"{title:<{width}}" + "".join(f"{cell(c, key, label):>19}" for c in COLUMNS))
    swift, cnb = results.get("swift-cnb"), results["sklearn-cnb"]
    if swift is None:
        print("\nswift macro-F1 minus sklearn ComplementNB macro-F1: n/a (no Swift evaluation)")
    else:
        print(f"\nswift macro-F1 minus sklearn ComplementNB macro-F1:"
              f" {swift['macroF1'] - cnb['macroF1']:+.3f}")


def cross_validate(args, classify):
    postings = list_postings(args.corpus)
    if not postings:
        sys.exit(f"no postings under {args.corpus}")
    folds = assign_folds(postings, args.folds)
    texts, truth, kept = load_documents(classify, postings, str(args.corpus))
    fold_of = [folds[i] for i in kept]
    labels = sorted(set(truth))

    predictions = {"sklearn-cnb": [None] * len(texts), "sklearn-linearsvc": [None] * len(texts)}
    alphas = []
    for fold in range(args.folds):
        train = [i for i, f in enumerate(fold_of) if f != fold]
        test = [i for i, f in enumerate(fold_of) if f == fold]
        if not test:
            continue
        train_texts, train_labels = [texts[i] for i in train], [truth[i] for i in train]
        test_texts = [texts[i] for i in test]
        cnb, alpha = fit_cnb(train_texts, train_labels)
        alphas.append(alpha)
        svc = fit_svc(train_texts, train_labels)
        for name, model in (("sklearn-cnb", cnb), ("sklearn-linearsvc", svc)):
            for i, label in zip(test, model.predict(test_texts)):
                predictions[name][i] = label
        print(f"fold {fold}: train {len(train)}, test {len(test)}, ComplementNB alpha {alpha}")

    results = {name: scores(truth, predicted) for name, predicted in predictions.items()}
    print_report(f"sklearn ComplementNB, {args.folds}-fold out-of-fold", results["sklearn-cnb"], labels)
    print(f"  chosen alphas by fold: {', '.join(str(a) for a in alphas)}")
    print_report(f"sklearn LinearSVC, {args.folds}-fold out-of-fold", results["sklearn-linearsvc"], labels)

    swift = run_swift_eval([classify, "eval", "--folds", str(args.folds), "--json", str(args.corpus)])
    if swift is not None:
        note_swift(swift, len(texts), labels)
        results["swift-cnb"] = swift
    print_table(results, labels)


def train_test(args, classify):
    train_postings, test_postings = list_postings(args.corpus), list_postings(args.test)
    if not train_postings or not test_postings:
        sys.exit(f"no postings under {args.corpus if not train_postings else args.test}")
    train_texts, train_labels, _ = load_documents(classify, train_postings, str(args.corpus))
    test_texts, truth, _ = load_documents(classify, test_postings, str(args.test))
    labels = sorted(set(train_labels) | set(truth))

    cnb, alpha = fit_cnb(train_texts, train_labels)
    svc = fit_svc(train_texts, train_labels)
    results = {
        "sklearn-cnb": scores(truth, list(cnb.predict(test_texts))),
        "sklearn-linearsvc": scores(truth, list(svc.predict(test_texts))),
    }
    print_report(f"sklearn ComplementNB, trained on {args.corpus}, tested on {args.test}",
                 results["sklearn-cnb"], labels)
    print(f"  chosen alpha: {alpha}")
    print_report(f"sklearn LinearSVC, trained on {args.corpus}, tested on {args.test}",
                 results["sklearn-linearsvc"], labels)

    swift = run_swift_eval([classify, "eval", "--train", str(args.corpus), "--test", str(args.test), "--json"])
    if swift is not None:
        note_swift(swift, len(test_texts), labels)
        results["swift-cnb"] = swift
    print_table(results, labels)


def note_swift(swift, documents, labels):
    ece = swift.get("expectedCalibrationError")
    print(f"swift: {swift.get('documents')} documents, accuracy {swift['accuracy']:.3f},"
          f" macro-F1 {swift['macroF1']:.3f}"
          + ("" if ece is None else f", expected calibration error {ece:.3f}"))
    if swift.get("documents") != documents:
        print(f"note: the Swift side scored {swift.get('documents')} documents, sklearn {documents}")
    missing = sorted(set(labels) - set(swift["perLabel"]))
    if missing:
        print(f"note: the Swift side has no scores for: {', '.join(missing)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classify", type=Path, default=ROOT / ".build/release/classify",
                        help="the classify binary (default: .build/release/classify)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus/postings",
                        help="corpus folder, one subfolder per label (default: corpus/postings)")
    parser.add_argument("--folds", type=int, default=5, help="number of folds (default: 5)")
    parser.add_argument("--test", type=Path,
                        help="train on all of --corpus and test on this folder instead of k-fold")
    args = parser.parse_args()
    if args.folds < 2:
        parser.error("--folds must be at least 2")
    classify = str(args.classify.absolute())
    if not Path(classify).is_file():
        sys.exit(f"no classify binary at {classify} (build it: swift build -c release --product classify)")
    for folder in [args.corpus] + ([args.test] if args.test else []):
        if not folder.is_dir():
            sys.exit(f"not a folder: {folder}")
    if args.test:
        train_test(args, classify)
    else:
        cross_validate(args, classify)


if __name__ == "__main__":
    main()
