#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer + AddressSanitizer +
# UndefinedBehaviorSanitizer) and runs each in turn for SECONDS (default 60).
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]      # targets: text html feed dates config http
#
# Seeds: fuzz/seeds/TARGET/, the inputs that once crashed it
# (fuzz/regressions/TARGET/), and, when ../shared/devsets/ is there, its
# pages (html, http) and mojibake strings (text). What each run learns stays
# in build-fuzz/corpus/TARGET/ for the next run; a crash is written to
# build-fuzz/crashes/TARGET/ and the script goes on with the next target.
# The summary at the end gives, per target, the seconds run, executions,
# coverage (libFuzzer's `cov`: edges reached; `ft`: features), failures
# (crashes, leaks, hangs, out-of-memory) and slow units (over 10 s: worth a
# look, not a failure) found in this run. Environment: FUZZ_TIMEOUT,
# FUZZ_MAX_LEN.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
# A unit slower than `timeout` seconds counts as a hang. libFuzzer measures
# wall time: on a loaded machine keep it generous.
timeout="${FUZZ_TIMEOUT:-120}"
# The longest input tried; a smaller one (FUZZ_MAX_LEN=16384) runs many times
# faster on the html and http targets, at the cost of whole pages.
max_len="${FUZZ_MAX_LEN:-262144}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text html feed dates config http)

bash scripts/install-deps.sh
CXX=clang++ CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCORPUSD_FUZZ=ON -DCORPUSD_SANITIZE=ON -DCORPUSD_BUILD_TESTS=OFF -DCORPUSD_BUILD_BENCH=OFF \
  >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")

# Extra seeds from the dev sets, each with the option byte(s) the target
# reads first.
extra=build-fuzz/seeds-extra
devsets=../shared/devsets
if [ -d "$devsets" ] && [ ! -d "$extra" ]; then
  # Written to a temporary folder first, so that a failure half-way leaves
  # nothing that a later run would take for complete.
  rm -rf "$extra.tmp"
  python3 - "$devsets" "$extra.tmp" <<'PY'
import glob, gzip, json, os, sys
devsets, out = sys.argv[1:]
for t in ("html", "http", "text"):
    os.makedirs(f"{out}/{t}")
pages = glob.glob(f"{devsets}/articles/html/*.html.gz") + glob.glob(f"{devsets}/dates/html/*.html.gz")
for path in pages:
    name = os.path.basename(path)[: -len(".html.gz")]
    with gzip.open(path, "rb") as f:
        page = f.read(200000)  # larger inputs slow every execution down
    open(f"{out}/html/{name}", "wb").write(b"\x01\x01" + page)
    open(f"{out}/http/{name}", "wb").write(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page)
cases = f"{devsets}/mojibake/cases.jsonl"
for n, line in enumerate(open(cases, encoding="utf-8")):
    case = json.loads(line)
    open(f"{out}/text/case{n:04d}", "wb").write(b"\x00\x00" + case["input"].encode("utf-8"))
PY
  mv "$extra.tmp" "$extra"
fi

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
summary=()
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t crashes=build-fuzz/crashes/$t
  mkdir -p "$corpus" "$crashes"
  seeds=(fuzz/seeds/"$t" fuzz/regressions/"$t")
  [ -d "$extra/$t" ] && seeds+=("$extra/$t")
  log=build-fuzz/fuzz_$t.log
  echo "== fuzz_$t for ${seconds}s"
  touch "$crashes/.started"
  started=$SECONDS
  set +e
  build-fuzz/fuzz/fuzz_"$t" "$corpus" "${seeds[@]}" -max_total_time="$seconds" \
    -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$crashes/" >"$log" 2>&1
  set -e
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  # libFuzzer stops at the first crash, leak, timeout or out-of-memory.
  failed=$(find "$crashes" -newer "$crashes/.started" -type f \
    \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  slow=$(find "$crashes" -newer "$crashes/.started" -type f -name 'slow-unit-*' | wc -l)
  summary+=("$(printf '%-8s %6ss %10s execs  %s  failures: %s  slow units: %s' "$t" \
    "$((SECONDS - started))" "${execs:-?}" \
    "$(echo "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*')" \
    "$failed" "$slow")")
  echo "${summary[-1]}"
done
echo
echo "== summary (logs in build-fuzz/fuzz_TARGET.log)"
printf '%s\n' "${summary[@]}"
