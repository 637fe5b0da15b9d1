#include "store/schema.h"

#include <algorithm>
#include <array>
#include <string>

#include "store/item_handoffs_sql.h"

namespace corpusd {
namespace {

// Migration i (0-based) takes the schema from version i to i + 1. Never edit a
// migration that has shipped; add a new one.
constexpr std::array kMigrations = {
    // 1: documents and the raw input kept beside each.
    R"sql(
CREATE TABLE documents (
  id                 INTEGER PRIMARY KEY,
  source             TEXT NOT NULL,
  url                TEXT,
  title              TEXT,
  author             TEXT,
  published_at       TEXT,
  fetched_at         TEXT NOT NULL,
  language           TEXT,
  text               TEXT NOT NULL,
  content_hash       TEXT NOT NULL UNIQUE,
  content_type       TEXT NOT NULL,
  encoding           TEXT NOT NULL,
  replaced_sequences INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_source_fetched ON documents(source, fetched_at);
CREATE INDEX documents_url ON documents(url);
CREATE TABLE raw_inputs (
  document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  size         INTEGER NOT NULL,
  compression  TEXT NOT NULL,
  data         BLOB NOT NULL
);
)sql",
    // 2: what cleaning did to each document, dates in the text, and the line
    // fingerprints that learned boilerplate is counted with.
    R"sql(
ALTER TABLE documents ADD COLUMN dateline TEXT;
ALTER TABLE documents ADD COLUMN encoding_decided_by TEXT;
CREATE TABLE removals (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  rule        TEXT NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE INDEX removals_rule ON removals(rule);
CREATE TABLE repairs (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  count       INTEGER NOT NULL,
  PRIMARY KEY (document_id, kind)
);
CREATE TABLE date_mentions (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  value       TEXT NOT NULL,
  precision   TEXT NOT NULL,
  PRIMARY KEY (document_id, start)
);
CREATE INDEX date_mentions_value ON date_mentions(value);
CREATE TABLE line_fingerprints (
  source      TEXT NOT NULL,
  fingerprint INTEGER NOT NULL,
  documents   INTEGER NOT NULL,
  PRIMARY KEY (source, fingerprint)
) WITHOUT ROWID;
)sql",
    // 3: what web pages say about themselves, and how the text was chosen.
    R"sql(
ALTER TABLE documents ADD COLUMN modified_at TEXT;
ALTER TABLE documents ADD COLUMN canonical_url TEXT;
ALTER TABLE documents ADD COLUMN site_name TEXT;
ALTER TABLE documents ADD COLUMN description TEXT;
ALTER TABLE documents ADD COLUMN extraction TEXT;
)sql",
    // 4: the daemon's memory, so that a restart neither repeats nor forgets
    // work: every drop-folder file it has dealt with, and when each source is
    // due next.
    R"sql(
CREATE TABLE seen_files (
  source       TEXT NOT NULL,
  path         TEXT NOT NULL,
  size         INTEGER NOT NULL,
  mtime_ns     INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  outcome      TEXT NOT NULL,
  reason       TEXT,
  document_id  INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  seen_at      TEXT NOT NULL,
  PRIMARY KEY (source, path, content_hash)
);
CREATE INDEX seen_files_identity ON seen_files(source, path, size, mtime_ns);
CREATE TABLE source_state (
  source      TEXT PRIMARY KEY,
  last_run_at TEXT,
  next_due_at TEXT,
  last_error  TEXT,
  failures    INTEGER NOT NULL DEFAULT 0
);
)sql",
    // 5: network sources: the validators of each URL fetched (conditional
    // GET), the feed items and sitemap URLs dealt with, and a source's
    // address after permanent redirects and why it was parked.
    R"sql(
CREATE TABLE http_validators (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  checked_at    TEXT NOT NULL
);
CREATE TABLE seen_items (
  source      TEXT NOT NULL,
  item_key    TEXT NOT NULL,
  url         TEXT,
  outcome     TEXT NOT NULL,
  reason      TEXT,
  document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  seen_at     TEXT NOT NULL,
  PRIMARY KEY (source, item_key)
);
ALTER TABLE source_state ADD COLUMN url TEXT;
ALTER TABLE source_state ADD COLUMN parked TEXT;
)sql",
    // 6: the corpus for its readers: duplicate keys and near-duplicates,
    // which cleaning made each record, full-text search (content="documents"
    // in double quotes: the form Datasette detects). New documents are indexed
    // by CorpusStore::AppendBatch, one statement per batch: FTS5 flushes its
    // pending terms at every savepoint (xSavepoint), so a trigger per row made
    // a segment per document and cost more than twice as much. Updates and deletes are
    // kept in step by triggers. Rows stored before
    // have NULL keys until the writer fills them in (CorpusStore::FillKeys).
    R"sql(
ALTER TABLE documents ADD COLUMN text_key_hash TEXT;
ALTER TABLE documents ADD COLUMN near_duplicate_of INTEGER REFERENCES documents(id);
ALTER TABLE documents ADD COLUMN rules_version TEXT;
ALTER TABLE documents ADD COLUMN duplicates_seen INTEGER NOT NULL DEFAULT 0;
CREATE INDEX documents_text_key ON documents(text_key_hash);
CREATE INDEX documents_canonical_url ON documents(canonical_url);
CREATE INDEX documents_near_duplicate_of ON documents(near_duplicate_of);
CREATE INDEX documents_fetched ON documents(fetched_at);
CREATE TABLE minhash_signatures (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature   BLOB NOT NULL
);
CREATE TABLE minhash_bands (
  band        INTEGER NOT NULL,
  bucket      INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, document_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_document ON minhash_bands(document_id);
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content="documents", content_rowid="id",
  tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
)sql",
    // 7: a fleet's feed items left for the node that owns their site
    // (store/item_handoffs_sql.h).
    kItemHandoffsTable,
};

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Status MigrateSchema(SqliteDatabase& db, int target) {
  Result<std::int64_t> version = db.QueryInt64("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version > CurrentSchemaVersion()) {
    return Status::Unsupported("corpus schema version " + std::to_string(*version) +
                               " is newer than this corpusd supports (" +
                               std::to_string(CurrentSchemaVersion()) + ")");
  }
  const int last = std::min(target, CurrentSchemaVersion());
  if (*version >= last) return Status::Ok();
  // Every step in one transaction: a process killed while migrating leaves
  // the corpus as it was, never half way. The version is read again under
  // the write lock: another process (a second node, an import) may have
  // migrated since.
  if (Status s = db.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  Result<std::int64_t> now = db.QueryInt64("PRAGMA user_version");
  Status s = now.status();
  int v = s.ok() ? static_cast<int>(*now) : 0;
  for (; s.ok() && v < last; ++v) {
    s = db.Exec(kMigrations[v]);
    if (!s.ok())
      s = s.WithContext("migrating the corpus to schema version " + std::to_string(v + 1));
  }
  if (s.ok()) s = db.Exec("PRAGMA user_version = " + std::to_string(v));
  if (s.ok()) s = db.Exec("COMMIT");
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return Status::Ok();
}

}  // namespace corpusd
