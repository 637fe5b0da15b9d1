#!/usr/bin/env bash
# Installs what corpusd needs, builds it, imports the bundled sample documents
# into ./corpus.db and shows what was stored.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCORPUSD_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)"

echo
echo "== corpusd import --db corpus.db samples/"
status=0
build/corpusd import --db corpus.db samples/ || status=$?
echo
echo "== what the corpus holds (sqlite3 corpus.db)"
sqlite3 -box corpus.db \
  "SELECT id, source, substr(url, -28) AS url, title, fetched_at, length(text) AS chars,
          substr(replace(text, char(10), ' '), 1, 50) || '...' AS text
     FROM documents ORDER BY id"
exit "$status"
