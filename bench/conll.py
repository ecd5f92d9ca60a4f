#!/usr/bin/env python3
"""Strict entity F1 on CoNLL-2002 Dutch (PER, ORG, LOC) for kroniek's recogniser.

Usage: bench/conll.py DATA_DIR [SPLIT ...]     (splits default to ned.train ned.testa)

DATA_DIR holds the shared task's files (ned.train, ned.testa, ned.testb: one token a line,
"word POS IOB-tag", sentences separated by blank lines, -DOCSTART- lines between documents).
The data is not part of the repository; fetch it for measuring only and never commit it.
Develop on ned.train and ned.testa; report ned.testb once.

Each sentence is joined with single spaces, each document (between -DOCSTART- lines) is one
text of a sentence a line, annotated by the `annotate_lines` example of kroniek-extract in its
`--documents` mode (the same recogniser as `kroniek annotate` on an article, no authority
records). Kinds map
person→PER, organisation and periodical→ORG, place→LOC; works are MISC and not scored. A span
counts when its first and last token and its type equal a gold entity's (conlleval's strict
match). Spans that do not fall on token boundaries are widened to them.
"""

import json
import os
import subprocess
import sys

KIND = {"person": "PER", "organisation": "ORG", "periodical": "ORG", "place": "LOC"}
TYPES = ("PER", "ORG", "LOC")


def read_lines(path):
    """The file's lines: UTF-8 when it decodes as such (some copies are re-encoded), else
    ISO-8859-1 (the shared task's original encoding)."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        return data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return data.decode("latin-1").splitlines()


def documents(path):
    """The documents of a split (parted by -DOCSTART- lines), each a list of (words, tags)."""
    docs, words, tags = [[]], [], []
    for line in read_lines(path) + [""]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if words:
                docs[-1].append((words, tags))
            words, tags = [], []
            if parts and docs[-1]:
                docs.append([])
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    return [d for d in docs if d]


def gold_spans(tags):
    return {s for s in gold_spans_all(tags) if s[2] in TYPES}


def gold_spans_all(tags):
    spans, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        begins = tag.startswith("B-") or (tag.startswith("I-") and (kind != tag[2:]))
        if start is not None and (tag == "O" or begins):
            spans.add((start, i - 1, kind))
            start, kind = None, None
        if begins:
            start, kind = i, tag[2:]
    return spans


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = sys.argv[1]
    splits = sys.argv[2:] or ["ned.train", "ned.testa"]
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "kroniek-extract", "--example", "annotate_lines"],
                   cwd=root, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target"))
    binary = os.path.join(target, "release", "examples", "annotate_lines")
    for split in splits:
        docs = documents(os.path.join(data, split))
        sents = [s for d in docs for s in d]
        # One document of the shared task (between -DOCSTART- lines) is one text for kroniek,
        # a sentence a line, as `kroniek annotate` reads an article; blank lines part them.
        text = "\n\n".join("\n".join(" ".join(w) for w, _ in d) for d in docs) + "\n"
        run = subprocess.run([binary, "nl", "--documents"], input=text.encode(), capture_output=True,
                             check=True)
        found = [json.loads(l)["entities"] for l in run.stdout.decode().splitlines()]
        tp = fp = fn = 0
        per_type = {t: [0, 0, 0] for t in TYPES}
        # Where the false positives come from: right words but wrong type, overlapping a gold
        # entity with other boundaries, a MISC entity of the gold data, or nothing in the gold.
        errors = {"wrong type": 0, "wrong boundaries": 0, "gold MISC": 0, "no entity": 0}
        for (words, tags), entities in zip(sents, found):
            starts, pos = [], 0
            for w in words:
                starts.append(pos)
                # `annotate`'s offsets count characters (Unicode scalar values), as DESIGN.md says.
                pos += len(w) + 1
            predicted = set()
            for e in entities:
                kind = KIND.get(e["kind"])
                # A place named by an adjective or its people's word ("Belgische", "Belgen")
                # is MISC in CoNLL's guidelines: kroniek's annotation marks those with "form".
                if not kind or e.get("form"):
                    continue
                first = max(i for i, s in enumerate(starts) if s <= e["start"])
                last = max(i for i, s in enumerate(starts) if s < e["end"])
                predicted.add((first, last, kind))
            gold = gold_spans(tags)
            misc = {(a, b) for a, b, k in gold_spans_all(tags) if k == "MISC"}
            for first, last, kind in predicted - gold:
                if any((g[0], g[1]) == (first, last) for g in gold):
                    errors["wrong type"] += 1
                elif (first, last) in misc:
                    errors["gold MISC"] += 1
                elif any(g[0] <= last and first <= g[1] for g in gold):
                    errors["wrong boundaries"] += 1
                else:
                    errors["no entity"] += 1
            for t in TYPES:
                g = {s for s in gold if s[2] == t}
                p = {s for s in predicted if s[2] == t}
                per_type[t][0] += len(g & p)
                per_type[t][1] += len(p - g)
                per_type[t][2] += len(g - p)
        for t in TYPES:
            tp += per_type[t][0]
            fp += per_type[t][1]
            fn += per_type[t][2]

        def f1(tp, fp, fn):
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        p, r, f = f1(tp, fp, fn)
        print(f"{split}: {len(sents)} sentences  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
        for t in TYPES:
            tp_, fp_, fn_ = per_type[t]
            print(f"  {t}: P {f1(tp_, fp_, fn_)[0]:.3f} R {f1(tp_, fp_, fn_)[1]:.3f} F1 {f1(tp_, fp_, fn_)[2]:.3f}")
        print("  false positives: " + ", ".join(f"{k} {v}" for k, v in errors.items()))


if __name__ == "__main__":
    main()
