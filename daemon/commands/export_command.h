// `corpusd export [--db FILE] [--since TIME] [--source NAME] [--skip-near-duplicates]`: the corpus
// as JSON Lines on standard output, one document per line in the format corpus pipelines read
// (Dolma's): {"id", "text", "source", "added", "created", "metadata"}. Streams in constant memory,
// read-only: it runs beside the daemon without blocking it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "daemon/commands/corpus_choice.h"

namespace CLI {
class App;
}

namespace corpusd {

struct ExportArgs {
  CorpusChoice corpus;                 // --db or --config
  std::string since;                   // documents added at or after it (a day, a time, a span)
  std::string until;                   // documents added before it (the same forms)
  std::vector<std::string> sources;    // any of these sources; none: all
  std::vector<std::string> languages;  // any of these languages; none: all
  std::int64_t min_chars = 0;          // texts of at least this many characters
  bool skip_near_duplicates = false;
  std::string output;  // a folder: gzip JSON Lines shards and a manifest; empty: stdout
  std::uint64_t shard_bytes = std::uint64_t{1} << 30;  // uncompressed, at most, per shard
};

CLI::App* AddExportCommand(CLI::App& app, ExportArgs& args);

// 0 after the last line (or the manifest); 2 when the corpus cannot be read,
// the arguments are wrong, or the output cannot be written.
int RunExport(const ExportArgs& args);

}  // namespace corpusd
