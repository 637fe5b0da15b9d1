#include "store/corpus_copy.h"

#include <memory>
#include <optional>
#include <vector>

#include "core/database_url.h"
#include "store/corpus_store.h"
#include "store/pg_corpus_store.h"
#include "store/postgres.h"
#include "store/sqlite.h"

namespace corpusd {
namespace {

constexpr std::int64_t kDocumentsPerBatch = 500;

// A table and its columns, in the order both schemas share; `bytes` marks
// the binary columns (BLOB / bytea).
struct Table {
  const char* name;
  std::vector<const char*> columns;
  std::vector<bool> bytes;
  // Rows belong to the documents with ids in a range (document_id or id);
  // null: a table of state, copied whole at the end.
  const char* id_column;
};

const std::vector<Table>& Tables() {
  static const std::vector<Table> tables = {
      {"documents",
       {"id",
        "source",
        "url",
        "title",
        "author",
        "published_at",
        "fetched_at",
        "language",
        "text",
        "content_hash",
        "content_type",
        "encoding",
        "replaced_sequences",
        "dateline",
        "encoding_decided_by",
        "modified_at",
        "canonical_url",
        "site_name",
        "description",
        "extraction",
        "text_key_hash",
        "near_duplicate_of",
        "rules_version",
        "duplicates_seen"},
       {},
       "id"},
      {"raw_inputs",
       {"document_id", "size", "compression", "data"},
       {false, false, false, true},
       "document_id"},
      {"removals", {"document_id", "seq", "rule", "text"}, {}, "document_id"},
      {"repairs", {"document_id", "kind", "count"}, {}, "document_id"},
      {"date_mentions",
       {"document_id", "start", "\"end\"", "text", "value", "precision"},
       {},
       "document_id"},
      {"minhash_signatures", {"document_id", "signature"}, {false, true}, "document_id"},
      {"minhash_bands", {"band", "bucket", "document_id"}, {}, "document_id"},
      {"line_fingerprints", {"source", "fingerprint", "documents"}, {}, nullptr},
      {"seen_files",
       {"source", "path", "size", "mtime_ns", "content_hash", "outcome", "reason", "document_id",
        "seen_at"},
       {},
       nullptr},
      {"seen_items",
       {"source", "item_key", "url", "outcome", "reason", "document_id", "seen_at"},
       {},
       nullptr},
      {"source_state",
       {"source", "last_run_at", "next_due_at", "last_error", "failures", "url", "parked"},
       {},
       nullptr},
      {"http_validators", {"url", "etag", "last_modified", "checked_at"}, {}, nullptr},
      {"item_handoffs",
       {"url", "site", "owner", "shards", "source", "item_key", "title", "author", "published",
        "handed_at", "due_at", "tries"},
       {},
       nullptr},
  };
  return tables;
}

bool IsBytes(const Table& t, std::size_t i) { return i < t.bytes.size() && t.bytes[i]; }

std::string ColumnList(const Table& t) {
  std::string out;
  for (const char* c : t.columns) out += std::string(out.empty() ? "" : ", ") + c;
  return out;
}

using Row = std::vector<std::optional<std::string>>;

// INSERT INTO t (columns) VALUES ($1, $2, ...).
std::string InsertSql(const Table& t) {
  std::string marks;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    marks += (i ? ", $" : "$") + std::to_string(i + 1);
  }
  return std::string("INSERT INTO ") + t.name + " (" + ColumnList(t) + ") VALUES (" + marks + ")";
}

// A table's rows, or (ranged) those of the documents with ids $1..$2, in id
// order. SQLite reads $1 and $2 as it binds them, by position, as
// PostgreSQL does.
std::string SelectSql(const Table& t, bool ranged) {
  std::string sql = "SELECT " + ColumnList(t) + " FROM " + t.name;
  if (ranged) {
    sql += std::string(" WHERE ") + t.id_column + " BETWEEN $1 AND $2 ORDER BY " + t.id_column;
  }
  return sql;
}

// One end of the copy: reads rows of a table, writes rows, in transactions.
class End {
 public:
  virtual ~End() = default;
  virtual Result<std::vector<Row>> Read(const Table& t, bool ranged, std::int64_t low,
                                        std::int64_t high) = 0;
  virtual Status Write(const Table& t, const std::vector<Row>& rows) = 0;
  virtual Result<std::int64_t> Int(const std::string& sql) = 0;
  virtual Status Exec(const std::string& sql) = 0;
  // After the documents: the full-text index (SQLite) or the id sequence
  // (PostgreSQL) catch up with the ids copied.
  virtual Status Finish() = 0;
};

class SqliteEnd final : public End {
 public:
  explicit SqliteEnd(std::unique_ptr<SqliteDatabase> db) : db_(std::move(db)) {}
  Result<std::vector<Row>> Read(const Table& t, bool ranged, std::int64_t low,
                                std::int64_t high) override {
    Result<SqliteStatement> stmt = db_->Prepare(SelectSql(t, ranged));
    if (!stmt.ok()) return stmt.status();
    if (ranged) {
      if (Status s = stmt->BindAll(low, high); !s.ok()) return s;
    }
    std::vector<Row> rows;
    for (;;) {
      Result<bool> more = stmt->Step();
      if (!more.ok()) return more.status();
      if (!*more) return rows;
      Row row;
      for (std::size_t i = 0; i < t.columns.size(); ++i) {
        std::optional<std::string> v = stmt->ColumnText(static_cast<int>(i));
        if (v && IsBytes(t, i)) v = stmt->ColumnBlob(static_cast<int>(i));
        row.push_back(std::move(v));
      }
      rows.push_back(std::move(row));
    }
  }
  Status Write(const Table& t, const std::vector<Row>& rows) override {
    Result<SqliteStatement> stmt = db_->Prepare(InsertSql(t));
    if (!stmt.ok()) return stmt.status();
    for (const Row& row : rows) {
      stmt->Reset();
      for (std::size_t i = 0; i < row.size(); ++i) {
        const int at = static_cast<int>(i + 1);
        Status s = !row[i]              ? stmt->BindNull(at)
                   : IsBytes(t, i)      ? stmt->BindBlob(at, *row[i])
                   : IsInteger(*row[i]) ? stmt->BindInt64(at, std::stoll(*row[i]))
                                        : stmt->BindText(at, *row[i]);
        if (!s.ok()) return s;
      }
      Result<bool> done = stmt->Step();
      if (!done.ok()) return done.status().WithContext(std::string("copying ") + t.name);
    }
    return Status::Ok();
  }
  Result<std::int64_t> Int(const std::string& sql) override { return db_->QueryInt64(sql); }
  Status Exec(const std::string& sql) override {
    return db_->Exec(sql == "BEGIN" ? "BEGIN IMMEDIATE" : sql);
  }
  Status Finish() override {
    return db_->Exec("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')");
  }

 private:
  // PostgreSQL gives every value as text: integer columns are written back
  // as integers (SQLite would keep the text form otherwise).
  static bool IsInteger(const std::string& v) {
    if (v.empty() || v.size() > 19) return false;
    for (std::size_t i = v[0] == '-' ? 1 : 0; i < v.size(); ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
    }
    return v != "-";
  }
  std::unique_ptr<SqliteDatabase> db_;
};

class PgEnd final : public End {
 public:
  explicit PgEnd(std::unique_ptr<PgConnection> db) : db_(std::move(db)) {}
  Result<std::vector<Row>> Read(const Table& t, bool ranged, std::int64_t low,
                                std::int64_t high) override {
    std::vector<PgParam> params;
    if (ranged) params = {PgParam::Int(low), PgParam::Int(high)};
    Result<PgRows> rows = db_->Exec(SelectSql(t, ranged), params);
    if (!rows.ok()) return rows.status();
    std::vector<Row> out;
    for (int r = 0; r < rows->size(); ++r) {
      Row row;
      for (std::size_t i = 0; i < t.columns.size(); ++i) {
        const int c = static_cast<int>(i);
        if (rows->IsNull(r, c)) {
          row.push_back(std::nullopt);
        } else {
          row.push_back(IsBytes(t, i) ? rows->Bytes(r, c) : rows->Text(r, c));
        }
      }
      out.push_back(std::move(row));
    }
    return out;
  }
  Status Write(const Table& t, const std::vector<Row>& rows) override {
    const std::string sql = InsertSql(t);
    for (const Row& row : rows) {
      std::vector<PgParam> params;
      for (std::size_t i = 0; i < row.size(); ++i) {
        params.push_back(!row[i]         ? PgParam::Null()
                         : IsBytes(t, i) ? PgParam::Bytes(*row[i])
                                         : PgParam::Text(*row[i]));
      }
      if (Status s = db_->Exec(sql, params).status(); !s.ok()) {
        return s.WithContext(std::string("copying ") + t.name);
      }
    }
    return Status::Ok();
  }
  Result<std::int64_t> Int(const std::string& sql) override { return db_->QueryInt(sql); }
  Status Exec(const std::string& sql) override { return db_->Exec(sql).status(); }
  Status Finish() override {
    return db_
        ->Exec(
            "SELECT setval(pg_get_serial_sequence('documents', 'id'),"
            " greatest((SELECT max(id) FROM documents), 1))")
        .status();
  }

 private:
  std::unique_ptr<PgConnection> db_;
};

// Opens an end, creating the corpus (its schema) when it is the target.
Result<std::unique_ptr<End>> OpenEnd(const std::string& database) {
  if (IsPostgresUrl(database)) {
    // Through the store first: it creates the tables if missing.
    if (Result<std::unique_ptr<PgCorpusStore>> store = PgCorpusStore::Open(database); !store.ok()) {
      return store.status();
    }
    Result<std::unique_ptr<PgConnection>> db = PgConnection::Connect(database);
    if (!db.ok()) return db.status();
    return std::unique_ptr<End>(new PgEnd(std::move(*db)));
  }
  if (Result<std::unique_ptr<CorpusStore>> store = CorpusStore::Open(database); !store.ok()) {
    return store.status();
  }
  Result<std::unique_ptr<SqliteDatabase>> db =
      SqliteDatabase::Open(database, SqliteDatabase::Mode::kReadWrite);
  if (!db.ok()) return db.status();
  if (Status s = (*db)->SetBusyTimeout(10000); !s.ok()) return s;
  return std::unique_ptr<End>(new SqliteEnd(std::move(*db)));
}

}  // namespace

Result<CopyCounts> CopyCorpus(const std::string& from, const std::string& to,
                              const std::function<void(const CopyCounts&)>& progress) {
  if (from == to) return Status::InvalidInput("--from and --to name the same corpus");
  Result<std::unique_ptr<End>> source = OpenEnd(from);
  if (!source.ok()) return source.status().WithContext(RedactedUrl(from));
  Result<std::unique_ptr<End>> target = OpenEnd(to);
  if (!target.ok()) return target.status().WithContext(RedactedUrl(to));
  End& in = **source;
  End& out = **target;
  Result<std::int64_t> there = out.Int("SELECT count(*) FROM documents");
  if (!there.ok()) return there.status();
  if (*there != 0) {
    return Status::InvalidInput(RedactedUrl(to) + " already holds " + std::to_string(*there) +
                                " documents; copy into an empty corpus");
  }
  Result<std::int64_t> last = in.Int("SELECT coalesce(max(id), 0) FROM documents");
  if (!last.ok()) return last.status();

  CopyCounts counts;
  auto copy = [&](const Table& t, bool ranged, std::int64_t low, std::int64_t high) -> Status {
    Result<std::vector<Row>> rows = in.Read(t, ranged, low, high);
    if (!rows.ok()) return rows.status().WithContext(std::string("reading ") + t.name);
    if (Status s = out.Write(t, *rows); !s.ok()) return s;
    counts.rows += static_cast<std::int64_t>(rows->size());
    if (std::string(t.name) == "documents") {
      counts.documents += static_cast<std::int64_t>(rows->size());
    }
    return Status::Ok();
  };
  auto in_transaction = [&](const std::function<Status()>& work) -> Status {
    if (Status s = out.Exec("BEGIN"); !s.ok()) return s;
    Status s = work();
    if (s.ok()) s = out.Exec("COMMIT");
    if (!s.ok()) out.Exec("ROLLBACK");
    return s;
  };
  for (std::int64_t low = 1; low <= *last; low += kDocumentsPerBatch) {
    const std::int64_t high = low + kDocumentsPerBatch - 1;
    Status s = in_transaction([&]() -> Status {
      for (const Table& t : Tables()) {
        if (t.id_column == nullptr) continue;
        if (Status c = copy(t, true, low, high); !c.ok()) return c;
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
    if (progress) progress(counts);
  }
  Status s = in_transaction([&]() -> Status {
    for (const Table& t : Tables()) {
      if (t.id_column != nullptr) continue;
      if (Status c = copy(t, false, 0, 0); !c.ok()) return c;
    }
    return out.Finish();
  });
  if (!s.ok()) return s;
  return counts;
}

}  // namespace corpusd
