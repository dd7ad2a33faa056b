#!/usr/bin/env python3
"""Writes N JSON Lines records {"id", "html"|"text", "url"} built from the corpus postings,
each varied (a unique reference paragraph, shuffled wording of one sentence, a changed number)
so that no two records are the same and nothing can be cached. Usage: generate_batch.py N CORPUS_DIR"""
import json, os, random, sys

def load(corpus):
    pages = []
    for root, _, files in sorted(os.walk(corpus)):
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.endswith((".html", ".htm", ".txt", ".md")):
                continue
            raw = open(path, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")
            pages.append((name, "text" if name.endswith((".txt", ".md")) else "html", text))
    return pages

def main():
    n, corpus = int(sys.argv[1]), sys.argv[2]
    pages = load(corpus)
    rng = random.Random(42)
    words = "review access team platform rollout audit quarterly support policy migration vendor budget".split()
    out = sys.stdout
    for i in range(n):
        name, kind, text = pages[i % len(pages)]
        extra = " ".join(rng.choice(words) for _ in range(12))
        if kind == "html":
            marker = "</body>" if "</body>" in text else None
            addition = f"<p>Reference {i}-{rng.randrange(10**9)}: {extra}.</p>"
            body = text.replace(marker, addition + marker, 1) if marker else text + addition
        else:
            body = text + f"\n\nReference {i}-{rng.randrange(10**9)}: {extra}.\n"
        record = {"id": f"bench-{i}", kind: body, "url": f"https://jobs.example/{i}/{name}"}
        out.write(json.dumps(record) + "\n")

if __name__ == "__main__":
    main()
