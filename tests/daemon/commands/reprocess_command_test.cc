// `corpusd reprocess` and `corpusd stats`: the real binary on a real corpus.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/corpus_query.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::ProcessResult;
using testing::QueryCorpus;
using testing::RunCorpusd;
using testing::TempDir;

constexpr const char* kStory =
    "The harbour froze over on Tuesday night for the first time in thirty years, and the "
    "ferries to the islands were stopped until the ice breaker could clear a channel.\n\n"
    "Fishermen said the cold had come earlier than anyone remembered, and the town council "
    "opened the school gym for those whose boats were stuck in the ice.\n\n"
    "By Wednesday morning children were skating between the moored boats, and the harbour "
    "master warned that the ice near the outer pier was still thin and could break at any "
    "moment, so nobody should walk beyond the red flags set out by the coast guard.\n";

class ReprocessCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("inbox/a.txt", std::string("Harbour news\n\n") + kStory +
                                  "\nFiled from the quay by our own hand\n");
    dir_.Write("inbox/b.txt", std::string("Harbour news\n\n") + kStory +
                                  "\nSent in by a reader from the islands\n");
    dir_.Write("inbox/c.txt",
               "Elections\n\nThe elections were held in the spring and the turnout was the "
               "highest in a generation, officials said on Monday.\n");
    ProcessResult r = RunCorpusd({"import", "--db", db(), "--source", "wire", dir_ / "inbox"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    ASSERT_EQ(Query("SELECT count(*) FROM documents"), "3");
  }
  void WriteConfig(const std::string& drop) {
    dir_.Write("corpusd.toml", "database = \"" + db() +
                                   "\"\n[[source]]\nname = \"wire\"\ntype = \"directory\"\n"
                                   "path = \"" +
                                   (dir_ / "inbox") + "\"\ndrop = [" + drop + "]\n");
  }
  std::string Query(const std::string& sql) { return QueryCorpus(db(), sql); }
  std::string db() const { return dir_ / "corpus.db"; }
  TempDir dir_;
};

TEST_F(ReprocessCommandTest, NothingToDoWhileTheRulesAreUnchanged) {
  const std::string before = Query("SELECT group_concat(rules_version) FROM documents");
  ProcessResult r = RunCorpusd({"reprocess", "--db", db()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("3 examined: 0 changed, 0 marked with only the rules version new, "
                       "3 already current"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Query("SELECT group_concat(rules_version) FROM documents"), before);
}

TEST_F(ReprocessCommandTest, ANewRuleIsAppliedInPlaceAndTheVersionRecorded) {
  const std::string id = Query("SELECT id FROM documents WHERE text LIKE '%quay by%'");
  const std::string old_version = Query("SELECT rules_version FROM documents WHERE id = " + id);
  WriteConfig("\"Filed from the quay by our own hand\"");

  ProcessResult dry = RunCorpusd({"reprocess", "--config", dir_ / "corpusd.toml", "--dry-run"});
  EXPECT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_NE(dry.out.find("3 examined: 1 would change, 2 would be marked"), std::string::npos)
      << dry.out;
  EXPECT_EQ(Query("SELECT rules_version FROM documents WHERE id = " + id), old_version);

  ProcessResult r = RunCorpusd({"reprocess", "--config", dir_ / "corpusd.toml"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("3 examined: 1 changed, 2 marked"), std::string::npos) << r.out;
  // The same row, cleaned anew: text, full-text index, removals and version.
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), "3");
  EXPECT_EQ(Query("SELECT instr(text, 'quay by') FROM documents WHERE id = " + id), "0");
  EXPECT_EQ(Query("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'quay'"), "0");
  EXPECT_EQ(Query("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'ferries'"), "2");
  EXPECT_EQ(
      Query("SELECT rule FROM removals WHERE document_id = " + id + " AND rule LIKE 'source:%'"),
      "source:literal");
  const std::string new_version = Query("SELECT rules_version FROM documents WHERE id = " + id);
  EXPECT_NE(new_version, old_version);
  EXPECT_EQ(Query("SELECT count(DISTINCT rules_version) FROM documents"), "1");
  EXPECT_EQ(Query("PRAGMA integrity_check"), "ok");

  // Done: a second run finds everything current.
  r = RunCorpusd({"reprocess", "--config", dir_ / "corpusd.toml"});
  EXPECT_NE(r.out.find("3 already current"), std::string::npos) << r.out;
}

TEST_F(ReprocessCommandTest, ATextThatWouldRepeatAnotherIsLeftAsItWas) {
  // Both sign-offs dropped: the two harbour stories become one text.
  WriteConfig("\"Filed from the quay by our own hand\", \"Sent in by a reader from the islands\"");
  ProcessResult r = RunCorpusd({"reprocess", "--config", dir_ / "corpusd.toml"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("would repeat document"), std::string::npos) << r.err;
  EXPECT_EQ(Query("SELECT count(*) FROM documents WHERE text LIKE '%reader from the islands%'"),
            "1");
  EXPECT_EQ(Query("SELECT count(*) - count(DISTINCT content_hash) FROM documents"), "0");
}

TEST_F(ReprocessCommandTest, StatsSumUpTheCorpus) {
  // The same story again: an exact duplicate, met and not stored.
  ProcessResult again =
      RunCorpusd({"import", "--db", db(), "--source", "wire", dir_ / "inbox/a.txt"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  ProcessResult r = RunCorpusd({"stats", "--db", db(), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  EXPECT_EQ(j["documents"], 3);
  EXPECT_EQ(j["duplicates"]["exact"], 1);
  EXPECT_EQ(j["duplicates"]["near"], 1);  // b nearly repeats a
  EXPECT_EQ(j["sources"][0]["source"], "wire");
  EXPECT_EQ(j["sources"][0]["documents"], 3);
  EXPECT_EQ(j["days"][0]["documents"], 3);
  EXPECT_EQ(j["languages"]["en"], 3);
  EXPECT_EQ(j["removals_by_rule"]["metadata:title"], 3);

  ProcessResult text = RunCorpusd({"stats", "--db", db()});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("3 documents"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("1 near-duplicates stored and marked"), std::string::npos) << text.out;

  ProcessResult missing = RunCorpusd({"stats", "--db", dir_ / "nothing.db"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no corpus"), std::string::npos) << missing.err;
}

// Reprocessing rewrites a corpus; a mistyped path is refused, not made into
// an empty corpus.
TEST_F(ReprocessCommandTest, AMissingCorpusIsRefusedAndNotCreated) {
  const std::string missing = dir_ / "missing.db";
  ProcessResult r = RunCorpusd({"reprocess", "--db", missing});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("missing.db: no corpus there"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(missing));
}

}  // namespace
}  // namespace corpusd
