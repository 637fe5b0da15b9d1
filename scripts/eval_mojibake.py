#!/usr/bin/env python3
"""Score `corpusd fix-text` on the mojibake development set (stdlib only).

  python3 scripts/eval_mojibake.py [--binary build/corpusd] [--devsets DIR] [--per-page]

Feeds every case's input to one `corpusd fix-text -` run, one case per line
(no input holds a line break), writes {"id", "output"} lines to a JSONL file
and prints the figures of devsets/score.py for it, the pass rate per
category, and how many of the negative cases whose answer is their input
(correct text that must stay untouched) came out unchanged.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=str(ROOT / "build" / "corpusd"), help="the corpusd to run")
    ap.add_argument("--devsets", type=Path, default=ROOT.parent / "shared" / "devsets",
                    help="the folder holding score.py and mojibake/ (default: ../shared/devsets)")
    ap.add_argument("--per-page", action="store_true", help="list each failing case")
    ap.add_argument("--out", type=Path, help="keep the predictions in this JSONL file")
    a = ap.parse_args()

    cases_path = a.devsets / "mojibake" / "cases.jsonl"
    cases = [json.loads(line) for line in cases_path.open(encoding="utf-8") if line.strip()]
    for case in cases:
        if "\n" in case["input"]:
            sys.exit(f"case {case['id']} holds a line break; fix-text reads one case per line")
    stdin = "".join(case["input"] + "\n" for case in cases).encode("utf-8")
    run = subprocess.run([a.binary, "fix-text", "-"], input=stdin, capture_output=True)
    if run.returncode != 0:
        sys.exit(f"{a.binary} fix-text failed ({run.returncode}): {run.stderr.decode(errors='replace')}")
    # Split on "\n" only: str.splitlines() would also split at U+0085 and U+2028.
    lines = run.stdout.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(cases):
        sys.exit(f"expected {len(cases)} lines from fix-text, got {len(lines)}")

    out_path = a.out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out_path.open("w", encoding="utf-8") as out:
        for case, line in zip(cases, lines):
            out.write(json.dumps({"id": case["id"], "output": line}, ensure_ascii=False) + "\n")

    # Negative cases whose answer is their input: correct text that must stay as it is.
    negatives = [(c, l) for c, l in zip(cases, lines)
                 if c["category"] == "negative" and c["input"] == c["expected_encoding"]]
    untouched = sum(1 for c, l in negatives if l == c["input"])
    print(f"negatives untouched: {untouched}/{len(negatives)}")
    by_category = {}
    for case, line in zip(cases, lines):
        if case["expect"] != "pass":
            continue
        right, total = by_category.get(case["category"], (0, 0))
        by_category[case["category"]] = (right + (line == case["expected_encoding"]), total + 1)
    for category, (right, total) in sorted(by_category.items()):
        print(f"{category}: {right}/{total}")
    command = [sys.executable, str(a.devsets / "score.py"), "mojibake", str(out_path)]
    if a.per_page:
        command.append("--per-page")
    score = subprocess.run(command)
    if not a.out:
        out_path.unlink()
    return score.returncode


if __name__ == "__main__":
    sys.exit(main())
