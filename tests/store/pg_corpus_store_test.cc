// The PostgreSQL corpus against a real server: a throwaway cluster per test
// suite (tests/support/postgres_cluster.h), a fresh database per test.
#include "store/pg_corpus_store.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/content_hash.h"
#include "tests/store/handoffs_contract.h"
#include "tests/support/postgres_cluster.h"

namespace corpusd {
namespace {

using testing::PostgresCluster;

PendingDocument Doc(const std::string& text, const std::string& raw = "raw bytes") {
  PendingDocument d;
  d.record.source = "test";
  d.record.url = "https://example.org/" + std::to_string(text.size());
  d.record.fetched_at = "2026-11-21T12:00:00Z";
  d.record.text = text;
  d.record.content_hash = Sha256Hex(text);
  d.record.content_type = "text/plain";
  d.record.encoding = "UTF-8";
  d.record.removals = {{"builtin:share", "Share this"}};
  d.record.repairs = {{"mojibake", 2}};
  d.raw = raw;
  d.line_fingerprints = {7, 8};
  return d;
}

class PgCorpusStoreTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cluster_ = new PostgresCluster; }
  static void TearDownTestSuite() {
    delete cluster_;
    cluster_ = nullptr;
  }
  void SetUp() override {
    SKIP_WITHOUT_POSTGRES(*cluster_);
    url_ = cluster_->NewDatabase(::testing::UnitTest::GetInstance()->current_test_info()->name());
    store_ = Open();
    ASSERT_TRUE(store_);
  }
  std::unique_ptr<PgCorpusStore> Open() {
    Result<std::unique_ptr<PgCorpusStore>> store = PgCorpusStore::Open(url_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }
  std::string Sql(const std::string& sql) {
    std::string out = cluster_->Psql(url_, sql);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }

  static PostgresCluster* cluster_;
  std::string url_;
  std::unique_ptr<PgCorpusStore> store_;
};
PostgresCluster* PgCorpusStoreTest::cluster_ = nullptr;

TEST_F(PgCorpusStoreTest, StoresRecordsWithTheirDetailsAndCountsDuplicates) {
  auto first = store_->AppendBatch({Doc("alpha harbour"), Doc("beta"), Doc("alpha harbour")});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_FALSE((*first)[0].duplicate);
  EXPECT_FALSE((*first)[1].duplicate);
  EXPECT_TRUE((*first)[2].duplicate);
  EXPECT_EQ((*first)[2].id, (*first)[0].id);
  EXPECT_EQ(*store_->CountDocuments(), 2);
  EXPECT_EQ(*store_->RawInput((*first)[0].id), "raw bytes");
  EXPECT_EQ(Sql("SELECT duplicates_seen FROM documents WHERE text = 'alpha harbour'"), "1");
  EXPECT_EQ(Sql("SELECT rule || ':' || text FROM removals ORDER BY document_id LIMIT 1"),
            "builtin:share:Share this");
  EXPECT_EQ(Sql("SELECT count FROM repairs ORDER BY document_id LIMIT 1"), "2");
  EXPECT_EQ(*store_->DocumentsWithLine("test", 7), 2);
  EXPECT_EQ(*store_->DocumentsOfSource("test"), 2);
  EXPECT_EQ(Sql("SELECT count(*) FROM documents WHERE search @@ plainto_tsquery('simple', "
                "'harbour')"),
            "1");
}

TEST_F(PgCorpusStoreTest, DetailsKeepEveryCharacterAndCountRepeatsAsTheSqliteCorpusDoes) {
  PendingDocument d = Doc("a text with odd removals");
  d.record.removals = {{"source:1", "say \"hi\", {or} \\ not"}, {"builtin:share", "Share"}};
  d.record.repairs = {{"mojibake", 2}, {"mojibake", 3}, {"html-entities", 1}};
  d.record.date_mentions = {{0, 4, "5 May", "2024-05-05", DatePrecision::kDay}};
  d.line_fingerprints = {7, 7, 8};
  ASSERT_TRUE(store_->AppendBatch({d}).ok());
  EXPECT_EQ(Sql("SELECT string_agg(seq || '=' || text, '|' ORDER BY seq) FROM removals"),
            "0=say \"hi\", {or} \\ not|1=Share");
  EXPECT_EQ(Sql("SELECT string_agg(kind || '=' || count, '|' ORDER BY kind) FROM repairs"),
            "html-entities=1|mojibake=5");
  EXPECT_EQ(Sql("SELECT text || '=' || value || '=' || precision FROM date_mentions"),
            "5 May=2024-05-05=day");
  EXPECT_EQ(*store_->DocumentsWithLine("test", 7), 2);
  EXPECT_EQ(*store_->DocumentsWithLine("test", 8), 1);
}

TEST_F(PgCorpusStoreTest, TwoWritersStoringTheSameTextAtOnceStoreItOnce) {
  // The first holds its write uncommitted; the second's insert waits for it
  // (the unique content_hash) and then counts a duplicate of its row.
  auto other = Open();
  ASSERT_TRUE(other);
  store_->HoldCommits(true);
  auto mine = store_->AppendBatch({Doc("the same story")});
  ASSERT_TRUE(mine.ok()) << mine.status().ToString();
  Result<std::vector<AppendOutcome>> theirs = Status::Internal("not run");
  std::thread second([&] { theirs = other->AppendBatch({Doc("the same story")}); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_TRUE(store_->CommitHeld().ok());
  second.join();
  ASSERT_TRUE(theirs.ok()) << theirs.status().ToString();
  EXPECT_TRUE((*theirs)[0].duplicate);
  EXPECT_EQ((*theirs)[0].id, (*mine)[0].id);
  EXPECT_EQ(Sql("SELECT count(*) FROM documents"), "1");
}

TEST_F(PgCorpusStoreTest, HeldWritesReachReadersWhenCommittedAndAFailedBatchUndoesOnlyItself) {
  Sql("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.text = "
      "'bad' THEN RAISE EXCEPTION 'refused by trigger'; END IF; RETURN NEW; END $$;"
      "CREATE TRIGGER refuse BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse()");
  store_->HoldCommits(true);
  ASSERT_TRUE(store_->AppendBatch({Doc("first")}).ok());
  auto failed = store_->AppendBatch({Doc("second"), Doc("bad")});
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.status().message().find("refused by trigger"), std::string::npos);
  ASSERT_TRUE(store_->AppendBatch({Doc("second")}).ok());
  SourceState state;
  state.next_due_at = "2026-11-21T13:00:00Z";
  ASSERT_TRUE(store_->SaveSourceState("test", state).ok());
  EXPECT_EQ(Sql("SELECT count(*) FROM documents"), "0") << "not committed yet";
  ASSERT_TRUE(store_->CommitHeld().ok());
  EXPECT_EQ(Sql("SELECT string_agg(text, ',' ORDER BY id) FROM documents"), "first,second");
  EXPECT_EQ(Sql("SELECT next_due_at FROM source_state"), "2026-11-21T13:00:00Z");
}

TEST_F(PgCorpusStoreTest, RemembersItemsFilesSchedulesAndValidators) {
  PendingDocument d = Doc("from a feed");
  d.item = ItemOrigin{"news", "guid-1", "https://example.org/a"};
  ASSERT_TRUE(store_->AppendBatch({d}).ok());
  EXPECT_TRUE(*store_->SeenItem("news", "guid-1"));
  EXPECT_FALSE(*store_->SeenItem("news", "guid-2"));
  ASSERT_TRUE(store_->RecordRejectedItem({"news", "guid-2", ""}, "too short", "t").ok());
  EXPECT_TRUE(*store_->SeenItem("news", "guid-2"));
  EXPECT_NE(*store_->DocumentWithUrl("https://example.org/11"), 0);
  EXPECT_EQ(*store_->DocumentWithUrl("https://example.org/none"), 0);

  const FileOrigin file{"inbox", "/in/a.txt", 5, 1000, Sha256Hex("hello")};
  ASSERT_TRUE(store_->RecordRejectedFile(file, "binary", "t").ok());
  EXPECT_TRUE(*store_->SeenFileAt("inbox", "/in/a.txt", 5, 1000));
  EXPECT_FALSE(*store_->SeenFileAt("inbox", "/in/a.txt", 6, 1000));
  EXPECT_TRUE(*store_->SeenFileContent({"inbox", "/in/a.txt", 6, 2000, Sha256Hex("hello")}, "t"));
  EXPECT_TRUE(*store_->SeenFileAt("inbox", "/in/a.txt", 6, 2000));

  SourceState state;
  state.last_run_at = "2026-11-21T12:00:00Z";
  state.failures = 3;
  state.parked = "HTTP 410 Gone";
  ASSERT_TRUE(store_->SaveSourceState("news", state).ok());
  Result<SourceState> back = store_->LoadSourceState("news");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->last_run_at, state.last_run_at);
  EXPECT_EQ(back->failures, 3);
  EXPECT_EQ(back->parked, "HTTP 410 Gone");

  ASSERT_TRUE(store_->SaveValidators("https://example.org/feed", {"\"v1\"", "Tue"}, "t").ok());
  EXPECT_EQ(store_->LoadValidators("https://example.org/feed")->etag, "\"v1\"");
  EXPECT_EQ(store_->LoadValidators("https://example.org/other")->etag, "");
}

TEST_F(PgCorpusStoreTest, ReprocessingReadsRecordsBackAndReplacesThemInPlace) {
  PendingDocument d = Doc("the first text");
  d.record.title = "Title";
  ASSERT_TRUE(store_->AppendBatch({d, Doc("the second text")}).ok());
  Result<std::vector<StoredRecord>> records = store_->RecordsAfter(0, 10);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[0].record.title, "Title");
  EXPECT_EQ((*records)[0].record.text, "the first text");
  EXPECT_EQ((*records)[0].record.url, d.record.url);
  StoredRecord changed = (*records)[0];
  changed.record.text = "the first text, cleaned again";
  changed.record.content_hash = Sha256Hex(changed.record.text);
  StoredRecord clash = (*records)[1];
  clash.record.content_hash = changed.record.content_hash;  // would repeat the first, as changed
  auto outcomes = store_->ReplaceBatch({changed, clash}, {});
  ASSERT_TRUE(outcomes.ok()) << outcomes.status().ToString();
  EXPECT_TRUE((*outcomes)[0].replaced);
  EXPECT_FALSE((*outcomes)[1].replaced);
  EXPECT_EQ(Sql("SELECT string_agg(text, '|' ORDER BY id) FROM documents"),
            "the first text, cleaned again|the second text");
}

TEST_F(PgCorpusStoreTest, RefusesASchemaNewerThanItKnows) {
  Sql("UPDATE corpusd_schema SET version = 99");
  Result<std::unique_ptr<PgCorpusStore>> again = PgCorpusStore::Open(url_);
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.status().message().find("schema version 99 is newer"), std::string::npos)
      << again.status().message();
}

TEST(PgCorpusStore, AServerThatIsNotThereIsAClearErrorWithoutThePassword) {
  Result<std::unique_ptr<PgCorpusStore>> store =
      PgCorpusStore::Open("postgresql://corpusd:secret@127.0.0.1:1/corpus");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("cannot connect to postgresql://corpusd@127.0.0.1:1"),
            std::string::npos)
      << store.status().message();
  EXPECT_EQ(store.status().message().find("secret"), std::string::npos);
}

TEST_F(PgCorpusStoreTest, ItemsAndUrlsAreLookedUpManyAtOnceInTheirOrder) {
  PendingDocument d = Doc("from a feed, with a link");
  d.record.url = "https://example.org/a";
  d.record.canonical_url = "https://example.org/canonical";
  const std::string odd = "key with \"quotes\", a backslash \\ and {braces}";
  d.item = ItemOrigin{"feed", odd, "https://example.org/a"};
  auto stored = store_->AppendBatch({d});
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  const std::int64_t id = (*stored)[0].id;

  auto seen = store_->SeenItems("feed", {"other", odd, "", odd});
  ASSERT_TRUE(seen.ok()) << seen.status().ToString();
  EXPECT_EQ(*seen, (std::vector<bool>{false, true, false, true}));
  EXPECT_TRUE(store_->SeenItems("feed", {})->empty());
  EXPECT_EQ(*store_->SeenItems("another feed", {odd}), std::vector<bool>{false});

  auto ids = store_->DocumentsWithUrls(
      {"https://example.org/none", "https://example.org/canonical", "https://example.org/a"});
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  EXPECT_EQ(*ids, (std::vector<std::int64_t>{0, id, id}));
}

TEST_F(PgCorpusStoreTest, HandOffsKeepTheirPromises) {
  Sql("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.text = "
      "'bad' THEN RAISE EXCEPTION 'refused by trigger'; END IF; RETURN NEW; END $$;"
      "CREATE TRIGGER refuse BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse()");
  testing::CheckHandOffContract(*store_, [&](const std::string& sql) { return Sql(sql); });
}

TEST_F(PgCorpusStoreTest, AVersionOneCorpusGainsTheHandOffsTable) {
  store_.reset();
  Sql("DROP TABLE item_handoffs; DELETE FROM corpusd_schema WHERE version > 1");
  store_ = Open();
  ASSERT_TRUE(store_);
  EXPECT_EQ(Sql("SELECT max(version) FROM corpusd_schema"), "2");
  EXPECT_EQ(Sql("SELECT count(*) FROM item_handoffs"), "0");
}

}  // namespace
}  // namespace corpusd
