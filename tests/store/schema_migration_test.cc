// Schema evolution: a corpus written at every earlier schema version, with
// rows in each table that version had, opens with today's store: migrated to
// the current version, every row kept, the full-text index filled, and new
// documents appended beside the old.
#include <gtest/gtest.h>

#include <string>

#include "core/content_hash.h"
#include "store/corpus_store.h"
#include "store/schema.h"
#include "tests/support/corpus_query.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::QueryCorpus;
using testing::TempDir;

// Rows as a corpusd of schema `version` wrote them.
void WriteCorpusAtVersion(const std::string& path, int version) {
  auto db = SqliteDatabase::Open(path, SqliteDatabase::Mode::kReadWriteCreate);
  ASSERT_TRUE(db.ok());
  SqliteDatabase& conn = **db;
  ASSERT_TRUE(conn.Exec("PRAGMA journal_mode = WAL").ok());
  ASSERT_TRUE(MigrateSchema(conn, version).ok());
  auto exec = [&conn](const std::string& sql) {
    Status s = conn.Exec(sql);
    ASSERT_TRUE(s.ok()) << s.ToString() << "\n" << sql;
  };
  if (version >= 1) {
    exec(
        "INSERT INTO documents (id, source, url, title, fetched_at, text, content_hash,"
        " content_type, encoding) VALUES (1, 'old', 'https://example.com/a', 'Harbour news',"
        " '2024-01-01T00:00:00Z', 'The harbour froze over in the cold January night.', '" +
        Sha256Hex("The harbour froze over in the cold January night.") +
        "', 'text/plain', 'UTF-8')");
    exec(
        "INSERT INTO raw_inputs (document_id, size, compression, data)"
        " VALUES (1, 3, 'none', x'616263')");
  }
  if (version >= 2) {
    exec("UPDATE documents SET dateline = 'OSLO' WHERE id = 1");
    exec(
        "INSERT INTO removals (document_id, seq, rule, text)"
        " VALUES (1, 0, 'builtin:share', 'Share this')");
  }
  if (version >= 3) exec("UPDATE documents SET site_name = 'Example' WHERE id = 1");
  if (version >= 4) {
    exec(
        "INSERT INTO seen_files (source, path, size, mtime_ns, content_hash, outcome,"
        " document_id, seen_at) VALUES ('old', '/in/a.txt', 3, 1, 'h', 'stored', 1, 'then')");
    exec("INSERT INTO source_state (source, failures) VALUES ('old', 2)");
  }
  if (version >= 5) {
    exec(
        "INSERT INTO seen_items (source, item_key, url, outcome, document_id, seen_at)"
        " VALUES ('feed', 'guid-1', 'https://example.com/a', 'stored', 1, 'then')");
    exec("UPDATE source_state SET parked = 'gone (410)' WHERE source = 'old'");
  }
  if (version >= 6) {
    // A writer of version 6 indexes what it appends itself.
    exec("INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents");
  }
}

class SchemaMigrationTest : public ::testing::TestWithParam<int> {};

TEST_P(SchemaMigrationTest, MigratesToTheCurrentVersionKeepingEveryRow) {
  const int version = GetParam();
  TempDir dir;
  const std::string path = dir / "corpus.db";
  WriteCorpusAtVersion(path, version);
  ASSERT_EQ(QueryCorpus(path, "PRAGMA user_version"), std::to_string(version));

  Result<std::unique_ptr<CorpusStore>> store = CorpusStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(QueryCorpus(path, "PRAGMA user_version"), std::to_string(CurrentSchemaVersion()));
  EXPECT_EQ(QueryCorpus(path, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(QueryCorpus(path, "SELECT count(*) FROM pragma_foreign_key_check"), "0");

  const std::string old_documents = version >= 1 ? "1" : "0";
  EXPECT_EQ(QueryCorpus(path, "SELECT count(*) FROM documents"), old_documents);
  EXPECT_EQ(QueryCorpus(path,
                        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH"
                        " 'harbour'"),
            old_documents);
  if (version >= 1) {
    EXPECT_EQ(QueryCorpus(path,
                          "SELECT text_key_hash IS NULL AND near_duplicate_of IS NULL"
                          " AND duplicates_seen = 0 FROM documents"),
              "1");
    Result<std::vector<KeylessDocument>> keyless = (*store)->DocumentsWithoutKeys(10);
    ASSERT_TRUE(keyless.ok());
    EXPECT_EQ(keyless->size(), 1u);
  }
  if (version >= 2) {
    EXPECT_EQ(QueryCorpus(path, "SELECT dateline || rule FROM documents JOIN removals"),
              "OSLO"
              "builtin:"
              "share");
  }
  if (version >= 3) {
    EXPECT_EQ(QueryCorpus(path, "SELECT site_name FROM documents"), "Example");
  }
  if (version >= 4) {
    EXPECT_EQ(QueryCorpus(path, "SELECT document_id FROM seen_files"), "1");
    EXPECT_EQ(QueryCorpus(path, "SELECT failures FROM source_state"), "2");
  }
  if (version >= 5) {
    EXPECT_EQ(QueryCorpus(path, "SELECT item_key FROM seen_items"), "guid-1");
    EXPECT_EQ(QueryCorpus(path, "SELECT parked FROM source_state"), "gone (410)");
  }
  EXPECT_EQ(QueryCorpus(path, "SELECT count(*) FROM item_handoffs"), "0");

  PendingDocument doc;
  doc.record.source = "new";
  doc.record.fetched_at = "2026-12-02T00:00:00Z";
  doc.record.text = "Elections were held in the spring across the country.";
  doc.record.content_hash = Sha256Hex(doc.record.text);
  doc.record.content_type = "text/plain";
  doc.record.encoding = "UTF-8";
  doc.raw = doc.record.text;
  Result<std::vector<AppendOutcome>> appended = (*store)->AppendBatch({doc});
  ASSERT_TRUE(appended.ok()) << appended.status().ToString();
  EXPECT_FALSE(appended->front().duplicate);
  EXPECT_EQ(QueryCorpus(path,
                        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH"
                        " 'elections'"),
            "1");
  store->reset();
  // And a second open finds nothing left to migrate.
  ASSERT_TRUE(CorpusStore::Open(path).ok());
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, SchemaMigrationTest,
                         ::testing::Range(0, CurrentSchemaVersion()),
                         [](const ::testing::TestParamInfo<int>& info) {
                           return "FromVersion" + std::to_string(info.param);
                         });

}  // namespace
}  // namespace corpusd
