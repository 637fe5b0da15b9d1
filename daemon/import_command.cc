#include "daemon/import_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "daemon/importer.h"
#include "daemon/progress_line.h"
#include "daemon/settings_flags.h"

namespace corpusd {
namespace {

constexpr const char* kStdinName = "standard input";

void PrintSummary(const ImportReport& r, const std::string& db, std::FILE* out) {
  std::fprintf(out, "%zu read, %zu stored, %zu duplicates, %zu rejected (corpus: %s)\n", r.read,
               r.stored, r.duplicates, r.rejected.size(), db.c_str());
  for (const Rejection& rejection : r.rejected) {
    std::fprintf(out, "rejected %s: %s\n", rejection.input.c_str(), rejection.reason.c_str());
  }
}

}  // namespace

CLI::App* AddImportCommand(CLI::App& app, ImportArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "import", "Import files, directories (recursively) or standard input (-) into the corpus");
  cmd->add_option("--db", args.store.database, "The corpus file")->capture_default_str();
  AddImportSettingsFlags(*cmd, args.import);
  cmd->add_option("paths", args.paths, "Files, directories, or - for standard input")->required();
  return cmd;
}

int RunImport(const ImportArgs& args) {
  Result<BoilerplateRules> rules = BoilerplateRules::Create(args.import.boilerplate);
  if (!rules.ok()) {
    std::fprintf(stderr, "corpusd: %s\n", rules.status().message().c_str());
    return 2;
  }
  Result<std::unique_ptr<CorpusStore>> store = CorpusStore::Open(args.store.database);
  if (!store.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", args.store.database.c_str(),
                 store.status().message().c_str());
    return 2;
  }

  RealFileSystem fs;
  SystemClock clock;
  Importer importer(**store, fs, clock, args.import, *rules);

  std::vector<std::string> paths;
  bool read_stdin = false;
  for (const std::string& path : args.paths) {
    if (path == "-") {
      read_stdin = true;
    } else {
      paths.push_back(path);
    }
  }
  ExpandedPaths expanded = ExpandPaths(paths, fs);
  for (Rejection& rejection : expanded.rejected) importer.Reject(std::move(rejection));

  {
    ProgressLine progress(expanded.files.size() + (read_stdin ? 1 : 0));
    std::size_t done = 0;
    if (read_stdin) {
      Result<std::string> bytes = ReadAll(STDIN_FILENO, args.import.max_document_bytes);
      if (!bytes.ok()) {
        importer.Reject({kStdinName, bytes.status().message()});
      } else {
        RawInput input;
        input.bytes = std::move(*bytes);
        input.name = kStdinName;
        importer.ImportBytes(std::move(input));
      }
      progress.Update(++done, importer.report());
    }
    for (const std::string& file : expanded.files) {
      importer.ImportFile(file);
      progress.Update(++done, importer.report());
    }
    importer.Flush();
  }  // the progress line is cleared before the summary

  const ImportReport& report = importer.report();
  PrintSummary(report, args.store.database, stdout);
  return report.rejected.empty() ? 0 : 1;
}

}  // namespace corpusd
