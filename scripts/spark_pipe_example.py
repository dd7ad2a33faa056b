#!/usr/bin/env python3
"""Classifies postings across a Spark cluster with RDD.pipe: every partition streams its
JSON Lines records ({"id", "html"|"text", "url"}) through one `classify --format jsonl -`
process, which answers one line per line, in order. Here Spark runs locally (local[*]);
on a cluster, ship the `classify` binary and its model to the executors (spark-submit
--files, or an image that has them) and point CLASSIFY at it.

Usage: spark_pipe_example.py INPUT.jsonl OUTPUT_DIR [CLASSIFY]"""
import json
import os
import sys

from pyspark import SparkConf, SparkContext


def main():
    source, target = sys.argv[1], sys.argv[2]
    classify = sys.argv[3] if len(sys.argv) > 3 else os.environ.get("CLASSIFY", ".build/release/classify")
    classify = os.path.abspath(classify)
    sc = SparkContext(conf=SparkConf().setAppName("classify-iam-postings").setMaster("local[*]"))
    sc.setLogLevel("WARN")
    records = sc.textFile(source)
    # One classify process per partition; --jobs 1 because Spark already runs a task per core.
    results = records.pipe(f"{classify} --format jsonl --jobs 1 -")
    results.saveAsTextFile(target)
    parsed = results.map(json.loads)
    counts = parsed.map(lambda r: (r.get("role") or "error", 1)).reduceByKey(lambda a, b: a + b).collect()
    total_in, total_out = records.count(), results.count()
    print(f"records in: {total_in}, records out: {total_out}")
    for role, count in sorted(counts, key=lambda kv: -kv[1]):
        print(f"  {role:26s} {count}")
    sc.stop()
    if total_in != total_out:
        sys.exit("every input should give exactly one output record")


if __name__ == "__main__":
    main()
