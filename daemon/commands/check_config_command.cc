#include "daemon/commands/check_config_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "daemon/checked_config.h"

namespace corpusd {
namespace {

std::string DescribeSource(const Config& config, const SourceConfig& source) {
  const std::chrono::milliseconds interval =
      source.interval.count() > 0 ? source.interval : config.daemon.default_interval;
  return source.name + ": " + std::string(SourceTypeName(source.type)) + " " +
         (source.type == SourceType::kDirectory ? source.path : source.url) + " every " +
         FormatDuration(interval);
}

}  // namespace

CLI::App* AddCheckConfigCommand(CLI::App& app, CheckConfigArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "check-config",
      "Check a config file: print a summary, or the first problem with its line and key");
  cmd->add_option("file", args.file, "The config file")->capture_default_str();
  return cmd;
}

std::string DescribeConfig(const Config& config) {
  const std::size_t n = config.sources.size();
  std::string out = "ok, database " + config.store.database + ", " + std::to_string(n) +
                    (n == 1 ? " source" : " sources");
  for (std::size_t i = 0; i < n; ++i) {
    out += i == 0 ? " (" : "; ";
    out += DescribeSource(config, config.sources[i]);
  }
  if (n > 0) out += ")";
  return out;
}

int RunCheckConfig(const CheckConfigArgs& args) {
  Result<Config> config = LoadCheckedConfig(args.file);
  if (!config.ok()) {
    std::string message = config.status().message();
    std::error_code ec;
    const std::vector<std::string> defaults = DefaultConfigPaths();
    if (!std::filesystem::exists(args.file, ec) &&
        std::find(defaults.begin(), defaults.end(), args.file) != defaults.end()) {
      message += " (with no file named, corpusd looks for ";
      for (std::size_t i = 0; i < defaults.size(); ++i) {
        message += (i == 0 ? "" : ", then ") + defaults[i];
      }
      message += ")";
    }
    std::fprintf(stderr, "%s\n", message.c_str());
    return 1;
  }
  if (Status places = CheckPlaces(*config); !places.ok()) {
    std::fprintf(stderr, "%s\n", places.message().c_str());
    return 1;
  }
  std::printf("%s: %s\n", args.file.c_str(), DescribeConfig(*config).c_str());
  return 0;
}

}  // namespace corpusd
