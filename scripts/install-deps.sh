#!/usr/bin/env bash
# Installs every Debian 12 package that corpusd's build, tests and tools need.
# Idempotent and non-interactive; runs apt only when something is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config       # toolchain
  libicu-dev                             # charset conversion, Unicode normalization
  libgumbo-dev                           # HTML5 parsing
  libxml2-dev                            # XML parsing: feeds and sitemaps
  libcurl4-openssl-dev                   # libcurl: URL parsing and resolution
  libpsl-dev                             # Public Suffix List: sites for the fetcher's politeness
  libcld2-dev                            # language identification
  libsqlite3-dev sqlite3                 # the corpus file, and the shell to read it
  libpq-dev postgresql                   # the PostgreSQL corpus (libpq), and a server for its tests
  libzstd-dev                            # raw input compression
  zlib1g-dev                             # gzip: export shards (.jsonl.gz)
  libssl-dev                             # SHA-256 content hashes (libcrypto)
  libxxhash-dev                          # XXH3: MinHash shingle hashes (core/minhash.h)
  libcli11-dev                           # command-line parsing
  nlohmann-json3-dev                     # JSON output
  libtomlplusplus-dev                    # the TOML config file (toml++)
  libboost-dev                           # Boost.Asio: the daemon's event loop
  libsystemd-dev                         # sd_notify: readiness, status, watchdog
  libgtest-dev libgmock-dev              # tests
  libbenchmark-dev                       # benchmarks
  clang libclang-rt-14-dev               # the fuzz targets (libFuzzer; scripts/fuzz.sh)
  python3                                # the dev-set scorer, the tests' HTTP server
  man-db                                 # man -l: the man pages' test
  newsboat                               # the feed benchmark's baseline
  python3-readability                    # readability-lxml: the page benchmark's peer (scripts/bench_peers.py)
  systemd                                # systemd-analyze, -sysusers, -tmpfiles: the unit's tests
  faketime                               # libfaketime: the daemon under a wall clock that jumps (tests)
  # Word lists and spelling dictionaries of 20 languages: the generated
  # mojibake dev set (scripts/gen_mojibake.py).
  wamerican wngerman wfrench wspanish witalian wportuguese wpolish wdanish wswedish
  wnorwegian wukrainian wbulgarian wcatalan
  hunspell-cs hunspell-hu hunspell-ro hunspell-el hunspell-tr hunspell-vi hunspell-ru
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root (or install sudo)" >&2; exit 1; }
  as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
