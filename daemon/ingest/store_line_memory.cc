#include "daemon/ingest/store_line_memory.h"

#include <utility>

namespace corpusd {

StoreLineMemory::StoreLineMemory(Corpus& store, std::string source)
    : store_(store), source_(std::move(source)) {
  Refresh();
}

std::int64_t StoreLineMemory::DocumentsWithLine(std::int64_t fingerprint) const {
  // A failed lookup counts as "not seen": the line is kept, nothing is lost.
  Result<std::int64_t> n = store_.DocumentsWithLine(source_, fingerprint);
  return n.ok() ? *n : 0;
}

void StoreLineMemory::Refresh() {
  Result<std::int64_t> n = store_.DocumentsOfSource(source_);
  documents_ = n.ok() ? *n : 0;
}

}  // namespace corpusd
