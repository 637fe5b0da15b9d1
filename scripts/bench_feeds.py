#!/usr/bin/env python3
"""Feed polling benchmark: one polling cycle over N generated feeds served
from 127.0.0.1, corpusd (`run --once`) against newsboat (`-x reload`) on the
same feeds, in the same run. Prints feeds/s, items/s and peak memory.

    python3 scripts/bench_feeds.py [--binary build-rel/corpusd] [--feeds 10000] [--items 5]
                                   [--before OLD_BINARY] [--no-newsboat]

`--before` also runs an earlier corpusd build on the same feeds (a fresh
corpus), for a before/after figure from one run.

Every feed is on one host, so corpusd's per-site politeness (2 requests at a
time, 1 s apart by default) is lifted to the same 16 requests in flight that
newsboat gets as reload-threads. Needs newsboat (Debian package) and python3.
"""
import argparse
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

PARAGRAPH = ("<p>The council of town {f} met on Tuesday to discuss item {i} of the budget, which "
             "pays for the new library, the bridge repairs and the extension of the tram line "
             "along the river to the new housing estate.</p>")


def write_feeds(www, feeds, items):
    os.makedirs(www)
    for f in range(feeds):
        entries = []
        for i in range(items):
            body = PARAGRAPH.format(f=f, i=i) * 3
            entries.append(
                f"<item><title>Report {f}-{i}</title><link>http://example.invalid/{f}/{i}</link>"
                f"<guid>feed{f}-item{i}</guid><pubDate>Tue, 05 Mar 2024 10:{i:02d}:00 GMT</pubDate>"
                f"<description><![CDATA[{body}]]></description>"
                f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
        with open(os.path.join(www, f"{f}.xml"), "w") as out:
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                      'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                      f"<title>Town {f}</title><link>http://example.invalid/{f}</link>"
                      + "".join(entries) + "</channel></rss>\n")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(argv, env=None):
    """Runs argv under /usr/bin/time: (seconds, peak RSS in MiB)."""
    report = tempfile.mktemp()
    start = time.monotonic()
    subprocess.run(["/usr/bin/time", "-o", report, "-f", "%M"] + argv, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.monotonic() - start
    with open(report) as f:
        peak_kib = int(f.read().split()[-1])
    os.remove(report)
    return seconds, peak_kib / 1024


def count(db, sql):
    return sqlite3.connect(db).execute(sql).fetchone()[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=os.path.join(here, "..", "build-rel", "corpusd"))
    ap.add_argument("--feeds", type=int, default=10000)
    ap.add_argument("--items", type=int, default=5)
    ap.add_argument("--requests", type=int, default=16, help="requests in flight, both tools")
    ap.add_argument("--before", help="an earlier corpusd binary, run on the same feeds")
    ap.add_argument("--no-newsboat", action="store_true")
    args = ap.parse_args()
    if not args.no_newsboat and not shutil.which("newsboat"):
        sys.exit("bench_feeds: newsboat is not installed (apt-get install newsboat)")

    work = tempfile.mkdtemp(prefix="corpusd-bench-feeds-")
    www = os.path.join(work, "www")
    write_feeds(www, args.feeds, args.items)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", www,
         str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    urls = [f"http://127.0.0.1:{port}/{f}.xml" for f in range(args.feeds)]
    try:
        rows = []
        # corpusd: every feed a source, polled once.
        binaries = [("corpusd", args.binary)]
        if args.before:
            binaries.append(("before", args.before))
        for name, binary in binaries:
            db = os.path.join(work, f"{name}.db")
            config = os.path.join(work, f"{name}.toml")
            with open(config, "w") as out:
                out.write(f'database = "{db}"\nmax_requests = {args.requests}\n'
                          f'per_site_requests = {args.requests}\nper_site_delay = "0s"\n'
                          'log_level = "warning"\n')
                for f, url in enumerate(urls):
                    out.write(f'[[source]]\nname = "town{f}"\ntype = "feed"\nurl = "{url}"\n'
                              'interval = "1h"\n')
            secs, mib = timed([binary, "run", "--once", "--config", config])
            rows.append((name, count(db, "SELECT count(*) FROM source_state"),
                         count(db, "SELECT count(*) FROM documents"), secs, mib))

        if not args.no_newsboat:
            # newsboat: the same URLs, reloaded once.
            home = os.path.join(work, "home")
            os.makedirs(home)
            with open(os.path.join(work, "urls"), "w") as out:
                out.write("\n".join(urls) + "\n")
            with open(os.path.join(work, "newsboat.conf"), "w") as out:
                out.write(f"reload-threads {args.requests}\n")
            env = dict(os.environ, HOME=home)
            secs, mib = timed(["newsboat", "-x", "reload", "-u", os.path.join(work, "urls"),
                               "-c", os.path.join(work, "cache.db"), "-C",
                               os.path.join(work, "newsboat.conf")], env=env)
            rows.append(("newsboat", count(os.path.join(work, "cache.db"),
                                           "SELECT count(*) FROM rss_feed"),
                         count(os.path.join(work, "cache.db"), "SELECT count(*) FROM rss_item"),
                         secs, mib))
    finally:
        server.kill()
        shutil.rmtree(work, ignore_errors=True)

    print(f"{args.feeds} feeds x {args.items} items from 127.0.0.1, {args.requests} requests "
          "in flight, one polling cycle")
    print(f"{'tool':10} {'feeds':>7} {'items':>7} {'seconds':>8} {'feeds/s':>8} {'items/s':>8} "
          f"{'peak MiB':>9}")
    for name, polled, items, secs, mib in rows:
        print(f"{name:10} {polled:7} {items:7} {secs:8.1f} {polled / secs:8.0f} "
              f"{items / secs:8.0f} {mib:9.0f}")

if __name__ == "__main__":
    main()
