// CorpusStore: the daemon's state kept beside the documents: the drop-folder
// files dealt with (seen_files) and each source's schedule (source_state),
// schema v4; feed items dealt with (seen_items) and validators for
// conditional GETs (http_validators), schema v5.
#include <string>

#include "store/corpus_store.h"

namespace corpusd {

Status CorpusStore::RememberFile(const FileOrigin& file, std::string_view outcome,
                                 const std::string& reason, std::int64_t document_id,
                                 const std::string& seen_at) {
  Status s = remember_file_->BindAll(file.source, file.path, static_cast<std::int64_t>(file.size),
                                     file.mtime_ns, file.content_hash, outcome);
  if (s.ok())
    s = reason.empty() ? remember_file_->BindNull(7) : remember_file_->BindText(7, reason);
  if (s.ok()) {
    s = document_id > 0 ? remember_file_->BindInt64(8, document_id) : remember_file_->BindNull(8);
  }
  if (s.ok()) s = remember_file_->BindText(9, seen_at);
  if (!s.ok()) return s;
  Result<bool> row = remember_file_->Step();
  return row.ok() ? Status::Ok() : row.status();
}

Result<bool> CorpusStore::SeenFileAt(const std::string& source, const std::string& path,
                                     std::uint64_t size, std::int64_t mtime_ns) {
  SqliteStatement& stmt = *seen_file_at_;
  ResetOnExit reset(stmt);
  if (Status s = stmt.BindAll(source, path, static_cast<std::int64_t>(size), mtime_ns); !s.ok()) {
    return s;
  }
  return stmt.Step();
}

Result<bool> CorpusStore::SeenFileContent(const FileOrigin& file, const std::string& seen_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  Status s = seen_file_content_->Run(file.source, file.path, file.content_hash,
                                     static_cast<std::int64_t>(file.size), file.mtime_ns, seen_at);
  if (!s.ok()) return s;
  return db_->Changes() > 0;
}

Status CorpusStore::RecordRejectedFile(const FileOrigin& file, const std::string& reason,
                                       const std::string& seen_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return RememberFile(file, "rejected", reason, 0, seen_at);
}

Result<SourceState> CorpusStore::LoadSourceState(const std::string& source) {
  SqliteStatement* stmt = load_state_.get();
  ResetOnExit reset(*stmt);
  if (Status s = stmt->BindAll(source); !s.ok()) return s;
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  SourceState state;
  if (*row) {
    state.last_run_at = stmt->ColumnText(0).value_or("");
    state.next_due_at = stmt->ColumnText(1).value_or("");
    state.last_error = stmt->ColumnText(2).value_or("");
    state.failures = stmt->ColumnInt64(3);
    state.url = stmt->ColumnText(4).value_or("");
    state.parked = stmt->ColumnText(5).value_or("");
  }
  return state;
}

Status CorpusStore::SaveSourceState(const std::string& source, const SourceState& state) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return save_state_->Run(source, state.last_run_at, state.next_due_at, state.last_error,
                          state.failures, state.url, state.parked);
}

Status CorpusStore::RememberItem(const ItemOrigin& item, std::string_view outcome,
                                 const std::string& reason, std::int64_t document_id,
                                 const std::string& seen_at) {
  SqliteStatement* stmt = remember_item_.get();
  Status s = stmt->BindAll(item.source, item.key, item.url, outcome);
  if (s.ok()) s = reason.empty() ? stmt->BindNull(5) : stmt->BindText(5, reason);
  if (s.ok()) s = document_id > 0 ? stmt->BindInt64(6, document_id) : stmt->BindNull(6);
  if (s.ok()) s = stmt->BindText(7, seen_at);
  if (!s.ok()) return s;
  Result<bool> row = stmt->Step();
  return row.ok() ? Status::Ok() : row.status();
}

Result<bool> CorpusStore::SeenItem(const std::string& source, const std::string& key) {
  if (Status s = seen_item_->BindAll(source, key); !s.ok()) return s;
  Result<std::int64_t> one = seen_item_->StepOneInt64();  // resets
  if (!one.ok()) return one.status();
  return *one == 1;
}

Status CorpusStore::RecordRejectedItem(const ItemOrigin& item, const std::string& reason,
                                       const std::string& seen_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return RememberItem(item, "rejected", reason, 0, seen_at);
}

Status CorpusStore::RecordDuplicateItem(const ItemOrigin& item, std::int64_t document_id,
                                        const std::string& seen_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return RememberItem(item, "duplicate", "url", document_id, seen_at);
}

Result<HttpValidators> CorpusStore::LoadValidators(const std::string& url) {
  SqliteStatement* stmt = load_validators_.get();
  ResetOnExit reset(*stmt);
  if (Status s = stmt->BindAll(url); !s.ok()) return s;
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  HttpValidators v;
  if (*row) {
    v.etag = stmt->ColumnText(0).value_or("");
    v.last_modified = stmt->ColumnText(1).value_or("");
  }
  return v;
}

Status CorpusStore::SaveValidators(const std::string& url, const HttpValidators& validators,
                                   const std::string& checked_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return save_validators_->Run(url, validators.etag, validators.last_modified, checked_at);
}

}  // namespace corpusd
