// Duplicates in the store: exact (content hash, duplicate key), near
// (MinHash LSH, marked in near_duplicate_of), by URL; and the full-text index
// kept in step with the documents.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "core/content_hash.h"
#include "store/corpus_store.h"
#include "tests/support/corpus_query.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::QueryCorpus;
using testing::TempDir;

minhash::Signature SignatureOf(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return minhash::Compute(std::vector<std::string_view>(words.begin(), words.end()));
}

// A document whose keys are made as the pipeline makes them, simplified:
// the duplicate key is the lower-cased text.
PendingDocument Doc(const std::string& text, const std::string& url = "") {
  PendingDocument d;
  d.record.source = "test";
  if (!url.empty()) d.record.url = url;
  d.record.title = "Title of " + text.substr(0, 12);
  d.record.fetched_at = "2026-12-02T12:00:00Z";
  d.record.text = text;
  d.record.content_hash = Sha256Hex(text);
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  d.record.text_key_hash = Sha256Hex(lower);
  d.record.rules_version = "p1-rtest";
  d.record.content_type = "text/plain";
  d.record.encoding = "UTF-8";
  d.raw = text;
  d.minhash = SignatureOf(lower);
  return d;
}

// `n` words of running text, different for each `seed`.
std::string Article(int seed, int n = 300) {
  std::string text;
  for (int i = 0; i < n; ++i) text += "word" + std::to_string(seed * 100000 + i) + " ";
  text.pop_back();
  return text;
}

class CorpusStoreKeysTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = CorpusStore::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
  }
  AppendOutcome Append(const PendingDocument& doc) {
    Result<std::vector<AppendOutcome>> out = store_->AppendBatch({doc});
    EXPECT_TRUE(out.ok()) << out.status().ToString();
    return out.ok() ? out->front() : AppendOutcome{};
  }
  std::string Query(const std::string& sql) { return QueryCorpus(path_, sql); }

  TempDir dir_;
  std::string path_ = dir_ / "corpus.db";
  std::unique_ptr<CorpusStore> store_;
};

TEST_F(CorpusStoreKeysTest, ATextDifferingOnlyInCaseIsAnExactDuplicate) {
  const AppendOutcome first = Append(Doc("The Council Met On Tuesday"));
  const AppendOutcome again = Append(Doc("the council met on tuesday"));
  EXPECT_FALSE(first.duplicate);
  EXPECT_TRUE(again.duplicate);
  EXPECT_EQ(again.id, first.id);
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), "1");
  EXPECT_EQ(Query("SELECT duplicates_seen FROM documents"), "1");
}

TEST_F(CorpusStoreKeysTest, ALightlyEditedCopyIsKeptAndMarked) {
  const std::string original = Article(1);
  std::string edited = original;
  edited.replace(edited.find("word100150"), 10, "corrected");
  const AppendOutcome a = Append(Doc(original));
  const AppendOutcome unrelated = Append(Doc(Article(2)));
  const AppendOutcome b = Append(Doc(edited));
  EXPECT_FALSE(b.duplicate);
  EXPECT_EQ(b.near_duplicate_of, a.id);
  EXPECT_EQ(unrelated.near_duplicate_of, 0);
  EXPECT_EQ(Query("SELECT near_duplicate_of FROM documents WHERE id = " + std::to_string(b.id)),
            std::to_string(a.id));
  EXPECT_EQ(Query("SELECT count(*) FROM documents WHERE near_duplicate_of IS NULL"), "2");
}

TEST_F(CorpusStoreKeysTest, AHeavilyEditedTextIsNotANearDuplicate) {
  const std::string original = Article(3);
  std::string half = original.substr(0, original.size() / 2) + " " + Article(4, 150);
  Append(Doc(original));
  EXPECT_EQ(Append(Doc(half)).near_duplicate_of, 0);
}

TEST_F(CorpusStoreKeysTest, ShortTextsAreNeverNearDuplicates) {
  Append(Doc("Breaking news"));
  EXPECT_EQ(Append(Doc("Breaking news!")).near_duplicate_of, 0);
  EXPECT_EQ(Query("SELECT count(*) FROM minhash_signatures"), "0");
}

TEST_F(CorpusStoreKeysTest, FindsDocumentsByUrlOrCanonicalUrl) {
  PendingDocument d = Doc("Some text", "https://example.com/a?utm=1");
  d.record.canonical_url = "https://example.com/a";
  const AppendOutcome a = Append(d);
  EXPECT_EQ(*store_->DocumentWithUrl("https://example.com/a?utm=1"), a.id);
  EXPECT_EQ(*store_->DocumentWithUrl("https://example.com/a"), a.id);
  EXPECT_EQ(*store_->DocumentWithUrl("https://example.com/b"), 0);
}

TEST_F(CorpusStoreKeysTest, TheFullTextIndexFollowsTheDocuments) {
  Append(Doc("The harbour froze over in January"));
  Append(Doc("Elections were held in the spring"));
  EXPECT_EQ(Query("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'harbour'"), "1");
  EXPECT_EQ(Query("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'elections'"), "2");
  EXPECT_EQ(Query("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'title:harbour'"),
            "1");
  EXPECT_EQ(Query("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'tokyo'"), "0");
  // Found the way Datasette looks for a table's full-text index.
  EXPECT_EQ(Query("SELECT name FROM sqlite_master WHERE rootpage = 0 AND sql LIKE"
                  " '%VIRTUAL TABLE%USING FTS%content=\"documents\"%'"),
            "documents_fts");
}

TEST_F(CorpusStoreKeysTest, KeysAreFilledInForDocumentsStoredWithout) {
  PendingDocument a = Doc(Article(5)), b = Doc(Article(5) + " postscript");
  for (PendingDocument* d : {&a, &b}) {
    d->record.text_key_hash.clear();
    d->minhash.clear();
  }
  Append(a);
  Append(b);
  Result<std::vector<KeylessDocument>> keyless = store_->DocumentsWithoutKeys(10);
  ASSERT_TRUE(keyless.ok());
  ASSERT_EQ(keyless->size(), 2u);
  std::vector<CorpusStore::DocumentKeys> keys;
  for (const KeylessDocument& k : *keyless) {
    keys.push_back({k.id, Sha256Hex(k.text), SignatureOf(k.text)});
  }
  ASSERT_TRUE(store_->SetKeys(keys).ok());
  EXPECT_TRUE(store_->DocumentsWithoutKeys(10)->empty());
  EXPECT_EQ(Query("SELECT near_duplicate_of FROM documents WHERE id = 2"), "1");
  EXPECT_EQ(Query("SELECT near_duplicate_of FROM documents WHERE id = 1"), "NULL");
}

TEST_F(CorpusStoreKeysTest, TheWalStaysSmallOverManyBatches) {
  // A statement left on a row holds a read transaction open, and SQLite can
  // then never restart the WAL: it grew with every batch (98 MB for 5,000
  // documents) until the statements were reset after use.
  for (int batch = 0; batch < 100; ++batch) {
    std::vector<PendingDocument> docs;
    for (int i = 0; i < 50; ++i) docs.push_back(Doc(Article(batch * 50 + i, 400)));
    ASSERT_TRUE(store_->AppendBatch(docs).ok());
    store_->DocumentsWithLine("test", 42);
    store_->DocumentsOfSource("test");
  }
  std::error_code ec;
  const auto wal = std::filesystem::file_size(path_ + "-wal", ec);
  ASSERT_FALSE(ec);
  // The corpus itself is some 75 MB; the WAL holds about one checkpoint's
  // worth (kCheckpointPages of 4 KB) plus one batch.
  EXPECT_LT(wal, std::uintmax_t{CorpusStore::kCheckpointPages} * 4096 + (6u << 20)) << wal;
}

}  // namespace
}  // namespace corpusd
