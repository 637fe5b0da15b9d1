// Reading the corpus without writing it: what `corpusd export` (and other
// read-only subcommands) use. Opens the file read-only, never migrates it,
// and streams documents one at a time, so memory stays constant whatever the
// corpus size. Readers never block the writer (WAL).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/sqlite.h"

namespace corpusd {

// A stored document as readers see it: the `documents` row.
struct StoredDocument {
  std::int64_t id = 0;
  std::string source;
  std::string text;
  std::string fetched_at;
  std::string content_hash;
  std::string content_type;
  std::string encoding;
  std::optional<std::string> url, title, author, published_at, language, dateline, modified_at,
      canonical_url, site_name, description, extraction, rules_version;
  std::int64_t near_duplicate_of = 0;  // 0: none
};

struct DocumentFilter {
  std::string since;                   // fetched_at at or after this ISO 8601 UTC time; empty: all
  std::string until;                   // fetched_at before this ISO 8601 UTC time; empty: no bound
  std::string source;                  // only this source; empty: all
  std::vector<std::string> sources;    // any of these sources; empty: all
  std::vector<std::string> languages;  // any of these languages; empty: all
  std::int64_t min_chars = 0;          // texts of at least this many characters
  std::int64_t after_id = 0;           // ids above this (a resumed export)
  bool skip_near_duplicates = false;
};

class CorpusReader {
 public:
  // Fails for a missing file, a file that is not a corpus, or a schema other
  // than this build's (an older corpus is migrated by the next writer).
  static Result<std::unique_ptr<CorpusReader>> Open(const std::string& path);

  // Calls `visit` for each matching document in id order; stops early when
  // it returns false.
  Status ForEachDocument(const DocumentFilter& filter,
                         const std::function<bool(const StoredDocument&)>& visit);

  // Runs a query of the caller's and calls `visit` for each row: for
  // summaries such as store/corpus_stats.h.
  Status ForEachRow(std::string_view sql, const std::function<void(const SqliteStatement&)>& visit);

 private:
  explicit CorpusReader(std::unique_ptr<SqliteDatabase> db) : db_(std::move(db)) {}
  std::unique_ptr<SqliteDatabase> db_;
};

}  // namespace corpusd
