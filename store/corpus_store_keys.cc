// CorpusStore: duplicates. Exact ones (the same content hash or duplicate
// key) are not stored again; near-duplicates are stored and marked with the
// earlier document they nearly repeat (`near_duplicate_of`), found through
// the MinHash LSH bands (core/minhash.h). Schema v6.
#include <set>
#include <string>

#include "store/corpus_store.h"

namespace corpusd {

Result<std::int64_t> CorpusStore::ExactDuplicateOf(const Record& record) {
  for (SqliteStatement* find : {find_by_hash_.get(), find_by_key_.get()}) {
    const std::string& value =
        find == find_by_hash_.get() ? record.content_hash : record.text_key_hash;
    if (value.empty()) continue;
    if (Status s = find->BindAll(value); !s.ok()) return s;
    Result<std::int64_t> id = find->StepOneInt64();
    if (!id.ok() || *id != 0) return id;
  }
  return 0;
}

Result<std::int64_t> CorpusStore::NearDuplicateOf(const minhash::Signature& signature,
                                                  std::int64_t before) {
  const std::vector<std::int64_t> buckets = minhash::Buckets(signature);
  std::set<std::int64_t> candidates;
  for (std::size_t band = 0; band < buckets.size(); ++band) {
    SqliteStatement& find = *find_band_;
    if (Status s = find.BindAll(static_cast<std::int64_t>(band), buckets[band], before); !s.ok()) {
      return s;
    }
    for (;;) {
      Result<bool> row = find.Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      candidates.insert(find.ColumnInt64(0));
    }
  }
  std::int64_t best = 0;
  double best_similarity = 0;
  for (std::int64_t id : candidates) {  // ascending: ties go to the earliest
    auto cached = signatures_.find(id);
    if (cached == signatures_.end()) {
      if (Status s = load_signature_->BindAll(id); !s.ok()) return s;
      Result<bool> row = load_signature_->Step();
      if (!row.ok()) return row.status();
      if (!*row) continue;
      Result<minhash::Signature> other = minhash::Unpack(load_signature_->ColumnBlob(0));
      load_signature_->Reset();   // holds no read transaction open
      if (!other.ok()) continue;  // a damaged signature only loses a candidate
      if (signatures_.size() >= kMaxCachedSignatures) signatures_.clear();
      cached = signatures_.emplace(id, std::move(*other)).first;
    }
    const double similarity = minhash::Similarity(signature, cached->second);
    if (similarity >= minhash::kNearDuplicate && similarity > best_similarity) {
      best = id;
      best_similarity = similarity;
    }
  }
  return best;
}

Status CorpusStore::SaveSignature(std::int64_t id, const minhash::Signature& signature) {
  signatures_.erase(id);
  if (signature.empty()) return Status::Ok();
  Status s = insert_signature_->BindAll(id);
  if (s.ok()) s = insert_signature_->BindBlob(2, minhash::Pack(signature));
  if (s.ok()) {
    Result<bool> row = insert_signature_->Step();
    if (!row.ok()) s = row.status();
  }
  const std::vector<std::int64_t> buckets = minhash::Buckets(signature);
  for (std::size_t band = 0; s.ok() && band < buckets.size(); ++band) {
    s = insert_band_->Run(static_cast<std::int64_t>(band), buckets[band], id);
  }
  return s;
}

Result<std::vector<KeylessDocument>> CorpusStore::DocumentsWithoutKeys(int limit) {
  Result<SqliteStatement> stmt = db_->Prepare(
      "SELECT id, text FROM documents WHERE text_key_hash IS NULL ORDER BY id LIMIT ?1");
  if (!stmt.ok()) return stmt.status();
  if (Status s = stmt->BindAll(std::int64_t{limit}); !s.ok()) return s;
  std::vector<KeylessDocument> out;
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({stmt->ColumnInt64(0), stmt->ColumnText(1).value_or("")});
  }
  return out;
}

Status CorpusStore::SetKeysOf(const DocumentKeys& k) {
  SqliteStatement* update = set_keys_.get();
  Result<std::int64_t> near = NearDuplicateOf(k.minhash, k.id);
  Status s = near.status();
  if (s.ok()) s = update->BindAll(k.id, k.text_key_hash);
  if (s.ok()) s = *near != 0 ? update->BindInt64(3, *near) : update->BindNull(3);
  if (s.ok()) {
    Result<bool> row = update->Step();
    if (!row.ok()) s = row.status();
  }
  if (s.ok()) s = SaveSignature(k.id, k.minhash);
  return s;
}

}  // namespace corpusd
