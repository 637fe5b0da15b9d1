#!/usr/bin/env python3
"""Reads a corpus in a loop, as another tool would, until SIGTERM.

usage: corpus_reader_loop.py CORPUS

One connection, held open, with no busy timeout: a reader that had to wait
for the writer would fail at once with "database is locked", and that
counts as an error. Each round counts the documents, reads the newest rows
and runs a full-text query. At the end prints one JSON line (rounds, errors,
the first error, the counts seen) and exits 1 if a query failed or the count
ever went down.
"""
import json
import signal
import sqlite3
import sys
import time

stop = False


def on_term(*_):
    global stop
    stop = True


signal.signal(signal.SIGTERM, on_term)
conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
rounds = errors = 0
first_error = None
counts = []
while not stop:
    try:
        n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        conn.execute("SELECT id, title, text FROM documents ORDER BY id DESC LIMIT 20").fetchall()
        conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'document'"
                     " LIMIT 20").fetchall()
        counts.append(n)
        rounds += 1
    except sqlite3.Error as e:
        errors += 1
        first_error = first_error or str(e)
    time.sleep(0.002)
monotonic = all(a <= b for a, b in zip(counts, counts[1:]))
print(json.dumps({"rounds": rounds, "errors": errors, "first_error": first_error,
                  "distinct_counts": len(set(counts)), "monotonic": monotonic}), flush=True)
sys.exit(1 if errors or not monotonic else 0)
