// The one thin wrapper around libpq, PostgreSQL's C client; only
// postgres.cc includes libpq-fe.h.
//
// PgConnection owns a connection; Exec runs a statement with parameters
// (text, or bytes for bytea), prepared once per connection, and returns its
// rows as a PgRows. Every failure
// becomes a Status carrying the server's message. Not thread-safe: one
// thread uses a connection at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/database_url.h"
#include "core/status.h"

namespace corpusd {

// A statement parameter: SQL NULL, text, or bytes (sent as binary, for bytea).
struct PgParam {
  enum class Kind { kNull, kText, kBytes };
  Kind kind = Kind::kNull;
  std::string value;

  static PgParam Null() { return {}; }
  static PgParam Text(std::string_view v) { return {Kind::kText, std::string(v)}; }
  static PgParam Int(std::int64_t v) { return {Kind::kText, std::to_string(v)}; }
  static PgParam Bytes(std::string_view v) { return {Kind::kBytes, std::string(v)}; }
  // Empty text is NULL: the optional columns' convention.
  static PgParam OrNull(std::string_view v) { return v.empty() ? Null() : Text(v); }
  static PgParam OrNull(const std::string& v) { return OrNull(std::string_view(v)); }
  static PgParam OrNull(const char* v) { return OrNull(std::string_view(v)); }
  // A document id; 0, no document, is NULL.
  static PgParam IdOrNull(std::int64_t id) { return id != 0 ? Int(id) : Null(); }
  static PgParam OrNull(const std::optional<std::string>& v) { return v ? Text(*v) : Null(); }
};

// The rows a statement returned, every value as text (bytea comes back
// decoded); owns the libpq result.
class PgRows {
 public:
  explicit PgRows(void* result) : result_(result) {}
  PgRows(PgRows&& other) noexcept;
  PgRows& operator=(PgRows&& other) noexcept;
  PgRows(const PgRows&) = delete;
  PgRows& operator=(const PgRows&) = delete;
  ~PgRows();

  int size() const;
  bool IsNull(int row, int column) const;
  std::string Text(int row, int column) const;  // "" for NULL
  std::optional<std::string> OptionalText(int row, int column) const;
  std::int64_t Int(int row, int column) const;  // 0 for NULL
  // A bytea column, decoded.
  std::string Bytes(int row, int column) const;

 private:
  void* result_;  // PGresult*
};

class PgConnection {
 public:
  // Connects with a libpq connection string or URL ("postgresql://..."),
  // with a connect timeout; the error names the target without a password.
  static Result<std::unique_ptr<PgConnection>> Connect(const std::string& url);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  // One statement with $1, $2, ... parameters (or several statements
  // without parameters).
  Result<PgRows> Exec(std::string_view sql, const std::vector<PgParam>& params = {});
  // The first column of the first row, or `none` when there is no row.
  Result<std::int64_t> QueryInt(std::string_view sql, const std::vector<PgParam>& params = {},
                                std::int64_t none = 0);
  // True inside a transaction block that can go on; false outside one, and
  // in one that an error aborted (it takes a ROLLBACK).
  bool InTransaction() const;

 private:
  explicit PgConnection(void* conn) : conn_(conn) {}
  void* conn_;                                             // PGconn*
  std::unordered_map<std::string, std::string> prepared_;  // SQL -> statement name
};

}  // namespace corpusd
