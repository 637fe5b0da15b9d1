// `corpusd export`'s output loaded back into a corpus, a SQLite file or
// PostgreSQL (`corpusd copy --from DIR`): each JSON line (id, text, source,
// added, created, metadata) becomes a document again, through the corpus's
// own append, so duplicates are found and near-duplicates marked there.
// What an export leaves out stays out: removals, repairs, date mentions; the
// raw input kept is the text itself. Lines that are not export records are
// refused one by one, with their file and line.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/corpus.h"

namespace corpusd {

struct LoadReport {
  std::int64_t lines = 0;
  std::int64_t stored = 0;
  std::int64_t duplicates = 0;
  std::vector<std::string> refused;  // "shard.jsonl.gz:12: why"
};

// True for what LoadExport takes: a directory of shards (`export --output`)
// or one `.jsonl` / `.jsonl.gz` file.
bool IsExportOutput(const std::string& path);

// Loads every `.jsonl.gz` and `.jsonl` file of `path` (in name order), or the
// one file, into `corpus`, a batch at a time.
Result<LoadReport> LoadExport(const std::string& path, Corpus& corpus,
                              const std::function<void(const LoadReport&)>& progress = {});

}  // namespace corpusd
