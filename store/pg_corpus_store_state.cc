// PgCorpusStore: the daemon's state (seen files and items, schedules,
// validators), as in the SQLite corpus.
#include <string>

#include "store/pg_corpus_store.h"

namespace corpusd {
Status PgCorpusStore::RememberFile(const FileOrigin& file, std::string_view outcome,
                                   const std::string& reason, std::int64_t document_id,
                                   const std::string& seen_at) {
  return db_
      ->Exec(
          "INSERT INTO seen_files (source, path, size, mtime_ns, content_hash, outcome, reason,"
          " document_id, seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
          " ON CONFLICT (source, path, content_hash) DO UPDATE SET size = excluded.size,"
          " mtime_ns = excluded.mtime_ns, outcome = excluded.outcome,"
          " reason = excluded.reason, document_id = excluded.document_id,"
          " seen_at = excluded.seen_at",
          {PgParam::Text(file.source), PgParam::Text(file.path),
           PgParam::Int(static_cast<std::int64_t>(file.size)), PgParam::Int(file.mtime_ns),
           PgParam::Text(file.content_hash), PgParam::Text(outcome), PgParam::OrNull(reason),
           PgParam::IdOrNull(document_id), PgParam::Text(seen_at)})
      .status();
}

Result<bool> PgCorpusStore::SeenFileAt(const std::string& source, const std::string& path,
                                       std::uint64_t size, std::int64_t mtime_ns) {
  Result<std::int64_t> one = db_->QueryInt(
      "SELECT 1 FROM seen_files WHERE source = $1 AND path = $2 AND size = $3 AND mtime_ns = $4"
      " LIMIT 1",
      {PgParam::Text(source), PgParam::Text(path), PgParam::Int(static_cast<std::int64_t>(size)),
       PgParam::Int(mtime_ns)});
  if (!one.ok()) return one.status();
  return *one == 1;
}

Result<bool> PgCorpusStore::SeenFileContent(const FileOrigin& file, const std::string& seen_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  Result<PgRows> rows = db_->Exec(
      "UPDATE seen_files SET size = $4, mtime_ns = $5, seen_at = $6"
      " WHERE source = $1 AND path = $2 AND content_hash = $3 RETURNING 1",
      {PgParam::Text(file.source), PgParam::Text(file.path), PgParam::Text(file.content_hash),
       PgParam::Int(static_cast<std::int64_t>(file.size)), PgParam::Int(file.mtime_ns),
       PgParam::Text(seen_at)});
  if (!rows.ok()) return rows.status();
  return rows->size() > 0;
}

Status PgCorpusStore::RecordRejectedFile(const FileOrigin& file, const std::string& reason,
                                         const std::string& seen_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return RememberFile(file, "rejected", reason, 0, seen_at);
}

Result<SourceState> PgCorpusStore::LoadSourceState(const std::string& source) {
  Result<PgRows> rows = db_->Exec(
      "SELECT last_run_at, next_due_at, last_error, failures, url, parked FROM source_state"
      " WHERE source = $1",
      {PgParam::Text(source)});
  if (!rows.ok()) return rows.status();
  SourceState state;
  if (rows->size() == 0) return state;
  state.last_run_at = rows->Text(0, 0);
  state.next_due_at = rows->Text(0, 1);
  state.last_error = rows->Text(0, 2);
  state.failures = rows->Int(0, 3);
  state.url = rows->Text(0, 4);
  state.parked = rows->Text(0, 5);
  return state;
}

Status PgCorpusStore::SaveSourceState(const std::string& source, const SourceState& state) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return db_
      ->Exec(
          "INSERT INTO source_state (source, last_run_at, next_due_at, last_error, failures,"
          " url, parked) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (source) DO UPDATE"
          " SET last_run_at = excluded.last_run_at, next_due_at = excluded.next_due_at,"
          " last_error = excluded.last_error, failures = excluded.failures,"
          " url = excluded.url, parked = excluded.parked",
          {PgParam::Text(source), PgParam::Text(state.last_run_at),
           PgParam::Text(state.next_due_at), PgParam::Text(state.last_error),
           PgParam::Int(state.failures), PgParam::Text(state.url), PgParam::Text(state.parked)})
      .status();
}

Status PgCorpusStore::RememberItem(const ItemOrigin& item, std::string_view outcome,
                                   const std::string& reason, std::int64_t document_id,
                                   const std::string& seen_at) {
  return db_
      ->Exec(
          "INSERT INTO seen_items (source, item_key, url, outcome, reason, document_id,"
          " seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (source, item_key)"
          " DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason,"
          " document_id = excluded.document_id, seen_at = excluded.seen_at",
          {PgParam::Text(item.source), PgParam::Text(item.key), PgParam::OrNull(item.url),
           PgParam::Text(outcome), PgParam::OrNull(reason), PgParam::IdOrNull(document_id),
           PgParam::Text(seen_at)})
      .status();
}

Result<bool> PgCorpusStore::SeenItem(const std::string& source, const std::string& key) {
  Result<std::int64_t> one =
      db_->QueryInt("SELECT 1 FROM seen_items WHERE source = $1 AND item_key = $2",
                    {PgParam::Text(source), PgParam::Text(key)});
  if (!one.ok()) return one.status();
  return *one == 1;
}

Status PgCorpusStore::RecordRejectedItem(const ItemOrigin& item, const std::string& reason,
                                         const std::string& seen_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return RememberItem(item, "rejected", reason, 0, seen_at);
}

Status PgCorpusStore::RecordDuplicateItem(const ItemOrigin& item, std::int64_t document_id,
                                          const std::string& seen_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return RememberItem(item, "duplicate", "url", document_id, seen_at);
}

Result<HttpValidators> PgCorpusStore::LoadValidators(const std::string& url) {
  Result<PgRows> rows = db_->Exec("SELECT etag, last_modified FROM http_validators WHERE url = $1",
                                  {PgParam::Text(url)});
  if (!rows.ok()) return rows.status();
  HttpValidators v;
  if (rows->size() > 0) {
    v.etag = rows->Text(0, 0);
    v.last_modified = rows->Text(0, 1);
  }
  return v;
}

Status PgCorpusStore::SaveValidators(const std::string& url, const HttpValidators& validators,
                                     const std::string& checked_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return db_
      ->Exec(
          "INSERT INTO http_validators (url, etag, last_modified, checked_at)"
          " VALUES ($1, $2, $3, $4) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
          " last_modified = excluded.last_modified, checked_at = excluded.checked_at",
          {PgParam::Text(url), PgParam::Text(validators.etag),
           PgParam::Text(validators.last_modified), PgParam::Text(checked_at)})
      .status();
}

}  // namespace corpusd
