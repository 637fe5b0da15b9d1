#!/usr/bin/env python3
"""Scores corpusd on the article and date dev sets (../shared/devsets/).

Runs `corpusd extract --format json` on every page once, writes the predictions
the scorer wants, and prints score.py's figures for both sets: all pages, then
the two folds split by site (a hash of the page's registrable domain, from the
Public Suffix List), so that a rule fitted to pages shows as a gap between them.
Tune looking at fold A's failures only (`--per-page A`); fold B is held back.

`--ablate` makes more date cases from the same pages: it takes away the
statements for machines (meta tags but the charset, JSON-LD, microdata date
attributes, the URL's path) so that only what the page shows its readers is left, and
with `--ablate visible` the `datetime` of `<time>` too. The answer stays the
same; what is scored is how well the weaker evidence finds it.
`--ablate classes` takes every `class` and `id` attribute away instead, from
the article pages as from the date pages, so that only the structure is left
to tell the article from the rest: a view of pages whose class names no rule
has seen.

    python3 scripts/eval_devsets.py [--binary build/corpusd] [--devsets DIR] [--keep DIR]
                                    [--only articles|dates] [--per-page A|B|all]
                                    [--ablate machine|visible|classes]
"""
import argparse
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

PUBLIC_SUFFIXES = "/usr/share/publicsuffix/public_suffix_list.dat"


def load_suffixes():
    rules = set()
    try:
        for line in open(PUBLIC_SUFFIXES, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("//"):
                rules.add(line)
    except OSError:
        pass
    return rules


def registrable_domain(url, suffixes):
    """The public suffix and one label more ("bbc.co.uk"); the host if unknown."""
    host = (urlsplit(url or "").hostname or "").lower().rstrip(".")
    labels = host.split(".")
    for i in range(len(labels)):
        candidate = ".".join(labels[i:])
        wildcard = ".".join(["*"] + labels[i + 1:])
        if "!" + candidate in suffixes:
            return ".".join(labels[i:])
        if candidate in suffixes or wildcard in suffixes:
            return ".".join(labels[max(i - 1, 0):])
    return ".".join(labels[-2:])


def fold_of(url, suffixes):
    """"A" or "B", by a hash of the site: every page of a site is in one fold."""
    digest = hashlib.sha256(registrable_domain(url, suffixes).encode()).digest()
    return "AB"[digest[0] & 1]


META = re.compile(rb"<meta\b[^>]*>", re.I)
CHARSET = re.compile(rb"charset", re.I)
JSON_LD = re.compile(rb"<script[^>]*ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
DATE_ATTRS = re.compile(rb"\s(?:itemprop|property)\s*=\s*[\"']?[\w:]*date\w*[\"']?", re.I)
DATETIME = re.compile(rb"\sdatetime\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
CLASS_ID = re.compile(rb"\s(?:class|id)\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)


def ablate(html_bytes, level):
    """The page without what --ablate takes away."""
    if level == "classes":
        return CLASS_ID.sub(b"", html_bytes)
    html_bytes = META.sub(lambda m: m.group(0) if CHARSET.search(m.group(0)) else b"", html_bytes)
    html_bytes = JSON_LD.sub(b"", html_bytes)
    html_bytes = DATE_ATTRS.sub(b"", html_bytes)
    if level == "visible":
        html_bytes = DATETIME.sub(b"", html_bytes)
    return html_bytes


def origin(url):
    """The URL's scheme and host only: no date in its path."""
    parts = urlsplit(url or "")
    return "%s://%s/" % (parts.scheme, parts.netloc) if parts.netloc else None


def extract(binary, html_bytes, url):
    args = [binary, "extract", "--format", "json", "-"]
    if url:
        args[2:2] = ["--url", url]
    run = subprocess.run(args, input=html_bytes, capture_output=True, timeout=120)
    if run.returncode != 0:
        return None
    return json.loads(run.stdout)


def score(score_py, kind, pred, set_dir=None, per_page=False):
    args = [sys.executable, score_py, kind, pred]
    if set_dir:
        args += ["--set", set_dir]
    if per_page:
        args.append("--per-page")
    subprocess.run(args, check=True)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(here, "..", "build", "corpusd"))
    parser.add_argument("--devsets", default=os.path.join(here, "..", "..", "shared", "devsets"))
    parser.add_argument("--keep", help="write the predictions here instead of a temporary folder")
    parser.add_argument("--only", choices=["articles", "dates"], help="score one set only")
    parser.add_argument("--per-page", choices=["A", "B", "all"],
                        help="list the failing pages of one fold (tune on A only)")
    parser.add_argument("--ablate", choices=["machine", "visible", "classes"],
                        help="score the pages with the machines' date statements (dates) or "
                        "their class and id attributes (both sets) taken away")
    args = parser.parse_args()
    score_py = os.path.join(args.devsets, "score.py")
    out = args.keep or tempfile.mkdtemp(prefix="corpusd-eval-")
    os.makedirs(os.path.join(out, "articles"), exist_ok=True)
    suffixes = load_suffixes()
    kinds = [args.only] if args.only else ["articles", "dates"]

    # Each fold's answers, in a set folder of its own for score.py's --set.
    folds = {fold: os.path.join(out, "fold-" + fold) for fold in "AB"}
    for folder in folds.values():
        os.makedirs(os.path.join(folder, "articles"), exist_ok=True)
        os.makedirs(os.path.join(folder, "dates"), exist_ok=True)

    if "articles" in kinds:
        expected = json.load(open(os.path.join(args.devsets, "articles", "expected.json")))
        by_fold = {"A": {}, "B": {}}
        for page_id, answer in expected.items():
            by_fold[fold_of(answer.get("url"), suffixes)][page_id] = answer
            path = os.path.join(args.devsets, "articles", "html", page_id + ".html.gz")
            page = gzip.open(path).read()
            if args.ablate == "classes":
                page = ablate(page, args.ablate)
            record = extract(args.binary, page, answer.get("url"))
            with open(os.path.join(out, "articles", page_id + ".txt"), "w") as f:
                f.write(record["text"] if record else "")
        for fold, answers in by_fold.items():
            with open(os.path.join(folds[fold], "articles", "expected.json"), "w") as f:
                json.dump(answers, f)

    if "dates" in kinds:
        fold_lines = {"A": [], "B": []}
        with open(os.path.join(out, "dates.tsv"), "w") as tsv:
            for line in open(os.path.join(args.devsets, "dates", "expected.jsonl")):
                case = json.loads(line)
                fold_lines[fold_of(case.get("url"), suffixes)].append(line)
                path = os.path.join(args.devsets, "dates", "html", case["id"] + ".html.gz")
                page = gzip.open(path).read()
                if args.ablate == "classes":
                    record = extract(args.binary, ablate(page, args.ablate), case.get("url"))
                elif args.ablate:
                    record = extract(args.binary, ablate(page, args.ablate), origin(case.get("url")))
                else:
                    record = extract(args.binary, page, case.get("url"))
                date = (record or {}).get("published_at") or ""
                tsv.write("%s\t%s\n" % (case["id"], date[:10]))
        for fold, lines in fold_lines.items():
            with open(os.path.join(folds[fold], "dates", "expected.jsonl"), "w") as f:
                f.writelines(lines)

    preds = {"articles": os.path.join(out, "articles"), "dates": os.path.join(out, "dates.tsv")}
    for kind in kinds:
        print("== %s" % kind, flush=True)
        score(score_py, kind, preds[kind], per_page=args.per_page == "all")
        for fold in "AB":
            print("-- fold %s%s" % (fold, " (held back)" if fold == "B" else " (tuning)"), flush=True)
            score(score_py, kind, preds[kind], os.path.join(folds[fold], kind),
                  per_page=args.per_page == fold)
    print("predictions in", out)


if __name__ == "__main__":
    main()
