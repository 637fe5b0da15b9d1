// corpusd: one executable, one subcommand per job.
#include <CLI/CLI.hpp>
#include <csignal>

#include "daemon/commands/check_config_command.h"
#include "daemon/commands/export_command.h"
#include "daemon/commands/extract_command.h"
#include "daemon/commands/feed_command.h"
#include "daemon/commands/fix_text_command.h"
#include "daemon/commands/import_command.h"
#include "daemon/commands/reprocess_command.h"
#include "daemon/commands/run_command.h"
#include "daemon/commands/stats_command.h"

int main(int argc, char** argv) {
  // A write past the file size limit (RLIMIT_FSIZE) fails with EFBIG, which
  // the store reports as it reports a full disk, instead of killing corpusd.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"corpusd: corpus ingestion and normalization"};
  app.set_version_flag("--version", "corpusd 0.1.0");
  app.require_subcommand(1);

  corpusd::ImportArgs import_args;
  CLI::App* import = corpusd::AddImportCommand(app, import_args);
  corpusd::ExtractArgs extract_args;
  CLI::App* extract = corpusd::AddExtractCommand(app, extract_args);
  corpusd::FixTextArgs fix_text_args;
  CLI::App* fix_text = corpusd::AddFixTextCommand(app, fix_text_args);
  corpusd::CheckConfigArgs check_config_args;
  CLI::App* check_config = corpusd::AddCheckConfigCommand(app, check_config_args);
  corpusd::RunArgs run_args;
  CLI::App* run = corpusd::AddRunCommand(app, run_args);
  corpusd::FeedArgs feed_args;
  CLI::App* feed = corpusd::AddFeedCommand(app, feed_args);
  corpusd::ExportArgs export_args;
  CLI::App* export_command = corpusd::AddExportCommand(app, export_args);
  corpusd::StatsArgs stats_args;
  CLI::App* stats = corpusd::AddStatsCommand(app, stats_args);
  corpusd::ReprocessArgs reprocess_args;
  CLI::App* reprocess = corpusd::AddReprocessCommand(app, reprocess_args);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (*import) return corpusd::RunImport(import_args);
  if (*extract) return corpusd::RunExtract(extract_args);
  if (*fix_text) return corpusd::RunFixText(fix_text_args);
  if (*check_config) return corpusd::RunCheckConfig(check_config_args);
  if (*run) return corpusd::RunDaemon(run_args);
  if (*feed) return corpusd::RunFeed(feed_args);
  if (*export_command) return corpusd::RunExport(export_args);
  if (*stats) return corpusd::RunStats(stats_args);
  if (*reprocess) return corpusd::RunReprocess(reprocess_args);
  return 2;
}
