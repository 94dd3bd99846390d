#!/usr/bin/env python3
"""Writes unlabelled text for `newsgraph-train ner clusters --text`: one tokenized paragraph
per line, from the news articles in ../shared/data/news_texts (*.jsonl.gz, field "text") and
the Wikipedia sentences of ../shared/data/redocred (dev_revised.json, field "sents").
Tokenization: tools/ner_seed_recall.py's whitespace/punctuation splitter.

usage: python3 tools/ner_cluster_text.py [--shared ../shared] > /tmp/ner_cluster_text.txt
"""
import argparse
import glob
import gzip
import importlib.util
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ner_seed_recall", os.path.join(here, "ner_seed_recall.py"))
seed = importlib.util.module_from_spec(spec)
spec.loader.exec_module(seed)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    args = ap.parse_args()
    out = sys.stdout
    for path in sorted(glob.glob(os.path.join(args.shared, "data", "news_texts", "*.jsonl.gz"))):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text") or ""
                for para in text.split("\n"):
                    toks = seed.tokenize(para)
                    if toks:
                        out.write(" ".join(toks) + "\n")
    redocred = os.path.join(args.shared, "data", "redocred", "dev_revised.json")
    if os.path.exists(redocred):
        for doc in json.load(open(redocred, encoding="utf-8")):
            for sent in doc["sents"]:
                out.write(" ".join(sent) + "\n")


if __name__ == "__main__":
    main()
