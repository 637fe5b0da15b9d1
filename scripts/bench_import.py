#!/usr/bin/env python3
"""Whole imports, one build against another in the same run.

Runs `corpusd import --jobs N` on the inputs of scripts/bench_inputs.py
(OUT/pages and OUT/texts), a fresh corpus each time, the builds alternating,
and prints the median time and the median peak memory of each as a Markdown
table:

  python3 scripts/bench_inputs.py /tmp/bench
  python3 scripts/bench_import.py --binary build-rel/corpusd --before /tmp/corpusd-before \\
      --inputs /tmp/bench --runs 5
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


def run_once(binary, folder, jobs, db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    start = time.monotonic()
    proc = subprocess.Popen([binary, "import", "--db", db, "--jobs", str(jobs), folder],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: some inputs were refused (pages rendered by JavaScript)
        raise SystemExit(f"{binary} import {folder} exited with {code}")
    return seconds, usage.ru_maxrss / 1024  # MB


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--before", required=True, help="an earlier build, run on the same inputs")
    ap.add_argument("--inputs", required=True, help="the folder bench_inputs.py wrote")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sets", default="pages,texts")
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()

    builds = [("before", args.before), ("after", args.binary)]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench.db")
        print("| import | jobs | before | after | speed-up | peak memory before / after |")
        print("|---|---|---|---|---|---|")
        for name in args.sets.split(","):
            folder = os.path.join(args.inputs, name)
            count = len(os.listdir(folder))
            for jobs in [int(j) for j in args.jobs.split(",")]:
                times = {b: [] for b, _ in builds}
                memory = {b: [] for b, _ in builds}
                for _ in range(args.runs):
                    for label, binary in builds:
                        seconds, mb = run_once(binary, folder, jobs, db)
                        times[label].append(seconds)
                        memory[label].append(mb)
                t0, t1 = statistics.median(times["before"]), statistics.median(times["after"])
                m0, m1 = statistics.median(memory["before"]), statistics.median(memory["after"])
                print(f"| {count} {name} | {jobs} | {t0:.2f} s ({count / t0:.0f}/s) | "
                      f"{t1:.2f} s ({count / t1:.0f}/s) | {t0 / t1:.2f}× | {m0:.0f} / {m1:.0f} MB |",
                      flush=True)


if __name__ == "__main__":
    main()
