// `corpusd run [--config FILE] [--once] [--shard K/N]`: the daemon (daemon/service/daemon.h), as
// systemd starts it.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace corpusd {

struct RunArgs {
  std::string config_file;
  bool once = false;  // poll every source once, then exit
  std::string shard;  // "K/N": this node's share of a fleet, over the config's `shard`
};

// Declares the subcommand and its flags on `app`, filling `args` on parse.
CLI::App* AddRunCommand(CLI::App& app, RunArgs& args);

// Runs until SIGTERM or SIGINT: 0 after a clean stop, 1 when the config or
// the corpus cannot be opened.
int RunDaemon(const RunArgs& args);

}  // namespace corpusd
