#include "daemon/commands/copy_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>

#include "core/database_url.h"
#include "daemon/commands/export_loader.h"
#include "daemon/open_corpus.h"
#include "store/corpus_copy.h"

namespace corpusd {

CLI::App* AddCopyCommand(CLI::App& app, CopyArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "copy", "Copy a whole corpus between a SQLite file and a PostgreSQL database");
  cmd->add_option("--from", args.from,
                  "The corpus to copy: a file, or a postgresql:// URL; or the output of "
                  "`corpusd export` (a folder of shards, or one .jsonl/.jsonl.gz file) to load")
      ->required();
  cmd->add_option("--to", args.to,
                  "Where to: a file or a postgresql:// URL, created if missing, with no "
                  "documents yet")
      ->required();
  return cmd;
}

namespace {

// --from names `corpusd export` output: its records are loaded into --to.
int LoadExportInto(const CopyArgs& args) {
  Result<std::unique_ptr<Corpus>> corpus = OpenCorpus(args.to);
  if (!corpus.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", RedactedUrl(args.to).c_str(),
                 corpus.status().message().c_str());
    return 1;
  }
  Result<LoadReport> report = LoadExport(args.from, **corpus);
  if (!report.ok()) {
    std::fprintf(stderr, "corpusd: copy: %s\n", report.status().message().c_str());
    return 1;
  }
  std::printf("loaded %lld documents (%lld duplicates, %zu refused) from %s into %s\n",
              static_cast<long long>(report->stored), static_cast<long long>(report->duplicates),
              report->refused.size(), args.from.c_str(), RedactedUrl(args.to).c_str());
  for (const std::string& why : report->refused) std::printf("refused %s\n", why.c_str());
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

int RunCopy(const CopyArgs& args) {
  if (!IsPostgresUrl(args.from) && IsExportOutput(args.from)) return LoadExportInto(args);
  // A mistyped source path would otherwise be created, empty, and copied.
  if (!IsPostgresUrl(args.from) && !std::filesystem::exists(args.from)) {
    std::fprintf(stderr, "corpusd: %s: no such corpus file\n", args.from.c_str());
    return 1;
  }
  const bool terminal = isatty(STDERR_FILENO) != 0;  // progress only where someone watches
  Result<CopyCounts> counts = CopyCorpus(args.from, args.to, [terminal](const CopyCounts& so_far) {
    if (terminal) {
      std::fprintf(stderr, "\r%lld documents copied", static_cast<long long>(so_far.documents));
    }
  });
  if (terminal) std::fprintf(stderr, "\r\033[K");
  if (!counts.ok()) {
    std::fprintf(stderr, "corpusd: copy: %s\n", counts.status().message().c_str());
    return 1;
  }
  std::printf("copied %lld documents (%lld rows) from %s to %s\n",
              static_cast<long long>(counts->documents), static_cast<long long>(counts->rows),
              RedactedUrl(args.from).c_str(), RedactedUrl(args.to).c_str());
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace corpusd
