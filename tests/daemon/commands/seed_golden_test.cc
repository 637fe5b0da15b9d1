// The seeds imported for real and diffed against hand-checked golden output
// (tests/data/golden/): all debris gone, every sentence of each article kept,
// and the metadata lifted into the record.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/corpus_query.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::QueryCorpus;
using testing::ReadFileBytes;
using testing::RunCorpusd;
using testing::TempDir;

const std::string kSource = CORPUSD_SOURCE_DIR;

std::vector<std::string> SeedStems() {
  std::vector<std::string> stems;
  for (const auto& e : std::filesystem::directory_iterator(kSource + "/samples")) {
    stems.push_back(e.path().stem());
  }
  std::sort(stems.begin(), stems.end());
  return stems;
}

std::string Column(const std::string& db, const std::string& stem, const std::string& column) {
  return QueryCorpus(db, "SELECT ifnull(" + column + ", 'NULL') FROM documents WHERE url LIKE '%/" +
                             stem + ".txt'");
}

std::string Text(const nlohmann::json& v) { return v.is_null() ? "NULL" : v.get<std::string>(); }

class SeedGolden : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    db_ = *dir_ / "corpus.db";
    auto r = RunCorpusd({"import", "--db", db_, kSource + "/samples"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static TempDir* dir_;
  static std::string db_;
};
TempDir* SeedGolden::dir_ = nullptr;
std::string SeedGolden::db_;

TEST_P(SeedGolden, TextMatchesTheGoldenOutput) {
  const std::string stem = GetParam();
  std::string golden = ReadFileBytes(kSource + "/tests/data/golden/" + stem + ".txt");
  if (!golden.empty() && golden.back() == '\n') golden.pop_back();
  EXPECT_EQ(Column(db_, stem, "text"), golden);
}

TEST_P(SeedGolden, MetadataAndRemovalsMatchTheGoldenOutput) {
  const std::string stem = GetParam();
  const auto golden =
      nlohmann::json::parse(ReadFileBytes(kSource + "/tests/data/golden/" + stem + ".json"));
  for (const char* column : {"title", "published_at", "dateline", "language", "encoding"}) {
    EXPECT_EQ(Column(db_, stem, column), Text(golden[column])) << column;
  }
  std::string removals;
  for (const auto& r : golden["removals"]) {
    removals += r["rule"].get<std::string>() + "=" + r["text"].get<std::string>() + "\n";
  }
  EXPECT_EQ(QueryCorpus(db_,
                        "SELECT ifnull(group_concat(rule || '=' || text || char(10), ''), '')"
                        " FROM (SELECT r.* FROM removals r JOIN documents d"
                        " ON d.id = r.document_id WHERE d.url LIKE '%/" +
                            stem + ".txt' ORDER BY seq)"),
            removals);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedGolden, ::testing::ValuesIn(SeedStems()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return "Seed" + info.param.substr(0, 3);
                         });

}  // namespace
}  // namespace corpusd
