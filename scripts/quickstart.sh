#!/usr/bin/env bash
# Installs what corpusd needs, builds it, imports the bundled sample documents
# into ./corpus.db and shows what was stored.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCORPUSD_BUILD_TESTS=OFF -DCORPUSD_BUILD_BENCH=OFF >/dev/null
cmake --build build -j"$(nproc)"

echo
echo "== corpusd import --db corpus.db samples/"
status=0
build/corpusd import --db corpus.db samples/ || status=$?
echo
echo "== what the corpus holds (sqlite3 corpus.db)"
sqlite3 -box corpus.db \
  "SELECT id, replace(url, rtrim(url, replace(url, '/', '')), '') AS file,
          substr(title, 1, 32) AS title, published_at, dateline, language,
          length(text) AS chars,
          (SELECT count(*) FROM removals r WHERE r.document_id = d.id) AS removed
     FROM documents d ORDER BY id"
echo
echo "== what cleaning removed, and why (the removals table)"
sqlite3 -box corpus.db \
  "SELECT document_id AS doc, rule, substr(text, 1, 60) AS text FROM removals
    ORDER BY document_id, seq"
echo "(read a document: sqlite3 corpus.db 'SELECT text FROM documents WHERE id = 1')"
exit "$status"
