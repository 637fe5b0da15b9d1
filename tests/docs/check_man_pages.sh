#!/bin/sh
# Every subcommand (daemon/commands/command_table.cc), every command-line flag
# (add_option/add_flag "--..." in daemon/commands/*.cc) and every config key
# (kTopKeys, kSourceKeys in config/daemon_config.cc) appears in the man pages.
# Usage: sh check-man-pages.sh [SOURCE_DIR]; exit status 1 names what is missing.
set -eu
cd "${1:-.}"
fail=0
roff() { printf '%s' "$1" | sed 's/-/\\-/g'; }  # "check-config" -> "check\-config"

for c in $(sed -n 's/^ *{"\([a-z-]*\)", *Declare<.*/\1/p' daemon/commands/command_table.cc); do
  if grep -qF ".SS \"corpusd $(roff "$c")" man/corpusd.1; then echo "ok   command $c"
  else echo "MISSING command $c (no .SS in man/corpusd.1)"; fail=1; fi
done

for f in $(grep -ho '"--[a-z][a-z-]*"' daemon/commands/*.cc | tr -d '"' | sort -u); do
  if grep -qF -- "$(roff "$f")" man/corpusd.1; then echo "ok   flag $f"
  else echo "MISSING flag $f (man/corpusd.1)"; fail=1; fi
done

for k in $(sed -n '/^const std::vector<std::string_view> k\(Top\|Source\)Keys = {/,/};/p' \
             config/daemon_config.cc | grep -o '"[a-z_]*"' | tr -d '"'); do
  if grep -qE "^\.BR? (\[\[)?$k(\]\])?( |\$)" man/corpusd.toml.5; then echo "ok   key $k"
  else echo "MISSING key $k (man/corpusd.toml.5)"; fail=1; fi
done
exit $fail
