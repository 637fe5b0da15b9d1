// What a corpus holds, summed up for `corpusd stats`: documents per source
// and per day, languages, duplicates, the boilerplate removed by each rule,
// and failures. Read-only (store/corpus_reader.h): runs beside the daemon.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "store/corpus_reader.h"

namespace corpusd {

struct SourceStats {
  std::string source;
  std::int64_t documents = 0;
  std::int64_t near_duplicates = 0;  // stored, marked near_duplicate_of
  std::int64_t duplicates = 0;       // exact duplicates of its documents met, not stored again
  std::int64_t rejected = 0;         // files and feed items refused
  std::string first_added, last_added;
  // From the daemon's schedule (source_state); empty for import-only sources.
  std::int64_t failures_in_a_row = 0;
  std::string last_error, parked;
};

struct DayStats {
  std::string day;  // YYYY-MM-DD (UTC) the documents were added
  std::string source;
  std::int64_t documents = 0;
};

using Counted = std::vector<std::pair<std::string, std::int64_t>>;  // most first

struct CorpusStats {
  std::int64_t documents = 0;
  std::int64_t text_bytes = 0;
  std::int64_t near_duplicates = 0;
  std::int64_t duplicates = 0;      // exact duplicates met (content hash or key)
  std::int64_t url_duplicates = 0;  // feed items not fetched: their URL was stored
  std::int64_t rejected = 0;
  std::vector<SourceStats> sources;
  std::vector<DayStats> days;  // oldest first
  Counted languages;           // "" for documents of no detected language
  Counted removals_by_rule;    // how many paragraphs each rule removed
  Counted rejection_reasons;   // the ten commonest
  Counted rules_versions;      // which cleaning made how many documents
};

Result<CorpusStats> ReadCorpusStats(CorpusReader& reader);

}  // namespace corpusd
