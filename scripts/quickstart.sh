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
  "SELECT id, source, replace(url, rtrim(url, replace(url, '/', '')), '') AS file,
          content_type, encoding, length(text) AS chars,
          substr(replace(text, char(10), ' '), 1, 60) || '...' AS text
     FROM documents ORDER BY id"
echo "(query it yourself: sqlite3 corpus.db 'SELECT text FROM documents WHERE id = 1')"
exit "$status"
