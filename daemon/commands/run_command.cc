#include "daemon/commands/run_command.h"

#include <CLI/CLI.hpp>
#include <cstdlib>

#include "config/daemon_config.h"
#include "core/clock.h"
#include "core/database_url.h"
#include "core/file_system.h"
#include "daemon/checked_config.h"
#include "daemon/fetch/curl_fetcher.h"
#include "daemon/log.h"
#include "daemon/open_corpus.h"
#include "daemon/service/daemon.h"
#include "daemon/service/service_notifier.h"
#include "store/corpus.h"

namespace corpusd {
namespace {

FetchSettings FetchSettingsOf(const DaemonSettings& d, std::uint64_t max_body_bytes) {
  FetchSettings f;
  f.user_agent = d.user_agent;
  f.total_timeout = d.fetch_timeout;
  f.max_in_flight = d.max_requests;
  f.per_site_in_flight = d.per_site_requests;
  f.per_site_delay = d.per_site_delay;
  f.allow_private_links = d.allow_private_links;
  f.max_body_bytes = max_body_bytes;
  return f;
}

}  // namespace

CLI::App* AddRunCommand(CLI::App& app, RunArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "run", "Run as a daemon: poll the config file's sources until SIGTERM (SIGHUP reloads)");
  args.config_file = DefaultConfigPath();
  cmd->add_option("--config", args.config_file, "The config file")->capture_default_str();
  cmd->add_flag("--once", args.once,
                "Poll every source once (until a full folder or feed is worked off), then exit");
  cmd->add_option("--shard", args.shard,
                  "K/N: take only node K's share of the sources' sites, of N nodes sharing one "
                  "corpus (over the config's shard)");
  return cmd;
}

int RunDaemon(const RunArgs& args) {
  Result<Config> config = LoadCheckedConfig(args.config_file);
  if (!config.ok()) {
    LogError(config.status().message());
    return 1;
  }
  SetLogLevel(config->daemon.log_level);
  if (!args.shard.empty()) {
    Result<Shard> shard = ParseShard(args.shard);
    if (!shard.ok()) {
      LogError("--shard: " + shard.status().message());
      return 1;
    }
    config->daemon.shard = *shard;
  }
  // systemd starts services in / (INVOCATION_ID is set for every unit it runs):
  // the default "corpus.db" would be /corpus.db, or not writable at all.
  if (!config->database_given && std::getenv("INVOCATION_ID") != nullptr) {
    LogError(config->file +
             ": database: required when corpusd runs as a service (its working directory "
             "is /); name the corpus file, e.g. database = \"/var/lib/corpusd/corpus.db\"");
    return 1;
  }
  Result<std::unique_ptr<Corpus>> store = OpenCorpus(config->store.database);
  if (!store.ok()) {
    LogError(RedactedUrl(config->store.database) + ": " + store.status().message());
    return 1;
  }
  RealFileSystem fs;
  SystemClock clock;
  SystemdNotifier notifier;
  const FetchSettings fetch = FetchSettingsOf(config->daemon, config->import.max_document_bytes);
  Daemon daemon(std::move(*config), std::move(*store), fs, clock, notifier,
                [&fetch](std::function<void(std::function<void()>)> post) {
                  return std::make_unique<CurlFetcher>(fetch, std::move(post));
                });
  const int status = daemon.Run(args.once);
  // Work still running past the stop deadline is not waited for: what is
  // done is committed (WAL), and the rest is read again at the next start.
  if (daemon.work_abandoned()) std::_Exit(status);
  return status;
}

}  // namespace corpusd
