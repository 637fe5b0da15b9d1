// The corpus schema and its ordered migrations. The schema is a contract with
// other tools (README, "The corpus file"): columns are only ever added.
#pragma once

#include "core/status.h"
#include "store/sqlite.h"

namespace corpusd {

// The schema version this build writes (PRAGMA user_version).
int CurrentSchemaVersion();

// Brings the database up to `target` (normally CurrentSchemaVersion()), one
// migration per transaction, in order. Refuses a database newer than this
// build knows. Tests pass an older target to build earlier schemas.
Status MigrateSchema(SqliteDatabase& db, int target);

}  // namespace corpusd
