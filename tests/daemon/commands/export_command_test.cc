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

// A JSON Feed of `n` items with distinct texts, as a saved feed to import.
std::string GeneratedFeed(int n, int first = 0) {
  nlohmann::json feed = {{"version", "https://jsonfeed.org/version/1.1"}, {"title", "Generated"}};
  feed["items"] = nlohmann::json::array();
  for (int i = first; i < first + n; ++i) {
    std::string text = "Report " + std::to_string(i) + ": the council discussed item " +
                       std::to_string(i * 7919 % 100003) + " of the budget and the harbour works " +
                       std::to_string(i * 104729 % 1000003) + ".";
    feed["items"].push_back({{"id", "item-" + std::to_string(i)}, {"content_text", text}});
  }
  return feed.dump();
}

// --output: gzip JSON Lines shards that Python's gzip and json read back to
// exactly the stdout export, a manifest with the counts, and a second run
// that continues after the first.
TEST(ExportShards, TwentyThousandDocumentsInShardsEqualTheStdoutExportAndResume) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  // Two saved feeds of 10,000 items (a feed file's most).
  ProcessResult r = RunCorpusd({"import", "--db", db, "--source", "gen",
                                dir.Write("feed1.json", GeneratedFeed(10000)),
                                dir.Write("feed2.json", GeneratedFeed(10000, 10000))});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ProcessResult plain = RunCorpusd({"export", "--db", db});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  const std::string plain_file = dir.Write("plain.jsonl", plain.out);

  const std::string out = dir / "shards";
  r = RunCorpusd({"export", "--db", db, "--output", out, "--shard-size", "1MiB"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("20000 documents in "), std::string::npos) << r.out;
  const char* kReadBack = R"(
import glob, gzip, json, sys
out, plain = sys.argv[1], sys.argv[2]
manifest = json.load(open(out + "/manifest.json"))
lines = []
for shard in manifest["shards"]:
    with gzip.open(out + "/" + shard["file"], "rt", encoding="utf-8") as f:
        chunk = f.readlines()
    assert len(chunk) == shard["documents"], shard
    assert sum(len(l.encode()) for l in chunk) == shard["bytes"] <= 1 << 20, shard
    lines += chunk
assert sorted(glob.glob(out + "/*.jsonl.gz")) == sorted(out + "/" + s["file"] for s in manifest["shards"])
assert [json.loads(l) for l in lines] == [json.loads(l) for l in open(plain, encoding="utf-8")]
print(len(lines), len(manifest["shards"]), manifest["documents"], manifest["last_id"],
      manifest["sources"]["gen"], len(manifest["runs"]))
)";
  ProcessResult check = testing::RunProcess({"/usr/bin/python3", "-c", kReadBack, out, plain_file});
  ASSERT_EQ(check.exit_code, 0) << check.err;
  std::istringstream numbers(check.out);
  int lines = 0, shard_count = 0, documents = 0, last_id = 0, gen = 0, runs = 0;
  numbers >> lines >> shard_count >> documents >> last_id >> gen >> runs;
  EXPECT_EQ(lines, 20000);
  EXPECT_GT(shard_count, 2);
  EXPECT_EQ(documents, 20000);
  EXPECT_EQ(last_id, 20000);
  EXPECT_EQ(gen, 20000);
  EXPECT_EQ(runs, 1);

  // More documents, then the same export again: only the new ones, in a new shard.
  r = RunCorpusd(
      {"import", "--db", db, "--source", "gen", dir.Write("more.json", GeneratedFeed(10, 20000))});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunCorpusd({"export", "--db", db, "--output", out, "--shard-size", "1MiB"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("10 documents in 1 new shards"), std::string::npos) << r.out;
  plain = RunCorpusd({"export", "--db", db});
  dir.Write("plain.jsonl", plain.out);
  check = testing::RunProcess({"/usr/bin/python3", "-c", kReadBack, out, plain_file});
  ASSERT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(check.out.substr(0, check.out.find(' ')), "20010") << check.out;
}

// The filters: --until, --language, repeatable --source, --min-chars.
TEST_F(ExportCommandTest, FiltersByTimeLanguageSourcesAndLength) {
  EXPECT_EQ(Lines(RunCorpusd({"export", "--db", db(), "--until", "2000-01-01"}).out).size(), 0u);
  EXPECT_EQ(Lines(RunCorpusd({"export", "--db", db(), "--until", "2999-01-01"}).out).size(), 6u);
  EXPECT_EQ(Lines(RunCorpusd({"export", "--db", db(), "--source", "wire", "--source", "notes"}).out)
                .size(),
            6u);
  EXPECT_EQ(Lines(RunCorpusd({"export", "--db", db(), "--source", "notes"}).out).size(), 1u);
  EXPECT_EQ(Lines(RunCorpusd({"export", "--db", db(), "--language", "en"}).out).size(), 6u);
  EXPECT_EQ(Lines(RunCorpusd({"export", "--db", db(), "--language", "fr"}).out).size(), 0u);
  // The note is 54 characters; the wire stories are longer.
  EXPECT_EQ(Lines(RunCorpusd({"export", "--db", db(), "--min-chars", "100"}).out).size(), 5u);
  EXPECT_EQ(RunCorpusd({"export", "--db", db(), "--until", "soon"}).exit_code, 2);
}

}  // namespace
}  // namespace corpusd
