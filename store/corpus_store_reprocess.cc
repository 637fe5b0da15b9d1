// CorpusStore: reprocessing. Documents are read back in id order and
// replaced in place, a batch per short transaction: a reader sees each
// document wholly as it was or wholly as it is now (text, full-text entry,
// removals, keys), never a mix, and its id never changes.
#include <string>

#include "store/corpus_store.h"
#include "store/record_columns.h"

namespace corpusd {

Result<std::vector<StoredRecord>> CorpusStore::RecordsAfter(std::int64_t after_id, int limit) {
  Result<SqliteStatement> stmt = db_->Prepare(std::string("SELECT ") + kRecordColumns +
                                              " FROM documents WHERE id > ?1 ORDER BY id LIMIT ?2");
  if (!stmt.ok()) return stmt.status();
  if (Status s = stmt->BindAll(after_id, std::int64_t{limit}); !s.ok()) return s;
  std::vector<StoredRecord> out;
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return out;
    out.push_back(StoredRecordFrom([&](int i) { return stmt->ColumnText(i); },
                                   [&](int i) { return stmt->ColumnInt64(i); }));
  }
}

Result<ReplaceOutcome> CorpusStore::ReplaceOne(const StoredRecord& stored,
                                               const minhash::Signature& signature) {
  const Record& r = stored.record;
  Result<SqliteStatement> other = db_->Prepare(
      "SELECT id FROM documents WHERE id != ?1 AND (content_hash = ?2 OR text_key_hash = ?3)"
      " ORDER BY id LIMIT 1");
  if (!other.ok()) return other.status();
  if (Status s = other->BindAll(stored.id, r.content_hash, r.text_key_hash); !s.ok()) return s;
  Result<bool> clash = other->Step();
  if (!clash.ok()) return clash.status();
  if (*clash) return ReplaceOutcome{.replaced = false, .conflict_with = other->ColumnInt64(0)};

  Result<std::int64_t> near = NearDuplicateOf(signature, stored.id);
  if (!near.ok()) return near.status();
  Result<SqliteStatement> update = db_->Prepare(
      "UPDATE documents SET url = ?2, title = ?3, author = ?4, published_at = ?5, language = ?6,"
      " text = ?7, content_hash = ?8, content_type = ?9, encoding = ?10,"
      " replaced_sequences = ?11, dateline = ?12, encoding_decided_by = ?13, modified_at = ?14,"
      " canonical_url = ?15, site_name = ?16, description = ?17, extraction = ?18,"
      " text_key_hash = ?19, rules_version = ?20, near_duplicate_of = ?21 WHERE id = ?1");
  if (!update.ok()) return update.status();
  Status s = update->BindAll(stored.id, r.url, r.title, r.author, r.published_at, r.language,
                             r.text, r.content_hash, r.content_type, r.encoding,
                             static_cast<std::int64_t>(r.replaced_sequences), r.dateline,
                             r.encoding_decided_by, r.modified_at, r.canonical_url, r.site_name,
                             r.description, r.extraction, r.text_key_hash, r.rules_version);
  if (s.ok()) s = *near != 0 ? update->BindInt64(21, *near) : update->BindNull(21);
  if (s.ok()) {
    Result<bool> done = update->Step();
    if (!done.ok()) s = done.status();
  }
  for (const char* table :
       {"removals", "repairs", "date_mentions", "minhash_bands", "minhash_signatures"}) {
    if (!s.ok()) break;
    s = db_->Exec(std::string("DELETE FROM ") + table +
                  " WHERE document_id = " + std::to_string(stored.id));
  }
  if (s.ok()) s = SaveSignature(stored.id, signature);
  PendingDocument details;  // no line fingerprints: those were counted at the first store
  details.record = r;
  if (s.ok()) s = AppendDetails(stored.id, details);
  if (!s.ok()) return s;
  return ReplaceOutcome{.replaced = true};
}

}  // namespace corpusd
