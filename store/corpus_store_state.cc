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
  Result<SqliteStatement> stmt = db_->Prepare(
      "SELECT 1 FROM seen_files WHERE source = ?1 AND path = ?2 AND size = ?3 AND mtime_ns = ?4"
      " LIMIT 1");
  if (!stmt.ok()) return stmt.status();
  if (Status s = stmt->BindAll(source, path, static_cast<std::int64_t>(size), mtime_ns); !s.ok()) {
    return s;
  }
  return stmt->Step();
}

Result<bool> CorpusStore::SeenFileContent(const FileOrigin& file, const std::string& seen_at) {
  Result<SqliteStatement> stmt = db_->Prepare(
      "UPDATE seen_files SET size = ?4, mtime_ns = ?5, seen_at = ?6"
      " WHERE source = ?1 AND path = ?2 AND content_hash = ?3");
  if (!stmt.ok()) return stmt.status();
  Status s = stmt->Run(file.source, file.path, file.content_hash,
                       static_cast<std::int64_t>(file.size), file.mtime_ns, seen_at);
  if (!s.ok()) return s;
  return db_->Changes() > 0;
}

Status CorpusStore::RecordRejectedFile(const FileOrigin& file, const std::string& reason,
                                       const std::string& seen_at) {
  return RememberFile(file, "rejected", reason, 0, seen_at);
}

Result<SourceState> CorpusStore::LoadSourceState(const std::string& source) {
  Result<SqliteStatement> stmt = db_->Prepare(
      "SELECT last_run_at, next_due_at, last_error, failures, url, parked FROM source_state"
      " WHERE source = ?1");
  if (!stmt.ok()) return stmt.status();
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
  Result<SqliteStatement> stmt = db_->Prepare(
      "INSERT INTO source_state (source, last_run_at, next_due_at, last_error, failures, url,"
      " parked) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (source) DO UPDATE SET"
      " last_run_at = excluded.last_run_at, next_due_at = excluded.next_due_at,"
      " last_error = excluded.last_error, failures = excluded.failures, url = excluded.url,"
      " parked = excluded.parked");
  if (!stmt.ok()) return stmt.status();
  return stmt->Run(source, state.last_run_at, state.next_due_at, state.last_error, state.failures,
                   state.url, state.parked);
}

Status CorpusStore::RememberItem(const ItemOrigin& item, std::string_view outcome,
                                 const std::string& reason, std::int64_t document_id,
                                 const std::string& seen_at) {
  Result<SqliteStatement> stmt = db_->Prepare(
      "INSERT INTO seen_items (source, item_key, url, outcome, reason, document_id, seen_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO UPDATE SET outcome = excluded.outcome,"
      " reason = excluded.reason, document_id = excluded.document_id, seen_at = excluded.seen_at");
  if (!stmt.ok()) return stmt.status();
  Status s = stmt->BindAll(item.source, item.key, item.url, outcome);
  if (s.ok()) s = reason.empty() ? stmt->BindNull(5) : stmt->BindText(5, reason);
  if (s.ok()) s = document_id > 0 ? stmt->BindInt64(6, document_id) : stmt->BindNull(6);
  if (s.ok()) s = stmt->BindText(7, seen_at);
  if (!s.ok()) return s;
  Result<bool> row = stmt->Step();
  return row.ok() ? Status::Ok() : row.status();
}

Result<bool> CorpusStore::SeenItem(const std::string& source, const std::string& key) {
  Result<SqliteStatement> stmt =
      db_->Prepare("SELECT 1 FROM seen_items WHERE source = ?1 AND item_key = ?2");
  if (!stmt.ok()) return stmt.status();
  if (Status s = stmt->BindAll(source, key); !s.ok()) return s;
  return stmt->Step();
}

Status CorpusStore::RecordRejectedItem(const ItemOrigin& item, const std::string& reason,
                                       const std::string& seen_at) {
  return RememberItem(item, "rejected", reason, 0, seen_at);
}

Status CorpusStore::RecordDuplicateItem(const ItemOrigin& item, std::int64_t document_id,
                                        const std::string& seen_at) {
  return RememberItem(item, "duplicate", "url", document_id, seen_at);
}

Result<HttpValidators> CorpusStore::LoadValidators(const std::string& url) {
  Result<SqliteStatement> stmt =
      db_->Prepare("SELECT etag, last_modified FROM http_validators WHERE url = ?1");
  if (!stmt.ok()) return stmt.status();
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
  Result<SqliteStatement> stmt = db_->Prepare(
      "INSERT INTO http_validators (url, etag, last_modified, checked_at) VALUES (?1, ?2, ?3, ?4)"
      " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
      " last_modified = excluded.last_modified, checked_at = excluded.checked_at");
  if (!stmt.ok()) return stmt.status();
  return stmt->Run(url, validators.etag, validators.last_modified, checked_at);
}

}  // namespace corpusd
