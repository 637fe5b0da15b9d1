// LineMemory backed by the corpus: learned boilerplate asks the store how
// often a line occurs in one source's committed documents. The source's
// document count is read once and refreshed after each commit (Refresh), not
// per paragraph.
#pragma once

#include <mutex>
#include <string>

#include "parsers/text/learned_boilerplate.h"
#include "store/corpus.h"

namespace corpusd {

class StoreLineMemory final : public LineMemory {
 public:
  // The store must outlive this object.
  StoreLineMemory(Corpus& store, std::string source);

  std::int64_t DocumentsWithLine(std::int64_t fingerprint) const override;
  std::int64_t Documents() const override { return documents_; }
  // Re-reads the source's document count; call after a batch is committed.
  void Refresh();

 private:
  Corpus& store_;
  std::string source_;
  std::int64_t documents_ = 0;
};

// A LineMemory asked from worker threads: one question at a time, under the
// lock that every user of the store holds.
class LockedLineMemory final : public LineMemory {
 public:
  LockedLineMemory(const LineMemory& inner, std::mutex& mutex) : inner_(inner), mutex_(mutex) {}
  std::int64_t DocumentsWithLine(std::int64_t fingerprint) const override {
    std::lock_guard lock(mutex_);
    return inner_.DocumentsWithLine(fingerprint);
  }
  std::int64_t Documents() const override {
    std::lock_guard lock(mutex_);  // the count changes under it, after a commit
    return inner_.Documents();
  }

 private:
  const LineMemory& inner_;
  std::mutex& mutex_;
};

}  // namespace corpusd
