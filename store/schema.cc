#include "store/schema.h"

#include <array>
#include <string>

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
};

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Status MigrateSchema(SqliteDatabase& db) {
  Result<std::int64_t> version = db.QueryInt64("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version > CurrentSchemaVersion()) {
    return Status::Unsupported("corpus schema version " + std::to_string(*version) +
                               " is newer than this corpusd supports (" +
                               std::to_string(CurrentSchemaVersion()) + ")");
  }
  for (int v = static_cast<int>(*version); v < CurrentSchemaVersion(); ++v) {
    if (Status s = db.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    Status s = db.Exec(kMigrations[v]);
    if (s.ok()) s = db.Exec("PRAGMA user_version = " + std::to_string(v + 1));
    if (s.ok()) s = db.Exec("COMMIT");
    if (!s.ok()) {
      db.Exec("ROLLBACK");
      return s.WithContext("migrating the corpus to schema version " + std::to_string(v + 1));
    }
  }
  return Status::Ok();
}

}  // namespace corpusd
