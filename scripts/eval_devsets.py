#!/usr/bin/env python3
"""Scores corpusd on the article and date dev sets (../shared/devsets/).

Runs `corpusd extract --format json` on every page once, writes the predictions
the scorer wants, and prints score.py's figures for both sets.

    python3 scripts/eval_devsets.py [--binary build/corpusd] [--devsets DIR] [--keep DIR]
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile


def extract(binary, html_bytes, url):
    args = [binary, "extract", "--format", "json", "-"]
    if url:
        args[2:2] = ["--url", url]
    run = subprocess.run(args, input=html_bytes, capture_output=True, timeout=120)
    if run.returncode != 0:
        return None
    return json.loads(run.stdout)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(here, "..", "build", "corpusd"))
    parser.add_argument("--devsets", default=os.path.join(here, "..", "..", "shared", "devsets"))
    parser.add_argument("--keep", help="write the predictions here instead of a temporary folder")
    args = parser.parse_args()
    score = os.path.join(args.devsets, "score.py")
    out = args.keep or tempfile.mkdtemp(prefix="corpusd-eval-")
    os.makedirs(os.path.join(out, "articles"), exist_ok=True)

    expected = json.load(open(os.path.join(args.devsets, "articles", "expected.json")))
    for page_id, answer in expected.items():
        path = os.path.join(args.devsets, "articles", "html", page_id + ".html.gz")
        record = extract(args.binary, gzip.open(path).read(), answer.get("url"))
        with open(os.path.join(out, "articles", page_id + ".txt"), "w") as f:
            f.write(record["text"] if record else "")

    with open(os.path.join(out, "dates.tsv"), "w") as tsv:
        for line in open(os.path.join(args.devsets, "dates", "expected.jsonl")):
            case = json.loads(line)
            path = os.path.join(args.devsets, "dates", "html", case["id"] + ".html.gz")
            record = extract(args.binary, gzip.open(path).read(), case.get("url"))
            date = (record or {}).get("published_at") or ""
            tsv.write("%s\t%s\n" % (case["id"], date[:10]))

    for kind, pred in (("articles", os.path.join(out, "articles")),
                       ("dates", os.path.join(out, "dates.tsv"))):
        print("== %s" % kind, flush=True)
        subprocess.run([sys.executable, score, kind, pred], check=True)
    print("predictions in", out)


if __name__ == "__main__":
    main()
