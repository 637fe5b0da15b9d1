// `corpusd export [--db FILE] [--since TIME] [--source NAME] [--skip-near-duplicates]`: the corpus
// as JSON Lines on standard output, one document per line in the format corpus pipelines read
// (Dolma's): {"id", "text", "source", "added", "created", "metadata"}. Streams in constant memory,
// read-only: it runs beside the daemon without blocking it.
#pragma once

#include <string>

#include "daemon/commands/corpus_choice.h"

namespace CLI {
class App;
}

namespace corpusd {

struct ExportArgs {
  CorpusChoice corpus;  // --db or --config
  std::string since;    // ISO 8601 UTC: documents added at or after it
  std::string source;   // one source only
  bool skip_near_duplicates = false;
};

CLI::App* AddExportCommand(CLI::App& app, ExportArgs& args);

// 0 after the last line; 2 when the corpus cannot be read.
int RunExport(const ExportArgs& args);

}  // namespace corpusd
