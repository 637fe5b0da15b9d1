#include "store/sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace corpusd {
namespace {

sqlite3* Db(void* p) { return static_cast<sqlite3*>(p); }
sqlite3_stmt* Stmt(void* p) { return static_cast<sqlite3_stmt*>(p); }

// A Status for a failed SQLite call, with SQLite's message copied now (or the
// one given, as sqlite3_exec hands out its own).
Status Error(sqlite3* db, int rc, std::string_view what, const char* detail = nullptr) {
  std::string message(what);
  message += ": ";
  message += detail != nullptr ? detail : db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xFF) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return Status::Corruption(std::move(message));
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IoError(std::move(message));
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
      return Status::InvalidInput(std::move(message));
    default:
      return Status::Internal(std::move(message));
  }
}

}  // namespace

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(Stmt(stmt_));
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(Stmt(stmt_)); }

Status SqliteStatement::Check(int rc, const char* what) {
  return rc == SQLITE_OK ? Status::Ok() : Error(Db(db_), rc, what);
}

Status SqliteStatement::BindInt64(int index, std::int64_t value) {
  return Check(sqlite3_bind_int64(Stmt(stmt_), index, value), "bind");
}

Status SqliteStatement::BindText(int index, std::string_view value) {
  return Check(sqlite3_bind_text64(Stmt(stmt_), index, value.data(), value.size(), SQLITE_TRANSIENT,
                                   SQLITE_UTF8),
               "bind");
}

Status SqliteStatement::BindOptionalText(int index, const std::optional<std::string>& value) {
  return value ? BindText(index, *value) : BindNull(index);
}

Status SqliteStatement::BindBlob(int index, std::string_view value) {
  return Check(
      sqlite3_bind_blob64(Stmt(stmt_), index, value.data(), value.size(), SQLITE_TRANSIENT),
      "bind");
}

Status SqliteStatement::BindNull(int index) {
  return Check(sqlite3_bind_null(Stmt(stmt_), index), "bind");
}

Result<std::int64_t> SqliteStatement::StepOneInt64() {
  Result<bool> row = Step();
  if (!row.ok()) return row.status();
  const std::int64_t value = *row ? ColumnInt64(0) : 0;
  Reset();
  return value;
}

Result<bool> SqliteStatement::Step() {
  const int rc = sqlite3_step(Stmt(stmt_));
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status error = Error(Db(db_), rc, "step");
  sqlite3_reset(Stmt(stmt_));
  return error;
}

void SqliteStatement::Reset() {
  sqlite3_reset(Stmt(stmt_));
  sqlite3_clear_bindings(Stmt(stmt_));
}

std::int64_t SqliteStatement::ColumnInt64(int index) const {
  return sqlite3_column_int64(Stmt(stmt_), index);
}

std::optional<std::string> SqliteStatement::ColumnText(int index) const {
  const unsigned char* text = sqlite3_column_text(Stmt(stmt_), index);
  if (text == nullptr) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(Stmt(stmt_), index)));
}

std::string SqliteStatement::ColumnBlob(int index) const {
  const void* blob = sqlite3_column_blob(Stmt(stmt_), index);
  if (blob == nullptr) return {};
  return std::string(static_cast<const char*>(blob),
                     static_cast<std::size_t>(sqlite3_column_bytes(Stmt(stmt_), index)));
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::Open(const std::string& path, Mode mode) {
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
    case Mode::kReadWriteCreate:
      flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
      break;
    case Mode::kReadWrite:
      flags |= SQLITE_OPEN_READWRITE;
      break;
    case Mode::kReadOnly:
      flags |= SQLITE_OPEN_READONLY;
      break;
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status error = Error(db, rc, "open");
    sqlite3_close(db);  // a handle is returned even on failure
    return error;
  }
  sqlite3_extended_result_codes(db, 1);
  if (mode != Mode::kReadOnly) {
    // Keep the -wal file when the writer closes: readers that may not create
    // files in the corpus's folder (the service's group) can still open it.
    int persist = 1;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
  }
  return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db));
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close_v2(Db(db_)); }

Status SqliteDatabase::Exec(std::string_view sql) {
  const std::string statement(sql);  // sqlite3_exec wants a terminated string
  char* message = nullptr;
  const int rc = sqlite3_exec(Db(db_), statement.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::Ok();
  Status error = Error(Db(db_), rc, "exec", message);
  sqlite3_free(message);
  return error;
}

Result<SqliteStatement> SqliteDatabase::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(Db(db_), sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return Error(Db(db_), rc, "prepare");
  return SqliteStatement(db_, stmt);
}

Result<std::int64_t> SqliteDatabase::QueryInt64(std::string_view sql) {
  Result<SqliteStatement> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("query returned no row");
  return stmt->ColumnInt64(0);
}

Result<std::string> SqliteDatabase::QueryText(std::string_view sql) {
  Result<SqliteStatement> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("query returned no row");
  return stmt->ColumnText(0).value_or("");
}

std::int64_t SqliteDatabase::LastInsertRowId() const { return sqlite3_last_insert_rowid(Db(db_)); }

int SqliteDatabase::Changes() const { return sqlite3_changes(Db(db_)); }

bool SqliteDatabase::InTransaction() const { return sqlite3_get_autocommit(Db(db_)) == 0; }

Status SqliteDatabase::SetBusyTimeout(int milliseconds) {
  const int rc = sqlite3_busy_timeout(Db(db_), milliseconds);
  return rc == SQLITE_OK ? Status::Ok() : Error(Db(db_), rc, "busy_timeout");
}

}  // namespace corpusd
