#include "store/postgres.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <utility>

namespace corpusd {
namespace {

PGresult* Res(void* r) { return static_cast<PGresult*>(r); }
PGconn* Conn(void* c) { return static_cast<PGconn*>(c); }

// libpq's messages end with a newline; some span lines.
std::string Trimmed(const char* message) {
  std::string s = message ? message : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  return s;
}

}  // namespace

PgRows::PgRows(PgRows&& other) noexcept : result_(std::exchange(other.result_, nullptr)) {}

PgRows& PgRows::operator=(PgRows&& other) noexcept {
  if (this != &other) {
    if (result_) PQclear(Res(result_));
    result_ = std::exchange(other.result_, nullptr);
  }
  return *this;
}

PgRows::~PgRows() {
  if (result_) PQclear(Res(result_));
}

int PgRows::size() const { return result_ ? PQntuples(Res(result_)) : 0; }

bool PgRows::IsNull(int row, int column) const {
  return PQgetisnull(Res(result_), row, column) != 0;
}

std::string PgRows::Text(int row, int column) const {
  if (IsNull(row, column)) return "";
  return std::string(PQgetvalue(Res(result_), row, column),
                     static_cast<std::size_t>(PQgetlength(Res(result_), row, column)));
}

std::optional<std::string> PgRows::OptionalText(int row, int column) const {
  if (IsNull(row, column)) return std::nullopt;
  return Text(row, column);
}

std::int64_t PgRows::Int(int row, int column) const {
  if (IsNull(row, column)) return 0;
  return std::strtoll(PQgetvalue(Res(result_), row, column), nullptr, 10);
}

std::string PgRows::Bytes(int row, int column) const {
  if (IsNull(row, column)) return "";
  std::size_t size = 0;
  unsigned char* bytes = PQunescapeBytea(
      reinterpret_cast<const unsigned char*>(PQgetvalue(Res(result_), row, column)), &size);
  if (bytes == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(bytes), size);
  PQfreemem(bytes);
  return out;
}

Result<std::unique_ptr<PgConnection>> PgConnection::Connect(const std::string& url) {
  // A server that does not answer is an error, not a hang (libpq waits for
  // ever by default); keywords added to a URL as its query.
  std::string target = url;
  if (IsPostgresUrl(url) && url.find("connect_timeout=") == std::string::npos) {
    target += (url.find('?') == std::string::npos ? "?" : "&") + std::string("connect_timeout=10");
  }
  PGconn* conn = PQconnectdb(target.c_str());
  if (conn == nullptr) return Status::IoError("out of memory connecting to PostgreSQL");
  if (PQstatus(conn) != CONNECTION_OK) {
    Status error = Status::IoError("cannot connect to " + RedactedUrl(url) + ": " +
                                   Trimmed(PQerrorMessage(conn)));
    PQfinish(conn);
    return error;
  }
  std::unique_ptr<PgConnection> out(new PgConnection(conn));
  // Notices (e.g. "relation already exists, skipping") are not errors: quiet.
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  return out;
}

PgConnection::~PgConnection() { PQfinish(Conn(conn_)); }

Result<PgRows> PgConnection::Exec(std::string_view sql, const std::vector<PgParam>& params) {
  const std::string query(sql);
  PGresult* result = nullptr;
  if (params.empty()) {
    result = PQexec(Conn(conn_), query.c_str());
  } else {
    std::vector<const char*> values(params.size());
    std::vector<int> lengths(params.size());
    std::vector<int> formats(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
      const PgParam& p = params[i];
      values[i] = p.kind == PgParam::Kind::kNull ? nullptr : p.value.data();
      lengths[i] = static_cast<int>(p.value.size());
      formats[i] = p.kind == PgParam::Kind::kBytes ? 1 : 0;
    }
    // Each statement is parsed and planned once per connection, then only
    // executed: the store runs the same few statements for every document.
    auto prepared = prepared_.find(query);
    if (prepared == prepared_.end()) {
      const std::string name = "s" + std::to_string(prepared_.size() + 1);
      PGresult* done = PQprepare(Conn(conn_), name.c_str(), query.c_str(),
                                 static_cast<int>(params.size()), nullptr);
      const bool ok = done != nullptr && PQresultStatus(done) == PGRES_COMMAND_OK;
      PgRows failed(done);
      if (!ok) {
        return Status::IoError(
            Trimmed(done ? PQresultErrorMessage(done) : PQerrorMessage(Conn(conn_))));
      }
      prepared = prepared_.emplace(query, name).first;
    }
    result = PQexecPrepared(Conn(conn_), prepared->second.c_str(), static_cast<int>(params.size()),
                            values.data(), lengths.data(), formats.data(), 0);
  }
  PgRows rows(result);
  const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return rows;
  const std::string message =
      Trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(Conn(conn_)));
  if (PQstatus(Conn(conn_)) != CONNECTION_OK) {
    return Status::IoError("PostgreSQL connection lost: " + message);
  }
  return Status::IoError(message);
}

Result<std::int64_t> PgConnection::QueryInt(std::string_view sql,
                                            const std::vector<PgParam>& params, std::int64_t none) {
  Result<PgRows> rows = Exec(sql, params);
  if (!rows.ok()) return rows.status();
  if (rows->size() == 0 || rows->IsNull(0, 0)) return none;
  return rows->Int(0, 0);
}

bool PgConnection::InTransaction() const {
  const PGTransactionStatusType status = PQtransactionStatus(Conn(conn_));
  return status == PQTRANS_INTRANS || status == PQTRANS_ACTIVE;
}

}  // namespace corpusd
