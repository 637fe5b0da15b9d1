#!/usr/bin/env python3
"""Soak: the daemon against the loopback test server for a long run, with
sources failing and recovering, while its memory, descriptors and polls are
watched.

usage: python3 scripts/soak.py --binary build-test/corpusd [--minutes 60]
           [--feeds 16] [--interval 5]

Sources: FEEDS feeds polled every INTERVAL seconds, of which half are
steady (always served) and half flap (404 for a minute, then back for two);
two drop folders fed a file every few seconds. Every feed gains an item a
minute. Every 10 s the daemon's resident memory (VmRSS) and open descriptors
are sampled. At the end the daemon is stopped with SIGTERM.

Reports: memory and descriptors over time (first and last ten minutes),
polls made by each steady feed against the polls due (duration / interval)
and the longest gap between two of its polls, the longest time a flapping
feed took to be polled again after it came back, documents stored against
items and files offered, the exit status, and any LeakSanitizer report (run
it with an ASan build to get one). Exit status 1 when a check fails.
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def feed(name, items):
    body = "".join(
        f"<item><guid isPermaLink=\"false\">{name}-{i}</guid><title>{name} item {i}</title>"
        f"<description>Item {i} of {name}: the council met again on a weekday to talk about "
        f"the {i}th plan for the harbour, the bridge and the school, word {i * 7919 % 10007}."
        f"</description></item>" for i in range(items))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>{body}</channel></rss>'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--minutes", type=float, default=60)
    ap.add_argument("--feeds", type=int, default=16)
    ap.add_argument("--interval", type=float, default=5)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="corpusd-soak-")
    www, inboxes = os.path.join(work, "www"), [os.path.join(work, f"inbox{k}") for k in range(2)]
    os.makedirs(www)
    for d in inboxes:
        os.makedirs(d)
    names = [f"f{k}" for k in range(args.feeds)]
    steady, flapping = names[: len(names) // 2], names[len(names) // 2:]
    items = {n: 3 for n in names}

    def write_feed(n):
        tmp = os.path.join(www, n + ".tmp")
        with open(tmp, "w") as f:
            f.write(feed(n, items[n]))
        os.replace(tmp, os.path.join(www, n + ".xml"))

    for n in names:
        write_feed(n)
    log_path = os.path.join(work, "requests.jsonl")
    server = subprocess.Popen([sys.executable, os.path.join(ROOT, "tests/support/http_server.py"),
                               www, log_path], stdout=subprocess.PIPE, text=True)
    port = int(server.stdout.readline())
    db = os.path.join(work, "corpus.db")
    config = os.path.join(work, "corpusd.toml")
    with open(config, "w") as f:
        f.write(f'database = "{db}"\nper_site_delay = "0s"\nper_site_requests = 8\n'
                f'max_requests = 16\nlog_level = "warning"\n')
        for n in names:
            f.write(f'[[source]]\nname = "{n}"\ntype = "feed"\n'
                    f'url = "http://127.0.0.1:{port}/{n}.xml"\ninterval = "{args.interval:g}s"\n'
                    f'fetch_articles = "never"\n')
        for k, d in enumerate(inboxes):
            f.write(f'[[source]]\nname = "inbox{k}"\ntype = "directory"\npath = "{d}"\n'
                    f'interval = "{args.interval:g}s"\nsettle = "1s"\ndone = "done"\n')
    err_path = os.path.join(work, "corpusd.log")
    err = open(err_path, "w")
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1")
    daemon = subprocess.Popen([args.binary, "run", "--config", config], stderr=err, env=env)
    start = time.time()
    end = start + args.minutes * 60
    samples = []  # (t, rss KiB, fds)
    down = {}  # flapping feed -> time it went down
    back = defaultdict(list)  # flapping feed -> times it came back
    dropped = 0
    next_item = start + 60
    next_sample = start + 1  # after exec: a process being replaced shows no VmRSS
    next_drop = start
    while time.time() < end and daemon.poll() is None:
        now = time.time()
        if now >= next_sample:
            samples.append((now - start, rss_kib(daemon.pid), fds(daemon.pid)))
            next_sample += 10
        if now >= next_item:
            for n in names:
                items[n] += 1
                if n not in down:
                    write_feed(n)
            next_item += 60
        if now >= next_drop:
            d = inboxes[dropped % 2]
            path = os.path.join(d, f"doc{dropped}.txt")
            with open(path + ".part", "w") as f:
                f.write(f"Dropped file {dropped}\n\nA note about the harbour, number {dropped}, "
                        f"written for the soak test with word {dropped * 104729 % 99991}.\n")
            os.replace(path + ".part", path)
            dropped += 1
            next_drop += 3
        # Flapping feeds: each down for 60 s out of every 180 s, staggered.
        for k, n in enumerate(flapping):
            phase = (now - start + k * 180 / len(flapping)) % 180
            if phase < 60 and n not in down and now - start > 30:
                os.remove(os.path.join(www, n + ".xml"))
                down[n] = now
            elif phase >= 60 and n in down:
                del down[n]
                write_feed(n)
                back[n].append(now)
        time.sleep(0.2)
    alive = daemon.poll() is None
    if alive:
        daemon.send_signal(signal.SIGTERM)
    try:
        status = daemon.wait(timeout=120)
    except subprocess.TimeoutExpired:
        daemon.kill()
        status = "hung at stop"
    server.terminate()
    err.close()
    duration = time.time() - start

    polls = defaultdict(list)
    with open(log_path) as f:
        for line in f:
            r = json.loads(line)
            polls[r["path"].lstrip("/").removesuffix(".xml")].append(r["time"])
    report = {"minutes": round(duration / 60, 1), "exit_status": status, "alive_at_end": alive}
    first = [s for s in samples if s[0] < 600]
    last = [s for s in samples if s[0] > duration - 600]
    report["rss_mib"] = {
        "first_10_min_mean": round(sum(s[1] for s in first) / max(1, len(first)) / 1024, 1),
        "last_10_min_mean": round(sum(s[1] for s in last) / max(1, len(last)) / 1024, 1),
        "max": round(max(s[1] for s in samples) / 1024, 1)}
    report["rss_mib_every_5_min"] = [round(s[1] / 1024, 1) for s in samples[::30]]
    report["fds"] = {"min": min(s[2] for s in samples), "max": max(s[2] for s in samples),
                     "first": samples[0][2], "last": samples[-1][2]}
    due = duration / args.interval
    steady_polls = {n: len(polls[n]) for n in steady}
    gaps = {n: max((b - a for a, b in zip(sorted(polls[n]), sorted(polls[n])[1:])), default=0)
            for n in steady}
    report["steady_feeds"] = {"polls_due_each": round(due), "polls_made_min": min(steady_polls.values()),
                              "polls_made_max": max(steady_polls.values()),
                              "longest_gap_s": round(max(gaps.values()), 1)}
    recover = []
    for n, times in back.items():
        for t in times:
            after = [p for p in polls[n] if p >= t]
            if after:
                recover.append(min(after) - t)
    report["flapping_feeds"] = {"recoveries": len(recover),
                                "longest_wait_to_poll_again_s": round(max(recover, default=0), 1)}
    q = subprocess.run(["sqlite3", db, "SELECT source LIKE 'inbox%', count(*) FROM documents "
                        "GROUP BY 1"], capture_output=True, text=True).stdout.split()
    counts = {row.split("|")[0]: int(row.split("|")[1]) for row in q}
    report["documents"] = {"feed_items": counts.get("0", 0), "dropped_files": counts.get("1", 0),
                           "files_dropped": dropped,
                           "feed_items_offered": sum(items.values())}
    log = open(err_path, errors="replace").read()
    report["leak_report"] = "LeakSanitizer" in log
    report["sanitizer_report"] = "ERROR: AddressSanitizer" in log or "runtime error" in log
    print(json.dumps(report, indent=2))
    ok = (status == 0 and alive and not report["leak_report"] and not report["sanitizer_report"]
          and report["steady_feeds"]["longest_gap_s"] <= args.interval * 1.1 + 2
          and report["steady_feeds"]["polls_made_min"] >= 0.9 * due * 0.95)
    if not ok:
        print("the daemon's log ends:\n" + "\n".join(log.splitlines()[-20:]))
    print("soak:", "ok" if ok else "FAILED", "(work folder " + work + ")")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
