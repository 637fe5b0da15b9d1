// The daemon's state in the corpus: files seen and source schedules.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/content_hash.h"
#include "store/corpus_store.h"
#include "tests/store/handoffs_contract.h"
#include "tests/support/corpus_query.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::TempDir;

PendingDocument Doc(const std::string& text, const FileOrigin& origin) {
  PendingDocument d;
  d.record.source = origin.source;
  d.record.fetched_at = "2026-11-21T12:00:00Z";
  d.record.text = text;
  d.record.content_hash = Sha256Hex(text);
  d.record.content_type = "text/plain";
  d.record.encoding = "UTF-8";
  d.raw = text;
  d.origin = origin;
  return d;
}

class CorpusStoreStateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = CorpusStore::Open(dir_ / "corpus.db");
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
  }
  TempDir dir_;
  std::unique_ptr<CorpusStore> store_;
};

TEST_F(CorpusStoreStateTest, AStoredFileIsRememberedInTheSameTransaction) {
  const FileOrigin a{"inbox", "/in/a.txt", 5, 1000, Sha256Hex("hello")};
  EXPECT_FALSE(*store_->SeenFileAt("inbox", "/in/a.txt", 5, 1000));
  auto outcomes = store_->AppendBatch({Doc("hello", a)});
  ASSERT_TRUE(outcomes.ok());
  EXPECT_TRUE(*store_->SeenFileAt("inbox", "/in/a.txt", 5, 1000));
  // Another size or time is another look; another source never matches.
  EXPECT_FALSE(*store_->SeenFileAt("inbox", "/in/a.txt", 5, 2000));
  EXPECT_FALSE(*store_->SeenFileAt("other", "/in/a.txt", 5, 1000));
}

TEST_F(CorpusStoreStateTest, TouchedFileWithTheSameBytesIsKnownByItsContent) {
  const FileOrigin a{"inbox", "/in/a.txt", 5, 1000, Sha256Hex("hello")};
  ASSERT_TRUE(store_->AppendBatch({Doc("hello", a)}).ok());
  FileOrigin touched = a;
  touched.mtime_ns = 5000;
  EXPECT_TRUE(*store_->SeenFileContent(touched, "2026-11-21T13:00:00Z"));
  EXPECT_TRUE(*store_->SeenFileAt("inbox", "/in/a.txt", 5, 5000));  // the cheap look now
  FileOrigin changed = touched;
  changed.content_hash = Sha256Hex("hello, world");
  EXPECT_FALSE(*store_->SeenFileContent(changed, "2026-11-21T13:00:00Z"));
}

TEST_F(CorpusStoreStateTest, RejectedFileIsRememberedWithItsReason) {
  const FileOrigin bad{"inbox", "/in/bad.png", 9, 1000, Sha256Hex("png")};
  ASSERT_TRUE(store_->RecordRejectedFile(bad, "binary content", "2026-11-21T12:00:00Z").ok());
  EXPECT_TRUE(*store_->SeenFileAt("inbox", "/in/bad.png", 9, 1000));
  EXPECT_EQ(*store_->CountDocuments(), 0);
}

TEST_F(CorpusStoreStateTest, SourceStateRoundTripsAndStartsEmpty) {
  auto empty = store_->LoadSourceState("inbox");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->next_due_at, "");
  EXPECT_EQ(empty->failures, 0);
  SourceState state{"2026-11-21T12:00:00Z", "2026-11-21T12:00:30Z", "folder missing", 2, "", ""};
  ASSERT_TRUE(store_->SaveSourceState("inbox", state).ok());
  state.failures = 3;
  ASSERT_TRUE(store_->SaveSourceState("inbox", state).ok());
  auto loaded = store_->LoadSourceState("inbox");
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->last_run_at, "2026-11-21T12:00:00Z");
  EXPECT_EQ(loaded->next_due_at, "2026-11-21T12:00:30Z");
  EXPECT_EQ(loaded->last_error, "folder missing");
  EXPECT_EQ(loaded->failures, 3);
}

TEST_F(CorpusStoreStateTest, FeedItemsAreRememberedWithTheirDocument) {
  PendingDocument d = Doc("item text", FileOrigin{"news", "", 0, 0, ""});
  d.origin.reset();
  d.item = ItemOrigin{"news", "tag:example.org,2024:1", "https://example.org/1"};
  EXPECT_FALSE(*store_->SeenItem("news", "tag:example.org,2024:1"));
  ASSERT_TRUE(store_->AppendBatch({d}).ok());
  EXPECT_TRUE(*store_->SeenItem("news", "tag:example.org,2024:1"));
  EXPECT_FALSE(*store_->SeenItem("other", "tag:example.org,2024:1"));
  ASSERT_TRUE(store_
                  ->RecordRejectedItem({"news", "2", "https://example.org/2"}, "HTTP 404",
                                       "2026-11-21T12:00:00Z")
                  .ok());
  EXPECT_TRUE(*store_->SeenItem("news", "2"));
}

TEST_F(CorpusStoreStateTest, ValidatorsRoundTripPerUrl) {
  EXPECT_EQ(store_->LoadValidators("https://example.org/feed")->etag, "");
  ASSERT_TRUE(store_
                  ->SaveValidators("https://example.org/feed", {"\"v1\"", "Tue, 10 Jun 2003"},
                                   "2026-11-21T12:00:00Z")
                  .ok());
  auto v = store_->LoadValidators("https://example.org/feed");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->etag, "\"v1\"");
  EXPECT_EQ(v->last_modified, "Tue, 10 Jun 2003");
}

TEST_F(CorpusStoreStateTest, SourceStateKeepsTheMovedUrlAndWhyItWasParked) {
  SourceState state;
  state.url = "https://new.example.org/feed";
  state.parked = "HTTP 410 Gone";
  ASSERT_TRUE(store_->SaveSourceState("news", state).ok());
  auto loaded = store_->LoadSourceState("news");
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->url, "https://new.example.org/feed");
  EXPECT_EQ(loaded->parked, "HTTP 410 Gone");
}

TEST_F(CorpusStoreStateTest, HandOffsKeepTheirPromises) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ / "corpus.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.text = 'bad' "
                         "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  testing::CheckHandOffContract(*store_, [&](const std::string& sql) {
    return testing::QueryCorpus(dir_ / "corpus.db", sql);
  });
}

}  // namespace
}  // namespace corpusd
