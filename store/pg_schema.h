// The PostgreSQL corpus's tables: the same tables and columns as the SQLite
// corpus (store/schema.h) with the same meaning, in PostgreSQL's types, so
// that readers' queries carry over. The differences: `text_key_hash` is
// unique too (with `content_hash`, how two nodes storing the same text at
// once are told apart: by the database, ON CONFLICT); full-text search is a
// `search` tsvector column with a GIN index instead of the FTS5 table; and
// the version is in the table `corpusd_schema`.
#pragma once

#include "core/status.h"
#include "store/postgres.h"

namespace corpusd {

// 1: the SQLite corpus's schema 6; 2: its version 7 (item_handoffs).
inline constexpr int kPgSchemaVersion = 2;

// Creates the tables if they are missing, in one transaction under an
// advisory lock (several nodes may start at once); refuses a schema newer
// than this build.
Status EnsurePgSchema(PgConnection& db);

}  // namespace corpusd
