// Moving a whole corpus between databases: a SQLite file and a PostgreSQL
// database, either way (`corpusd copy --from A --to B`). Every table the
// corpus has (store/schema.cc, store/pg_schema.cc) is copied row by row with
// its ids, so that references between tables (removals, raw inputs,
// near-duplicates, seen items) stay right; the target is created if missing
// and must hold no documents yet. Batches of documents, each with all that
// belongs to them, are committed together: an interrupted copy leaves whole
// documents, and is run again into a fresh target.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/status.h"

namespace corpusd {

struct CopyCounts {
  std::int64_t documents = 0;
  std::int64_t rows = 0;  // in every table, documents included
};

// `from` and `to`: a file path or a "postgresql://" URL. `progress` is
// called after each committed batch.
Result<CopyCounts> CopyCorpus(const std::string& from, const std::string& to,
                              const std::function<void(const CopyCounts&)>& progress = {});

}  // namespace corpusd
