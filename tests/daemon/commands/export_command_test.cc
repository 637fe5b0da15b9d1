// `corpusd export`: the real binary on a real corpus.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::ProcessResult;
using testing::RunCorpusd;
using testing::TempDir;

const std::string kSamples = std::string(CORPUSD_SOURCE_DIR) + "/samples";

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false));
  }
  return lines;
}

class ExportCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ProcessResult r = RunCorpusd({"import", "--db", db(), "--source", "wire", kSamples});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    r = RunCorpusd({"import", "--db", db(), "--source", "notes", "-"},
                   {.stdin_bytes = "A note about the harbour, written on a Monday morning.\n"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  }
  std::string db() const { return dir_ / "corpus.db"; }
  TempDir dir_;
};

TEST_F(ExportCommandTest, EveryDocumentIsOneJsonLineInTheDolmaShape) {
  ProcessResult r = RunCorpusd({"export", "--db", db()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 6u) << r.out;
  for (const nlohmann::json& j : lines) {
    ASSERT_TRUE(j.is_object()) << r.out;
    for (const char* key : {"id", "text", "source", "added", "created", "metadata"}) {
      EXPECT_TRUE(j.contains(key)) << key;
    }
    EXPECT_TRUE(j["id"].is_string());
    EXPECT_FALSE(j["text"].get<std::string>().empty());
    EXPECT_EQ(j["metadata"]["content_hash"].get<std::string>().size(), 64u);
  }
  EXPECT_EQ(lines[0]["id"], "1");
  EXPECT_EQ(lines[5]["source"], "notes");
}

TEST_F(ExportCommandTest, SourceAndSinceFilter) {
  ProcessResult wire = RunCorpusd({"export", "--db", db(), "--source", "wire"});
  EXPECT_EQ(Lines(wire.out).size(), 5u);
  ProcessResult future = RunCorpusd({"export", "--db", db(), "--since", "2999-01-01"});
  EXPECT_EQ(future.exit_code, 0);
  EXPECT_EQ(future.out, "");
  ProcessResult past = RunCorpusd({"export", "--db", db(), "--since", "2000-01-01T00:00:00Z"});
  EXPECT_EQ(Lines(past.out).size(), 6u);
}

// --since: a day, a time in UTC or with an offset, or a span back from now;
// anything else is refused with exit status 2 before the corpus is read.
TEST_F(ExportCommandTest, SinceTakesDaysTimesAndSpansAndRefusesTheRest) {
  for (const char* recent : {"7d", "24h", "90m", "2w"}) {
    ProcessResult r = RunCorpusd({"export", "--db", db(), "--since", recent});
    EXPECT_EQ(r.exit_code, 0) << recent << r.err;
    EXPECT_EQ(Lines(r.out).size(), 6u) << recent;  // all imported just now
  }
  ProcessResult offset = RunCorpusd({"export", "--db", db(), "--since", "2999-01-01T12:00+02:00"});
  EXPECT_EQ(offset.exit_code, 0) << offset.err;
  EXPECT_EQ(offset.out, "");
  for (const char* bad : {"yesterday", "7", "7y", "2024-13-01", "2024-02-30", "2024-03-05T25:00Z",
                          "2024-03-05 10:00 CET", "03/05/2024"}) {
    ProcessResult r = RunCorpusd({"export", "--db", db(), "--since", bad});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("--since: expected"), std::string::npos) << bad << ": " << r.err;
    EXPECT_EQ(r.out, "") << bad;
  }
}

// stats and export name the corpus as import does: --db, or --config's database.
TEST_F(ExportCommandTest, ExportAndStatsTakeTheCorpusFromAConfig) {
  const std::string config = dir_.Write("etc/corpusd.toml", "database = \"" + db() + "\"\n");
  ProcessResult exported = RunCorpusd({"export", "--config", config});
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(Lines(exported.out).size(), 6u);
  ProcessResult stats = RunCorpusd({"stats", "--config", config, "--json"});
  EXPECT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_EQ(nlohmann::json::parse(stats.out)["documents"], 6);
  const std::string elsewhere = dir_.Write("etc/other.toml", "database = \"gone.db\"\n");
  ProcessResult gone = RunCorpusd({"stats", "--config", elsewhere});
  EXPECT_EQ(gone.exit_code, 2);
  EXPECT_NE(gone.err.find("gone.db: no corpus there"), std::string::npos) << gone.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "etc/gone.db"));
}

TEST_F(ExportCommandTest, NearDuplicatesAreMarkedAndCanBeLeftOut) {
  // A sample republished with one paragraph added: stored, and marked.
  const std::string sample = testing::ReadFileBytes(kSamples + "/000_7c90b76c128d8a34.txt");
  ProcessResult r = RunCorpusd({"import", "--db", db(), "--source", "mirror", "-"},
                               {.stdin_bytes = sample + "\n\nThis story was updated.\n"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const auto all = Lines(RunCorpusd({"export", "--db", db()}).out);
  ASSERT_EQ(all.size(), 7u);
  EXPECT_EQ(all[6]["source"], "mirror");
  EXPECT_EQ(all[6]["metadata"]["near_duplicate_of"], "1");
  EXPECT_TRUE(all[0]["metadata"]["near_duplicate_of"].is_null());
  EXPECT_EQ(all[0]["metadata"]["rules_version"].get<std::string>().substr(0, 3), "p1-");
  const auto originals = Lines(RunCorpusd({"export", "--db", db(), "--skip-near-duplicates"}).out);
  EXPECT_EQ(originals.size(), 6u);
}

TEST_F(ExportCommandTest, AMissingOrForeignCorpusIsAnErrorAndIsNotCreated) {
  const std::string missing = dir_ / "missing.db";
  ProcessResult r = RunCorpusd({"export", "--db", missing});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no corpus"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(missing));
  const std::string text = dir_.Write("notes.txt", "not a database at all, just some text here");
  r = RunCorpusd({"export", "--db", text});
  EXPECT_EQ(r.exit_code, 2) << r.out;
}

}  // namespace
}  // namespace corpusd
