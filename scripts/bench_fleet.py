#!/usr/bin/env python3
"""Fleet benchmark: one polling cycle over N generated feeds on S loopback
sites (site0.localhost, ...), written by one node into a SQLite file, by one
node into PostgreSQL, and by two nodes (`--shard 1/2`, `--shard 2/2`) into
PostgreSQL: the same feeds, in the same run. Prints seconds, items/s and
that every item was stored once.

    python3 scripts/bench_fleet.py [--binary build-rel/corpusd] [--feeds 2000] [--items 5]

PostgreSQL is a throwaway cluster (initdb and pg_ctl from Debian's
postgresql package) in a temporary folder, on a Unix socket; as root it runs
as the postgres user. Needs python3 and that package.
"""
import argparse
import glob
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_feeds import free_port, write_feeds  # noqa: E402  (the same generated feeds)


class Cluster:
    def __init__(self, work):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(p.split("/")[4]))
        if not bins:
            sys.exit("bench_fleet: initdb not found (apt-get install postgresql)")
        self.bin = os.path.dirname(bins[-1])
        self.dir = os.path.join(work, "pg")
        os.makedirs(self.dir)
        self.prefix = []
        if os.geteuid() == 0:
            pg = pwd.getpwnam("postgres")
            os.chown(work, pg.pw_uid, pg.pw_gid)
            os.chown(self.dir, pg.pw_uid, pg.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        data = os.path.join(self.dir, "data")
        self.run(["initdb", "-D", data, "-U", "corpusd", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8"])
        # Durable commits, as a real corpus would have them (no -F).
        self.run(["pg_ctl", "-D", data, "-l", os.path.join(self.dir, "log"), "-w", "-o",
                  f"-k {self.dir} -c listen_addresses=''", "start"])
        self.data = data

    def run(self, argv):
        subprocess.run(self.prefix + [os.path.join(self.bin, argv[0])] + argv[1:], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/")

    def url(self, db):
        return f"postgresql:///{db}?host={self.dir}&user=corpusd"

    def psql(self, db, sql):
        return subprocess.run([os.path.join(self.bin, "psql"), "-X", "-A", "-t", "-d",
                               self.url(db), "-c", sql], check=True, capture_output=True,
                              text=True).stdout.strip()

    def stop(self):
        self.run(["pg_ctl", "-D", self.data, "-m", "fast", "stop"])


def config(path, database, urls, requests):
    with open(path, "w") as out:
        out.write(f'database = "{database}"\nmax_requests = {requests}\n'
                  f'per_site_requests = {requests}\nper_site_delay = "0s"\n'
                  'log_level = "warning"\n')
        for f, url in enumerate(urls):
            out.write(f'[[source]]\nname = "town{f}"\ntype = "feed"\nurl = "{url}"\n'
                      'interval = "1h"\n')


def nodes(binary, cfg, shards):
    start = time.monotonic()
    procs = [subprocess.Popen([binary, "run", "--once", "--config", cfg]
                              + (["--shard", s] if s else []),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for s in shards]
    for p in procs:
        if p.wait() != 0:
            sys.exit(f"bench_fleet: a node exited with {p.returncode}")
    return time.monotonic() - start


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=os.path.join(here, "..", "build-rel", "corpusd"))
    ap.add_argument("--feeds", type=int, default=2000)
    ap.add_argument("--items", type=int, default=5)
    ap.add_argument("--sites", type=int, default=200)
    ap.add_argument("--requests", type=int, default=16, help="requests in flight per node")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)

    work = tempfile.mkdtemp(prefix="corpusd-bench-fleet-")
    os.chmod(work, 0o755)
    www = os.path.join(work, "www")
    write_feeds(www, args.feeds, args.items)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", www,
         str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cluster = None
    rows = []
    try:
        time.sleep(1)
        urls = [f"http://site{f % args.sites}.localhost:{port}/{f}.xml"
                for f in range(args.feeds)]
        cluster = Cluster(work)
        runs = [("1 node, SQLite", os.path.join(work, "corpus.db"), [None]),
                ("1 node, PostgreSQL", "one", [None]),
                ("2 nodes, PostgreSQL", "two", ["1/2", "2/2"])]
        for name, db, shards in runs:
            database = db if db.endswith(".db") else cluster.url(db)
            if not db.endswith(".db"):
                cluster.psql("postgres", f"CREATE DATABASE {db}")
            cfg = os.path.join(work, f"{len(rows)}.toml")
            config(cfg, database, urls, args.requests)
            secs = nodes(binary, cfg, shards)
            if db.endswith(".db"):
                con = sqlite3.connect(db)
                docs, distinct = con.execute(
                    "SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone()
                seen = con.execute("SELECT count(*) FROM seen_items").fetchone()[0]
            else:
                docs, distinct, seen = map(int, cluster.psql(
                    db, "SELECT count(*) || '|' || count(DISTINCT content_hash) || '|' || "
                        "(SELECT count(*) FROM seen_items) FROM documents").split("|"))
            rows.append((name, secs, docs, distinct, seen))
    finally:
        server.kill()
        if cluster:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)

    print(f"{args.feeds} feeds x {args.items} items on {args.sites} loopback sites, "
          f"{args.requests} requests in flight per node, one polling cycle")
    print(f"{'run':22} {'seconds':>8} {'items/s':>8} {'documents':>10} {'distinct':>9} "
          f"{'seen items':>11}")
    for name, secs, docs, distinct, seen in rows:
        print(f"{name:22} {secs:8.1f} {docs / secs:8.0f} {docs:10} {distinct:9} {seen:11}")


if __name__ == "__main__":
    main()
