#!/usr/bin/env python3
"""Entity recall of the NER model alone on an annotated article (default: the seed).

Tokenizes X.txt (whitespace, punctuation and possessive 's split off; one sentence per
paragraph line), tags it with `newsgraph-eval ner --output`, and counts the gold entities of
X.gold.json that some predicted mention matches: same type (GPE/LOC lenient as score_gold.py)
and mention text equal to the gold name or an alias (case-insensitive, possessive dropped).
Until the pipeline runs the real segmenter this measures the model on a stand-in tokenizer.

usage: tools/ner_seed_recall.py [--eval build/newsgraph-eval] [--text ../shared/seed/carney-china.txt]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ONTO_TO_COARSE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def tokenize(line):
    out = []
    for w in line.split():
        lead = []
        while w and w[0] in "(\"'[{\u201c\u2018":
            lead.append(w[0]); w = w[1:]
        trail = []
        while w and w[-1] in ".,;:!?)\"']}\u201d\u2019":
            trail.insert(0, w[-1]); w = w[:-1]
        out += lead
        m = re.match(r"^(.+?)('s|\u2019s)$", w)
        if m:
            out += [m.group(1), m.group(2)]
        elif w:
            out.append(w)
        out += trail
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=os.path.join(here, "..", "build", "newsgraph-eval"))
    ap.add_argument("--model-dir", default="")
    ap.add_argument("--rules", default="", help="passed to newsgraph-eval ner --rules (gazetteer,rule)")
    ap.add_argument("--text", default=os.path.join(here, "..", "..", "shared", "seed", "carney-china.txt"))
    args = ap.parse_args()
    gold = json.load(open(re.sub(r"\.txt$", ".gold.json", args.text), encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        tt = os.path.join(tmp, "seed.tt")
        with open(tt, "w", encoding="utf-8") as f:
            f.write("# newdoc\n")
            for line in open(args.text, encoding="utf-8"):
                toks = tokenize(line)
                if toks:
                    f.write("".join("%s\tO\n" % t for t in toks) + "\n")
        pred = os.path.join(tmp, "pred.txt")
        subprocess.run([args.eval, "ner", tt, "--output", pred] + (["--model-dir", args.model_dir] if args.model_dir else []) + (["--rules", args.rules] if args.rules else []), check=True, stdout=subprocess.DEVNULL)
        mentions = set()
        words, tags = [], []
        for line in open(pred, encoding="utf-8").read().split("\n") + [""]:
            if line.strip():
                w, _, p = line.split(" ")
                words.append(w); tags.append(p)
                continue
            cur = None
            for w, t in list(zip(words, tags)) + [("", "O")]:
                if t.startswith("B-") or t == "O":
                    if cur: mentions.add((" ".join(cur[0]).lower(), cur[1]))
                    cur = [[w], t[2:]] if t != "O" else None
                else:
                    cur[0].append(w)
            words, tags = [], []
    found = 0
    for e in gold["entities"]:
        want = ONTO_TO_COARSE.get(e["type"], "MISC")
        keys = {a.lower() for a in e.get("aliases", []) + [e["name"]]}
        ok = any(text in keys and typ == want for text, typ in mentions)
        found += ok
        if not ok:
            print("missed: %s (%s)" % (e["name"], e["type"]))
    print("seed entity recall: %d/%d = %.3f" % (found, len(gold["entities"]), found / len(gold["entities"])))


if __name__ == "__main__":
    main()
