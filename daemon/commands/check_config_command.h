// `corpusd check-config [FILE]`: reads a config file as the daemon would and
// prints a one-line summary (exit 0) or the first problem, naming the file,
// line, column and key (exit 1).
#pragma once

#include <string>

#include "config/daemon_config.h"

namespace CLI {
class App;
}

namespace corpusd {

struct CheckConfigArgs {
  std::string file = DefaultConfigPath();
};

// Declares the subcommand and its argument on `app`, filling `args` on parse.
CLI::App* AddCheckConfigCommand(CLI::App& app, CheckConfigArgs& args);

// Runs it: 0 when the file is valid, 1 when it is not (or cannot be read).
int RunCheckConfig(const CheckConfigArgs& args);

// "ok, database /var/lib/corpusd/corpus.db, 1 source (inbox: directory
// /srv/corpus/inbox every 30s)"
std::string DescribeConfig(const Config& config);

}  // namespace corpusd
