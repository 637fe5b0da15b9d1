#include "daemon/commands/opml_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <set>

#include "config/source_tables.h"
#include "core/file_system.h"
#include "daemon/checked_config.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

constexpr std::uint64_t kMaxOpmlBytes = std::uint64_t{16} << 20;

Result<std::string> ReadInput(const std::string& file) {
  RealFileSystem fs;
  return file == "-" ? ReadAll(STDIN_FILENO, kMaxOpmlBytes) : fs.ReadFile(file, kMaxOpmlBytes);
}

int Import(const OpmlArgs& args) {
  Result<std::string> bytes = ReadInput(args.file);
  if (!bytes.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", args.file.c_str(), bytes.status().message().c_str());
    return 1;
  }
  Result<OpmlList> list = ParseOpml(*bytes);
  if (!list.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", args.file.c_str(), list.status().message().c_str());
    return 1;
  }
  // The config file as it is; a missing one is started.
  std::string old_text;
  Config config;
  std::error_code ec;
  if (std::filesystem::exists(args.config, ec)) {
    Result<Config> loaded = LoadCheckedConfig(args.config);
    if (!loaded.ok()) {
      std::fprintf(stderr, "corpusd: %s\n", loaded.status().message().c_str());
      return 1;
    }
    config = std::move(*loaded);
    Result<std::string> text = RealFileSystem().ReadFile(args.config, kMaxOpmlBytes);
    if (!text.ok()) {
      std::fprintf(stderr, "corpusd: %s: %s\n", args.config.c_str(),
                   text.status().message().c_str());
      return 1;
    }
    old_text = std::move(*text);
  }
  const OpmlImportPlan plan = PlanOpmlImport(*list, config);
  for (const std::string& name : list->without_url) {
    std::fprintf(stderr, "corpusd: %s: outline \"%s\" names no feed (no xmlUrl): skipped\n",
                 args.file.c_str(), name.c_str());
  }
  const std::string tables = SourceTablesToml(plan.sources);
  if (args.dry_run) {
    std::fputs(tables.c_str(), stdout);
  } else if (!plan.sources.empty()) {
    std::string new_text = old_text;
    if (!new_text.empty() && !new_text.ends_with('\n')) new_text += '\n';
    if (!new_text.empty()) new_text += '\n';
    new_text += "# From " + (args.file == "-" ? std::string("standard input") : args.file) +
                " by corpusd opml import\n" + tables;
    // The file as the daemon would read it, before it replaces the old one.
    Result<Config> checked = ParseConfig(new_text, args.config);
    if (!checked.ok()) {
      std::fprintf(stderr, "corpusd: %s: not written: %s\n", args.config.c_str(),
                   checked.status().message().c_str());
      return 1;
    }
    if (Status written = ReplaceFile(args.config, new_text); !written.ok()) {
      std::fprintf(stderr, "corpusd: %s\n", written.message().c_str());
      return 1;
    }
  }
  const std::size_t n = plan.sources.size();
  std::fprintf(stderr, "%s %zu feed %s to %s (%zu already there)\n",
               args.dry_run ? "would add" : "added", n, n == 1 ? "source" : "sources",
               args.config.c_str(), plan.already_configured);
  return 0;
}

int Export(const OpmlArgs& args) {
  Result<Config> config = LoadConfig(args.config);
  if (!config.ok()) {
    std::fprintf(stderr, "corpusd: %s\n", config.status().message().c_str());
    return 1;
  }
  std::fputs(WriteOpml(FeedSourcesAsOpml(*config)).c_str(), stdout);
  return 0;
}

}  // namespace

OpmlImportPlan PlanOpmlImport(const OpmlList& list, const Config& config) {
  OpmlImportPlan plan;
  std::set<std::string> urls;
  std::set<std::string> names;
  for (const SourceConfig& s : config.sources) {
    if (!s.url.empty()) urls.insert(s.url);
    names.insert(s.name);
  }
  for (const OpmlFeed& feed : list.feeds) {
    if (!IsHttpUrl(feed.xml_url)) continue;  // the config takes http(s) feeds only
    if (!urls.insert(feed.xml_url).second) {
      ++plan.already_configured;
      continue;
    }
    const std::string base = !feed.title.empty() ? feed.title : UrlHost(feed.xml_url);
    std::string name = base;
    for (int n = 2; names.contains(name); ++n) name = base + " (" + std::to_string(n) + ")";
    names.insert(name);
    SourceConfig source;
    source.name = std::move(name);
    source.type = SourceType::kFeed;
    source.url = feed.xml_url;
    source.category = feed.category;
    source.site_url = feed.html_url;
    plan.sources.push_back(std::move(source));
  }
  return plan;
}

OpmlList FeedSourcesAsOpml(const Config& config) {
  OpmlList list;
  list.title = "corpusd feeds";
  for (const SourceConfig& s : config.sources) {
    if (s.type != SourceType::kFeed) continue;
    list.feeds.push_back(OpmlFeed{s.name, s.url, s.site_url, s.category});
  }
  return list;
}

CLI::App* AddOpmlCommand(CLI::App& app, OpmlArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "opml", "Subscription lists: import an OPML file's feeds as sources, or export them");
  cmd->require_subcommand(1);
  CLI::App* import = cmd->add_subcommand(
      "import", "Append the OPML file's feeds (not yet configured) to the config file as sources");
  import->add_option("file", args.file, "The OPML file, or - for standard input")->required();
  import->add_option("--config", args.config, "The config file to add them to")
      ->capture_default_str();
  import->add_flag("--dry-run", args.dry_run, "Print the [[source]] tables instead of adding them");
  import->callback([&args] { args.action = "import";
});
CLI::App* export_cmd =
    cmd->add_subcommand("export", "Print the config file's feed sources as OPML 2.0");
export_cmd->add_option("--config", args.config, "The config file")->capture_default_str();
export_cmd->callback([&args] { args.action = "export"; });
return cmd;
}  // namespace corpusd

int RunOpml(const OpmlArgs& args) { return args.action == "import" ? Import(args) : Export(args); }

}  // namespace corpusd
