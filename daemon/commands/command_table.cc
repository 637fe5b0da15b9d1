#include "daemon/commands/command_table.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

#include "config/did_you_mean.h"
#include "daemon/commands/check_config_command.h"
#include "daemon/commands/copy_command.h"
#include "daemon/commands/export_command.h"
#include "daemon/commands/extract_command.h"
#include "daemon/commands/feed_command.h"
#include "daemon/commands/fix_text_command.h"
#include "daemon/commands/import_command.h"
#include "daemon/commands/opml_command.h"
#include "daemon/commands/reprocess_command.h"
#include "daemon/commands/run_command.h"
#include "daemon/commands/stats_command.h"

namespace corpusd {
namespace {

// One command's arguments, its declaration and its run function.
template <class Args, CLI::App* (*AddFn)(CLI::App&, Args&), int (*RunFn)(const Args&)>
class Declared final : public DeclaredCommand {
 public:
  explicit Declared(CLI::App& app) : app_(AddFn(app, args_)) {}
  bool chosen() const override { return static_cast<bool>(*app_); }
  int Run() override { return RunFn(args_); }

 private:
  Args args_;
  CLI::App* app_;
};

template <class Args, CLI::App* (*AddFn)(CLI::App&, Args&), int (*RunFn)(const Args&)>
std::unique_ptr<DeclaredCommand> Declare(CLI::App& app) {
  return std::make_unique<Declared<Args, AddFn, RunFn>>(app);
}

constexpr CommandEntry kCommands[] = {
    {"import", Declare<ImportArgs, AddImportCommand, RunImport>},
    {"extract", Declare<ExtractArgs, AddExtractCommand, RunExtract>},
    {"fix-text", Declare<FixTextArgs, AddFixTextCommand, RunFixText>},
    {"check-config", Declare<CheckConfigArgs, AddCheckConfigCommand, RunCheckConfig>},
    {"run", Declare<RunArgs, AddRunCommand, RunDaemon>},
    {"feed", Declare<FeedArgs, AddFeedCommand, RunFeed>},
    {"export", Declare<ExportArgs, AddExportCommand, RunExport>},
    {"stats", Declare<StatsArgs, AddStatsCommand, RunStats>},
    {"reprocess", Declare<ReprocessArgs, AddReprocessCommand, RunReprocess>},
    {"opml", Declare<OpmlArgs, AddOpmlCommand, RunOpml>},
    {"copy", Declare<CopyArgs, AddCopyCommand, RunCopy>},
};

}  // namespace

std::span<const CommandEntry> Commands() { return kCommands; }

int RunCommandLine(int argc, char** argv) {
  // "corpusd", not the path it was started by, in usage lines.
  CLI::App app{"corpusd: corpus ingestion and normalization", "corpusd"};
  app.set_version_flag("--version", "corpusd 0.1.0");
  // A mistyped command gets a suggestion, as a mistyped config key does.
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string_view> names;
    for (const CommandEntry& entry : Commands()) names.push_back(entry.name);
    const std::string_view word = argv[1];
    if (std::find(names.begin(), names.end(), word) == names.end()) {
      std::fprintf(stderr, "corpusd: unknown command \"%s\"%s; run corpusd --help for the list\n",
                   argv[1], DidYouMeanSuffix(word, names).c_str());
      return 2;
    }
  }
  app.require_subcommand(1);
  std::vector<std::unique_ptr<DeclaredCommand>> declared;
  for (const CommandEntry& entry : Commands()) declared.push_back(entry.declare(app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  for (const auto& command : declared) {
    if (command->chosen()) return command->Run();
  }
  return 2;
}

}  // namespace corpusd
