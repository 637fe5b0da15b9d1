// The one thin wrapper around SQLite; only sqlite.cc includes sqlite3.h.
//
// SqliteDatabase owns a connection, SqliteStatement a prepared statement of
// it (the statement must not outlive its database). Every return code is
// checked here and turned into a Status carrying SQLite's message, copied at
// once (SQLite overwrites it on the next call). Neither class is thread-safe:
// one thread uses a connection at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement();

  // Parameters are 1-based, as in SQLite.
  Status BindInt64(int index, std::int64_t value);
  Status BindText(int index, std::string_view value);
  Status BindOptionalText(int index, const std::optional<std::string>& value);
  Status BindBlob(int index, std::string_view value);
  Status BindNull(int index);
  Status Bind(int index, std::int64_t value) { return BindInt64(index, value); }
  Status Bind(int index, std::string_view value) { return BindText(index, value); }
  Status Bind(int index, const std::string& value) { return BindText(index, value); }
  Status Bind(int index, const char* value) { return BindText(index, value); }
  Status Bind(int index, const std::optional<std::string>& value) {
    return BindOptionalText(index, value);
  }

  // Resets the statement and binds the values to parameters 1, 2, ... in order.
  template <typename... Values>
  Status BindAll(const Values&... values) {
    Reset();
    Status status;
    int index = 0;
    ((status.ok() ? (status = Bind(++index, values), 0) : 0), ...);
    return status;
  }
  // BindAll, then runs the statement to completion (for writes).
  template <typename... Values>
  Status Run(const Values&... values) {
    Status status = BindAll(values...);
    if (!status.ok()) return status;
    Result<bool> row = Step();
    return row.ok() ? Status::Ok() : row.status();
  }

  // Runs one step: true when a row is ready, false when done. A statement
  // left on a row keeps its read transaction open (and the WAL from being
  // reset) until it is reset or stepped to the end.
  Result<bool> Step();
  // For one-row queries: the first column of the first row (0 when there is
  // no row or it is NULL), then resets the statement.
  Result<std::int64_t> StepOneInt64();
  // Makes the statement ready to run again and clears its bindings.
  void Reset();

  // Columns are 0-based, as in SQLite.
  std::int64_t ColumnInt64(int index) const;
  std::optional<std::string> ColumnText(int index) const;  // nullopt for NULL
  std::string ColumnBlob(int index) const;

 private:
  friend class SqliteDatabase;
  SqliteStatement(void* db, void* stmt) : db_(db), stmt_(stmt) {}
  Status Check(int rc, const char* what);
  void* db_;    // sqlite3*, owned by the database
  void* stmt_;  // sqlite3_stmt*, owned here
};

// Resets a reused statement when it goes out of scope, so that one left on a
// row never holds its read transaction open.
class ResetOnExit {
 public:
  explicit ResetOnExit(SqliteStatement& statement) : statement_(statement) {}
  ~ResetOnExit() { statement_.Reset(); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  SqliteStatement& statement_;
};

class SqliteDatabase {
 public:
  enum class Mode { kReadWriteCreate, kReadWrite, kReadOnly };

  // Opens (or creates) the database file. Does not check that an existing
  // file is a SQLite database: SQLite only reads it at the first statement.
  static Result<std::unique_ptr<SqliteDatabase>> Open(const std::string& path, Mode mode);
  ~SqliteDatabase();
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  // Runs one or more statements that return no rows the caller needs.
  Status Exec(std::string_view sql);
  Result<SqliteStatement> Prepare(std::string_view sql);
  // The first column of the first row of a one-row query.
  Result<std::int64_t> QueryInt64(std::string_view sql);
  Result<std::string> QueryText(std::string_view sql);

  std::int64_t LastInsertRowId() const;
  int Changes() const;  // rows changed by the last statement
  // False in autocommit mode: no BEGIN is open, or SQLite rolled it back
  // itself (a full disk, an I/O error).
  bool InTransaction() const;
  Status SetBusyTimeout(int milliseconds);

 private:
  explicit SqliteDatabase(void* db) : db_(db) {}
  void* db_;  // sqlite3*
};

}  // namespace corpusd
