#!/usr/bin/env python3
"""Web pages, one core: corpusd's whole import against a peer extractor's
extraction alone, on the same pages in the same run, alternating, medians.

The peer is readability-lxml (Debian's python3-readability, run by
/usr/bin/python3), the one of the issue's peers that Debian packages;
trafilatura is not in Debian 12. Its timing covers reading the files and
Document(html).summary() for each; corpusd's covers the whole import
(decoding, extraction, metadata, cleaning, language, dates, keys, the store).

  python3 scripts/bench_inputs.py /tmp/bench
  python3 scripts/bench_peers.py --binary build-rel/corpusd --pages /tmp/bench/pages --runs 3
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

PEER = r"""
import os, sys, time
from readability import Document
folder = sys.argv[1]
names = sorted(os.listdir(folder))
pages = [open(os.path.join(folder, n), "rb").read() for n in names]
start = time.monotonic()
done = 0
for page in pages:
    try:
        Document(page).summary()
        done += 1
    except Exception:
        pass
print(time.monotonic() - start, done)
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--pages", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--python", default="/usr/bin/python3", help="the Python that has readability-lxml")
    args = ap.parse_args()
    count = len(os.listdir(args.pages))
    ours, peer = [], []
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench.db")
        for _ in range(args.runs):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            start = time.monotonic()
            subprocess.run([args.binary, "import", "--db", db, "--jobs", "1", args.pages],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ours.append(time.monotonic() - start)
            start = time.monotonic()
            out = subprocess.run([args.python, "-c", PEER, args.pages], capture_output=True, text=True,
                                 check=True).stdout.split()
            peer.append(time.monotonic() - start)
    t_ours, t_peer = statistics.median(ours), statistics.median(peer)
    print(f"| extractor (one core, {count} pages) | seconds | pages/s |")
    print("|---|---|---|")
    print(f"| corpusd import --jobs 1 (whole import) | {t_ours:.2f} | {count / t_ours:.0f} |")
    print(f"| readability-lxml (extraction alone; {out[1]} pages extracted) | {t_peer:.2f} | {count / t_peer:.0f} |")
    print(f"\ncorpusd / readability-lxml: {t_peer / t_ours:.1f}×")


if __name__ == "__main__":
    main()
