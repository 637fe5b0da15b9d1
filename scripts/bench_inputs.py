#!/usr/bin/env python3
"""Writes the inputs of the import benchmarks (docs/benchmarks.md) into OUT:

  OUT/pages/     the 589 dev-set HTML pages (articles and dates), decompressed
  OUT/articles/  the 89 article pages alone (html_bench's input)
  OUT/texts/     3,000 plain-text documents of 300-700 words, sentences of the
                 dev-set articles drawn at random (seed 7), a title line first

The same OUT every time for the same dev sets: figures made on it can be
made again.
"""
import argparse
import gzip
import json
import pathlib
import random
import re


def main():
    here = pathlib.Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--devsets", type=pathlib.Path, default=here.parent.parent / "shared" / "devsets")
    ap.add_argument("--texts", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    for sub, sets in (("pages", ("articles", "dates")), ("articles", ("articles",))):
        target = args.out / sub
        target.mkdir(parents=True, exist_ok=True)
        for name in sets:
            for gz in sorted((args.devsets / name / "html").glob("*.html.gz")):
                (target / gz.name[:-3]).write_bytes(gzip.decompress(gz.read_bytes()))

    expected = json.loads((args.devsets / "articles" / "expected.json").read_text(encoding="utf-8"))
    sentences = []
    for page in sorted(expected):
        body = expected[page].get("articleBody") or ""
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) >= 4]
    rng = random.Random(args.seed)
    texts = args.out / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    for i in range(args.texts):
        want = rng.randint(300, 700)
        words, paragraphs, paragraph = 0, [], []
        while words < want:
            s = rng.choice(sentences)
            paragraph.append(s)
            words += len(s.split())
            if len(paragraph) >= rng.randint(3, 6):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        title = " ".join(rng.choice(sentences).split()[:8])
        (texts / f"doc{i:05d}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
