// Loading the config file as every subcommand that uses it does (run and
// its reloads, check-config, import --config).
#pragma once

#include <string>

#include "config/daemon_config.h"

namespace corpusd {

// LoadConfig, then what config/ cannot check without the parsers: each
// source's drop_regex compiles and its time_zone is one ICU knows. Messages
// name the file and the source's [[source]] line:
//   corpusd.toml:9:1: source "inbox": time_zone: unknown time zone: Europe/Budapset
// Also refuses drop folders that would take each other's files: two sources
// on one folder (or one inside another), done/ or failed/ that is the
// source's own folder or lies in another source's.
Result<Config> LoadCheckedConfig(const std::string& path);

// What only the machine can tell, for check-config (the daemon waits for a
// folder that is not there yet): every drop folder exists, and the
// database's folder (and file), where there, can be written.
Status CheckPlaces(const Config& config);

}  // namespace corpusd
