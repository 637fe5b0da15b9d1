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
Result<Config> LoadCheckedConfig(const std::string& path);

}  // namespace corpusd
