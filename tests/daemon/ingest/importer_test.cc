// The import job with an in-memory filesystem and a fake clock.
#include "daemon/ingest/importer.h"

#include <gtest/gtest.h>

#include <map>

#include "store/corpus_store.h"
#include "tests/support/corpus_query.h"
#include "tests/support/fake_file_system.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using namespace std::chrono_literals;
using testing::FakeFileSystem;
using testing::QueryCorpus;
using testing::TempDir;

class ImporterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto rules = BoilerplateRules::Create({});
    ASSERT_TRUE(rules.ok());
    rules_ = std::make_unique<BoilerplateRules>(std::move(*rules));
    auto store = CorpusStore::Open(db());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
  }
  std::string db() const { return dir_ / "corpus.db"; }
  std::string Count() const { return QueryCorpus(db(), "SELECT count(*) FROM documents"); }

  TempDir dir_;
  std::unique_ptr<CorpusStore> store_;
  std::unique_ptr<BoilerplateRules> rules_;
  FakeFileSystem fs_;
  FakeClock clock_{std::chrono::system_clock::time_point{1'700'000'000s}};
};

TEST_F(ImporterTest, ExpandsDirectoriesAndRejectsMissingPaths) {
  fs_.files = {{"/in/a.txt", "A."}, {"/in/sub/b.txt", "B."}, {"/c.txt", "C."}};
  ExpandedPaths out = ExpandPaths({"/in", "/c.txt", "/nope"}, fs_);
  EXPECT_EQ(out.files, (std::vector<std::string>{"/in/a.txt", "/in/sub/b.txt", "/c.txt"}));
  ASSERT_EQ(out.rejected.size(), 1u);
  EXPECT_EQ(out.rejected[0].input, "/nope");
}

TEST_F(ImporterTest, RecordsTheFileUriAndTheClocksTime) {
  fs_.files = {{"/in/a b.txt", "Some text."}};
  Importer importer(*store_, fs_, clock_, ImportSettings{}, *rules_);
  importer.ImportFile("/in/a b.txt");
  importer.Flush();
  EXPECT_EQ(importer.report().stored, 1u);
  EXPECT_EQ(QueryCorpus(db(), "SELECT url || ' ' || fetched_at FROM documents"),
            "file:///abs/in/a%20b.txt 2023-11-14T22:13:20Z");
}

TEST_F(ImporterTest, CommitsABatchWhenItIsFull) {
  ImportSettings settings;
  settings.batch_documents = 3;
  Importer importer(*store_, fs_, clock_, settings, *rules_);
  for (int i = 0; i < 5; ++i) {
    fs_.files["/f" + std::to_string(i)] = "Text " + std::to_string(i) + ".";
    importer.ImportFile("/f" + std::to_string(i));
  }
  EXPECT_EQ(Count(), "3") << "the first full batch is committed, the rest waits";
  importer.Flush();
  EXPECT_EQ(Count(), "5");
}

TEST_F(ImporterTest, CommitsABatchThatHasWaitedLongEnough) {
  ImportSettings settings;
  settings.batch_delay = 1s;
  Importer importer(*store_, fs_, clock_, settings, *rules_);
  fs_.files = {{"/a", "First."}, {"/b", "Second."}};
  importer.ImportFile("/a");
  EXPECT_EQ(Count(), "0");
  clock_.Advance(2s);
  importer.ImportFile("/b");
  EXPECT_EQ(Count(), "2");
}

TEST_F(ImporterTest, ReportsReadErrorsAndBadContentPerInput) {
  fs_.files = {{"/good", "Fine."}, {"/empty", ""}, {"/dup", "Fine."}};
  fs_.errors = {{"/locked", Status::IoError("Permission denied")}};
  Importer importer(*store_, fs_, clock_, ImportSettings{}, *rules_);
  for (const char* path : {"/good", "/empty", "/locked", "/dup"}) importer.ImportFile(path);
  importer.Flush();
  const ImportReport& r = importer.report();
  EXPECT_EQ(r.read, 4u);  // the locked file is read and rejected: counts add up
  EXPECT_EQ(r.stored, 1u);
  EXPECT_EQ(r.duplicates, 1u);
  ASSERT_EQ(r.rejected.size(), 2u);
  EXPECT_EQ(r.rejected[0].input, "/empty");
  EXPECT_EQ(r.rejected[0].reason, "empty input");
  EXPECT_EQ(r.rejected[1].input, "/locked");
  EXPECT_EQ(r.rejected[1].reason, "Permission denied");
}

}  // namespace
}  // namespace corpusd
