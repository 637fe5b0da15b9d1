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
  Result<SqliteStatement> stmt = db_->Prepare(
      "SELECT id, source, text, fetched_at, content_hash, content_type, encoding, url, title,"
      " author, published_at, language, dateline, modified_at, canonical_url, site_name,"
      " description, extraction, rules_version, near_duplicate_of FROM documents"
      " WHERE (?1 = '' OR fetched_at >= ?1) AND (?2 = '' OR source = ?2)"
      " AND (?3 = 0 OR near_duplicate_of IS NULL) ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  Status bound = stmt->BindAll(filter.since, filter.source,
                               std::int64_t{filter.skip_near_duplicates ? 1 : 0});
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
    std::optional<std::string>* optional[] = {
        &d.url,         &d.title,         &d.author,    &d.published_at, &d.language,
        &d.dateline,    &d.modified_at,   &d.canonical_url, &d.site_name,  &d.description,
        &d.extraction,  &d.rules_version};
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
