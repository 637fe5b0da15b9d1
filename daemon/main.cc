// corpusd: one executable, one subcommand per job.
#include <CLI/CLI.hpp>

#include "daemon/extract_command.h"
#include "daemon/fix_text_command.h"
#include "daemon/import_command.h"

int main(int argc, char** argv) {
  CLI::App app{"corpusd: corpus ingestion and normalization"};
  app.set_version_flag("--version", "corpusd 0.1.0");
  app.require_subcommand(1);

  corpusd::ImportArgs import_args;
  CLI::App* import = corpusd::AddImportCommand(app, import_args);
  corpusd::ExtractArgs extract_args;
  CLI::App* extract = corpusd::AddExtractCommand(app, extract_args);
  corpusd::FixTextArgs fix_text_args;
  CLI::App* fix_text = corpusd::AddFixTextCommand(app, fix_text_args);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (*import) return corpusd::RunImport(import_args);
  if (*extract) return corpusd::RunExtract(extract_args);
  if (*fix_text) return corpusd::RunFixText(fix_text_args);
  return 2;
}
