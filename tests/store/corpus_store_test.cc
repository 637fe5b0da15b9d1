#include "store/corpus_store.h"

#include <grp.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "core/content_hash.h"
#include "store/schema.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::ReadFileBytes;
using testing::TempDir;

PendingDocument Doc(const std::string& text, const std::string& raw = "raw bytes") {
  PendingDocument d;
  d.record.source = "test";
  d.record.url = "file:///tmp/x.txt";
  d.record.fetched_at = "2026-11-21T12:00:00Z";
  d.record.text = text;
  d.record.content_hash = Sha256Hex(text);
  d.record.content_type = "text/plain";
  d.record.encoding = "UTF-8";
  d.raw = raw;
  return d;
}

std::unique_ptr<CorpusStore> OpenOrDie(const std::string& path) {
  Result<std::unique_ptr<CorpusStore>> store = CorpusStore::Open(path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

// Runs a query with the plain SQLite API, as another tool would.
std::string QueryWithOtherConnection(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_busy_timeout(db, 2000);
  sqlite3_stmt* stmt = nullptr;
  std::string out = "error";
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(stmt, 0);
    out = t ? reinterpret_cast<const char*>(t) : "NULL";
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

// Another tool's trigger, through another connection: inserting the text
// "bad" fails with "refused by trigger".
void RefuseBadTexts(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db,
               "CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.text = 'bad' "
               "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END",
               nullptr, nullptr, nullptr);
  sqlite3_close(db);
}

TEST(CorpusStore, CreatesWalCorpusAtCurrentSchemaVersion) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db", "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db", "PRAGMA user_version"),
            std::to_string(CurrentSchemaVersion()));
}

TEST(CorpusStore, StoresRecordsAndCountsTheSameTextAsDuplicate) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  ASSERT_TRUE(store);
  auto first = store->AppendBatch({Doc("alpha"), Doc("beta"), Doc("alpha")});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_EQ(first->size(), 3u);
  EXPECT_FALSE((*first)[0].duplicate);
  EXPECT_FALSE((*first)[1].duplicate);
  EXPECT_TRUE((*first)[2].duplicate);
  EXPECT_EQ((*first)[2].id, (*first)[0].id);

  auto again = store->AppendBatch({Doc("beta")});
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE((*again)[0].duplicate);
  EXPECT_EQ(*store->CountDocuments(), 2);
}

TEST(CorpusStore, KeepsTheRawInputCompressed) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  ASSERT_TRUE(store);
  const std::string raw(100000, 'x');
  auto out = store->AppendBatch({Doc("text", raw)});
  ASSERT_TRUE(out.ok());
  auto back = store->RawInput((*out)[0].id);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, raw);
  EXPECT_EQ(
      QueryWithOtherConnection(dir / "corpus.db", "SELECT length(data) < 1000 FROM raw_inputs"),
      "1");
}

TEST(CorpusStore, ReopensAnExistingCorpusWithItsRows) {
  TempDir dir;
  {
    auto store = OpenOrDie(dir / "corpus.db");
    ASSERT_TRUE(store->AppendBatch({Doc("kept")}).ok());
  }
  auto store = OpenOrDie(dir / "corpus.db");
  EXPECT_EQ(*store->CountDocuments(), 1);
}

TEST(CorpusStore, FailedBatchLeavesTheCorpusAsItWas) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  ASSERT_TRUE(store->AppendBatch({Doc("before")}).ok());
  RefuseBadTexts(dir / "corpus.db");  // another tool's trigger: an insert of 'bad' fails
  auto out = store->AppendBatch({Doc("good"), Doc("bad")});
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.status().message().find("refused by trigger"), std::string::npos);
  EXPECT_EQ(*store->CountDocuments(), 1);
  EXPECT_TRUE(store->AppendBatch({Doc("good")}).ok()) << "the store is usable after a failure";
}

// Held commits (the daemon's): one transaction for many batches, committed
// when the holder says; each batch still all or nothing.
TEST(CorpusStore, HeldWritesReachReadersWhenCommitted) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  store->HoldCommits(true);
  EXPECT_FALSE(store->HoldsWrites());
  ASSERT_TRUE(store->AppendBatch({Doc("one")}).ok());
  ASSERT_TRUE(store->AppendBatch({Doc("two")}).ok());
  SourceState state;
  state.next_due_at = "2026-11-21T13:00:00Z";
  ASSERT_TRUE(store->SaveSourceState("inbox", state).ok());
  EXPECT_TRUE(store->HoldsWrites());
  EXPECT_EQ(*store->CountDocuments(), 2) << "the writer sees its own held writes";
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db", "SELECT count(*) FROM documents"), "0");
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db", "SELECT count(*) FROM source_state"), "0");

  ASSERT_TRUE(store->CommitHeld().ok());
  EXPECT_FALSE(store->HoldsWrites());
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db", "SELECT count(*) FROM documents"), "2");
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db", "SELECT next_due_at FROM source_state"),
            "2026-11-21T13:00:00Z");
  EXPECT_TRUE(store->CommitHeld().ok()) << "nothing held: nothing to do";
}

TEST(CorpusStore, AFailedBatchAmongHeldWritesUndoesOnlyItself) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  RefuseBadTexts(dir / "corpus.db");
  store->HoldCommits(true);
  ASSERT_TRUE(store->AppendBatch({Doc("first")}).ok());
  EXPECT_FALSE(store->AppendBatch({Doc("second"), Doc("bad")}).ok());
  auto again = store->AppendBatch({Doc("second")});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_FALSE((*again)[0].duplicate) << "the failed batch's 'second' was undone";
  ASSERT_TRUE(store->CommitHeld().ok());
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db", "SELECT group_concat(text) FROM documents"),
            "first,second");
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db",
                                     "SELECT count(*) FROM documents_fts WHERE documents_fts "
                                     "MATCH 'second'"),
            "1");
}

TEST(CorpusStore, ClosingTheStoreCommitsItsHeldWrites) {
  TempDir dir;
  {
    auto store = OpenOrDie(dir / "corpus.db");
    store->HoldCommits(true);
    ASSERT_TRUE(store->AppendBatch({Doc("kept")}).ok());
  }
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db", "SELECT count(*) FROM documents"), "1");
}

TEST(CorpusStore, KeepsTheWalFileAfterClosingForReadersWhoCannotCreateIt) {
  TempDir dir;
  const std::string path = dir / "corpus.db";
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store->AppendBatch({Doc("kept")}).ok());
  }
  EXPECT_TRUE(std::filesystem::exists(path + "-wal"));
  EXPECT_EQ(QueryWithOtherConnection(path, "SELECT count(*) FROM documents"), "1");
}

TEST(CorpusStore, RefusesAFileThatIsNotADatabaseAndLeavesItUntouched) {
  TempDir dir;
  const std::string content = "this is a text file, not a corpus\n";
  const std::string path = dir.Write("notes.txt", content);
  auto store = CorpusStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().message(), "not a SQLite database");
  EXPECT_EQ(ReadFileBytes(path), content);
  EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST(CorpusStore, ExplainsAReadOnlyDirectory) {
  TempDir dir;
  dir.MakeReadOnlySubdirectory("ro");
  // Root writes anywhere, so the check runs in a child that is not root.
  EXPECT_EXIT(
      {
        if (geteuid() == 0 &&
            (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0)) {
          _exit(2);
        }
        auto store = CorpusStore::Open(dir / "ro/corpus.db");
        fprintf(stderr, "%s\n", store.status().message().c_str());
        _exit(store.ok() ? 1 : 0);
      },
      ::testing::ExitedWithCode(0), "is not writable");
}

TEST(CorpusStore, RefusesASchemaNewerThanItKnows) {
  TempDir dir;
  {
    sqlite3* db = nullptr;
    sqlite3_open((dir / "corpus.db").c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto store = CorpusStore::Open(dir / "corpus.db");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer"), std::string::npos);
}

TEST(CorpusStore, ReadersSeeCommittedRowsWhileAWriterHoldsATransaction) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  ASSERT_TRUE(store->AppendBatch({Doc("one")}).ok());
  sqlite3* writer = nullptr;
  sqlite3_open((dir / "corpus.db").c_str(), &writer);
  ASSERT_EQ(
      sqlite3_exec(writer, "BEGIN IMMEDIATE; DELETE FROM raw_inputs;", nullptr, nullptr, nullptr),
      SQLITE_OK);
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db", "SELECT count(*) FROM documents"), "1");
  sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(writer);
}

}  // namespace
}  // namespace corpusd

namespace corpusd {
namespace {

TEST(CorpusStore, StoresRemovalsRepairsAndDateMentionsWithTheDocument) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  PendingDocument doc = Doc("On Thursday he spoke.");
  doc.record.dateline = "ASTANA (Sputnik)";
  doc.record.removals = {{"builtin:copy-protection", "error: Content is protected !!"},
                         {"learned", "Follow us"}};
  doc.record.repairs = {{"mojibake:windows-1252", 2}};
  doc.record.date_mentions = {{3, 11, "Thursday", "2024-07-04", DatePrecision::kDay}};
  auto out = store->AppendBatch({doc});
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  const std::string db = dir / "corpus.db";
  EXPECT_EQ(QueryWithOtherConnection(db, "SELECT dateline FROM documents"), "ASTANA (Sputnik)");
  EXPECT_EQ(QueryWithOtherConnection(db,
                                     "SELECT group_concat(rule || '=' || text, '|') FROM "
                                     "(SELECT * FROM removals ORDER BY seq)"),
            "builtin:copy-protection=error: Content is protected !!|learned=Follow us");
  EXPECT_EQ(QueryWithOtherConnection(db, "SELECT kind || count FROM repairs"),
            "mojibake:windows-12522");
  EXPECT_EQ(QueryWithOtherConnection(
                db,
                "SELECT start || ',' || end || ',' || text || ',' || value || ',' || "
                "precision FROM date_mentions"),
            "3,11,Thursday,2024-07-04,day");
}

TEST(CorpusStore, CountsLineFingerprintsPerSourceForStoredDocumentsOnly) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  PendingDocument a = Doc("first"), b = Doc("second"), dup = Doc("first");
  a.line_fingerprints = {7, 8};
  b.line_fingerprints = {7};
  dup.line_fingerprints = {7};
  ASSERT_TRUE(store->AppendBatch({a, b, dup}).ok());
  EXPECT_EQ(*store->DocumentsWithLine("test", 7), 2) << "the duplicate is not counted";
  EXPECT_EQ(*store->DocumentsWithLine("test", 8), 1);
  EXPECT_EQ(*store->DocumentsWithLine("test", 9), 0);
  EXPECT_EQ(*store->DocumentsWithLine("other", 7), 0);
  EXPECT_EQ(*store->DocumentsOfSource("test"), 2);
}

TEST(CorpusStore, StoresWhatAPageSaysAboutItself) {
  TempDir dir;
  auto store = OpenOrDie(dir / "corpus.db");
  PendingDocument doc = Doc("text");
  doc.record.modified_at = "2024-07-05T10:00:00+03:00";
  doc.record.canonical_url = "https://example.org/a";
  doc.record.site_name = "Example";
  doc.record.description = "A story.";
  doc.record.extraction = "main-content";
  ASSERT_TRUE(store->AppendBatch({doc}).ok());
  EXPECT_EQ(QueryWithOtherConnection(dir / "corpus.db",
                                     "SELECT modified_at || '|' || canonical_url || '|' || "
                                     "site_name || '|' || description || '|' || extraction "
                                     "FROM documents"),
            "2024-07-05T10:00:00+03:00|https://example.org/a|Example|A story.|main-content");
}

}  // namespace
}  // namespace corpusd
