// Opening the corpus for writing, as every writing subcommand does: the store
// opens (and migrates) the file, then the duplicate keys that a migration
// cannot compute in SQL (NFKC case folding, MinHash) are filled in for
// documents stored by an older corpusd, a batch per short transaction.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "store/corpus.h"

namespace corpusd {

// The corpus `path` names: a PostgreSQL URL ("postgresql://...": connected,
// its tables created if missing), else a SQLite file (opened, migrated and
// with its keys filled).
Result<std::unique_ptr<Corpus>> OpenCorpus(const std::string& path);

// Fills in missing duplicate keys; returns how many documents got them.
Result<std::int64_t> FillMissingKeys(Corpus& store);

}  // namespace corpusd
