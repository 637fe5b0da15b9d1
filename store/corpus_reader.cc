#include "store/corpus_reader.h"

#include <filesystem>

#include "store/schema.h"

namespace corpusd {

Result<std::unique_ptr<CorpusReader>> CorpusReader::Open(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound("no corpus at " + path);
  Result<std::unique_ptr<SqliteDatabase>> db =
      SqliteDatabase::Open(path, SqliteDatabase::Mode::kReadOnly);
  if (!db.ok()) return db.status();
  (*db)->Exec("PRAGMA busy_timeout = 5000");
  Result<std::int64_t> version = (*db)->QueryInt64("PRAGMA user_version");
  if (!version.ok()) return Status::InvalidInput("not a corpus: " + version.status().message());
  if (*version != CurrentSchemaVersion()) {
    return Status::Unsupported(
        "corpus schema version " + std::to_string(*version) + ", this corpusd reads version " +
        std::to_string(CurrentSchemaVersion()) + " (any writing command migrates an older corpus)");
  }
  return std::unique_ptr<CorpusReader>(new CorpusReader(std::move(*db)));
}

Status CorpusReader::ForEachDocument(const DocumentFilter& filter,
                                     const std::function<bool(const StoredDocument&)>& visit) {
  // The lists become "IN (?, ?, ...)" with one parameter each, after the fixed ones.
  std::string sql =
      "SELECT id, source, text, fetched_at, content_hash, content_type, encoding, url, title,"
      " author, published_at, language, dateline, modified_at, canonical_url, site_name,"
      " description, extraction, rules_version, near_duplicate_of FROM documents"
      " WHERE (?1 = '' OR fetched_at >= ?1) AND (?2 = '' OR source = ?2)"
      " AND (?3 = 0 OR near_duplicate_of IS NULL) AND (?4 = '' OR fetched_at < ?4)"
      " AND id > ?5 AND (?6 = 0 OR length(text) >= ?6)";
  int next = 7;
  auto in_list = [&](std::string_view column, std::size_t n) {
    if (n == 0) return;
    sql += " AND " + std::string(column) + " IN (";
    for (std::size_t i = 0; i < n; ++i) sql += (i ? ", ?" : "?") + std::to_string(next++);
    sql += ")";
  };
  in_list("source", filter.sources.size());
  in_list("language", filter.languages.size());
  sql += " ORDER BY id";
  Result<SqliteStatement> stmt = db_->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Status bound =
      stmt->BindAll(filter.since, filter.source, std::int64_t{filter.skip_near_duplicates ? 1 : 0},
                    filter.until, filter.after_id, filter.min_chars);
  int index = 7;
  for (const std::string& v : filter.sources) {
    if (bound.ok()) bound = stmt->Bind(index++, v);
  }
  for (const std::string& v : filter.languages) {
    if (bound.ok()) bound = stmt->Bind(index++, v);
  }
  if (!bound.ok()) return bound;
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    StoredDocument d;
    d.id = stmt->ColumnInt64(0);
    d.source = stmt->ColumnText(1).value_or("");
    d.text = stmt->ColumnText(2).value_or("");
    d.fetched_at = stmt->ColumnText(3).value_or("");
    d.content_hash = stmt->ColumnText(4).value_or("");
    d.content_type = stmt->ColumnText(5).value_or("");
    d.encoding = stmt->ColumnText(6).value_or("");
    std::optional<std::string>* optional[] = {&d.url,          &d.title,         &d.author,
                                              &d.published_at, &d.language,      &d.dateline,
                                              &d.modified_at,  &d.canonical_url, &d.site_name,
                                              &d.description,  &d.extraction,    &d.rules_version};
    for (int i = 0; i < 12; ++i) *optional[i] = stmt->ColumnText(7 + i);
    d.near_duplicate_of = stmt->ColumnInt64(19);
    if (!visit(d)) return Status::Ok();
  }
}

Status CorpusReader::ForEachRow(std::string_view sql,
                                const std::function<void(const SqliteStatement&)>& visit) {
  Result<SqliteStatement> stmt = db_->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    visit(*stmt);
  }
}

}  // namespace corpusd
