// `corpusd copy`: a corpus moved from a SQLite file to PostgreSQL and back
// (a throwaway cluster, tests/support/postgres_cluster.h) keeps every row.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/support/corpus_query.h"
#include "tests/support/postgres_cluster.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::PostgresCluster;
using testing::ProcessResult;
using testing::QueryCorpus;
using testing::RunCorpusd;
using testing::TempDir;

const std::string kSamples = std::string(CORPUSD_SOURCE_DIR) + "/samples";

// What must survive the trip, as one line.
std::string Fingerprint(const std::string& db) {
  return QueryCorpus(db,
                     "SELECT (SELECT count(*) || '/' || sum(length(text)) || '/' ||"
                     " group_concat(content_hash, '') FROM (SELECT * FROM documents ORDER BY id))"
                     " || '|' || (SELECT count(*) FROM removals) || '|' ||"
                     " (SELECT count(*) FROM date_mentions) || '|' ||"
                     " (SELECT count(*) FROM minhash_bands) || '|' ||"
                     " (SELECT count(*) FROM seen_files) || '|' ||"
                     " (SELECT group_concat(length(data)) FROM raw_inputs)");
}

class CopyCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cluster_ = new PostgresCluster; }
  static void TearDownTestSuite() {
    delete cluster_;
    cluster_ = nullptr;
  }
  static PostgresCluster* cluster_;
  TempDir dir_;
};
PostgresCluster* CopyCommandTest::cluster_ = nullptr;

TEST_F(CopyCommandTest, ACorpusGoesToPostgresqlAndBackWhole) {
  SKIP_WITHOUT_POSTGRES(*cluster_);
  const std::string first = dir_ / "first.db";
  ASSERT_EQ(RunCorpusd({"import", "--db", first, kSamples}).exit_code, 0);
  const std::string pg = cluster_->NewDatabase("copied");

  ProcessResult there = RunCorpusd({"copy", "--from", first, "--to", pg});
  ASSERT_EQ(there.exit_code, 0) << there.err;
  EXPECT_NE(there.out.find("copied 5 documents"), std::string::npos) << there.out;
  EXPECT_EQ(cluster_->Psql(pg,
                           "SELECT count(*) FROM documents WHERE search @@ "
                           "plainto_tsquery('simple', 'astana')"),
            QueryCorpus(first,
                        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH "
                        "'astana'") +
                "\n");

  const std::string back = dir_ / "back.db";
  ProcessResult home = RunCorpusd({"copy", "--from", pg, "--to", back});
  ASSERT_EQ(home.exit_code, 0) << home.err;
  EXPECT_EQ(Fingerprint(back), Fingerprint(first));
  EXPECT_EQ(QueryCorpus(back,
                        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH "
                        "'astana'"),
            QueryCorpus(first,
                        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH "
                        "'astana'"));

  // The copy goes on as a corpus: a new document gets the next id.
  testing::ProcessOptions text;
  text.stdin_bytes = "A new council report on the harbour and the bridge, written after the copy.";
  ProcessResult more = RunCorpusd({"import", "--db", pg, "-"}, text);
  ASSERT_EQ(more.exit_code, 0) << more.err;
  EXPECT_EQ(cluster_->Psql(pg, "SELECT count(*) || ' ' || max(id) FROM documents"),
            "6 " +
                std::to_string(std::stoi(QueryCorpus(first, "SELECT max(id) FROM documents")) + 1) +
                "\n");

  // Never into a corpus that holds documents.
  ProcessResult again = RunCorpusd({"copy", "--from", first, "--to", pg});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("already holds 6 documents; copy into an empty corpus"),
            std::string::npos)
      << again.err;
}

TEST_F(CopyCommandTest, AMissingSourceIsRefusedAndNothingIsCreated) {
  ProcessResult r = RunCorpusd({"copy", "--from", dir_ / "nope.db", "--to", dir_ / "to.db"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no such corpus file"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "nope.db"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "to.db"));
}

TEST_F(CopyCommandTest, ExportShardsLoadIntoEitherCorpus) {
  const std::string first = dir_ / "first.db";
  ASSERT_EQ(RunCorpusd({"import", "--db", first, kSamples}).exit_code, 0);
  ASSERT_EQ(RunCorpusd({"export", "--db", first, "--output", dir_ / "shards"}).exit_code, 0);
  // A line that is not a record is refused by file and line; the rest load.
  testing::WriteFileBytes(dir_ / "shards/extra.jsonl", "{\"text\": \"no source\"}\nnot json\n");
  const std::string hashes =
      "SELECT group_concat(content_hash) FROM (SELECT content_hash FROM "
      "documents ORDER BY content_hash)";

  const std::string loaded = dir_ / "loaded.db";
  ProcessResult r = RunCorpusd({"copy", "--from", dir_ / "shards", "--to", loaded});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("loaded 5 documents (0 duplicates, 2 refused)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("refused extra.jsonl:1: no \"source\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("refused extra.jsonl:2: not a JSON object"), std::string::npos) << r.out;
  EXPECT_EQ(QueryCorpus(loaded, hashes), QueryCorpus(first, hashes));
  EXPECT_EQ(QueryCorpus(loaded, "SELECT group_concat(source || published_at) FROM documents"),
            QueryCorpus(first, "SELECT group_concat(source || published_at) FROM documents"));

  // Loaded again: every record a duplicate.
  ProcessResult again = RunCorpusd({"copy", "--from", dir_ / "shards", "--to", loaded});
  EXPECT_NE(again.out.find("loaded 0 documents (5 duplicates"), std::string::npos) << again.out;

  if (!cluster_->started()) return;  // the PostgreSQL half needs a server
  const std::string pg = cluster_->NewDatabase("loaded");
  ProcessResult into_pg = RunCorpusd({"copy", "--from", dir_ / "shards", "--to", pg});
  ASSERT_EQ(into_pg.exit_code, 0) << into_pg.err;
  EXPECT_EQ(cluster_->Psql(pg, "SELECT count(*) FROM documents"), "5\n");
}

TEST_F(CopyCommandTest, AShardCutShortLoadsItsWholeLinesAndSaysWhereItEnds) {
  const std::string first = dir_ / "first.db";
  ASSERT_EQ(RunCorpusd({"import", "--db", first, kSamples}).exit_code, 0);
  ASSERT_EQ(RunCorpusd({"export", "--db", first, "--output", dir_ / "shards"}).exit_code, 0);
  std::string shard;
  for (const auto& entry : std::filesystem::directory_iterator(dir_ / "shards")) {
    if (entry.path().string().ends_with(".jsonl.gz")) shard = entry.path().string();
  }
  ASSERT_FALSE(shard.empty());
  std::filesystem::resize_file(shard, std::filesystem::file_size(shard) * 3 / 4);

  const std::string loaded = dir_ / "loaded.db";
  ProcessResult r = RunCorpusd({"copy", "--from", dir_ / "shards", "--to", loaded});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string name = std::filesystem::path(shard).filename().string();
  EXPECT_NE(r.out.find("refused " + name + ": cut short: its gzip stream ends inside line "),
            std::string::npos)
      << r.out;
  // What came before the cut is there, whole; nothing after it.
  const int stored = std::stoi(QueryCorpus(loaded, "SELECT count(*) FROM documents"));
  EXPECT_GE(stored, 1);
  EXPECT_LT(stored, 5);
  const std::string all =
      QueryCorpus(first, "SELECT group_concat(content_hash, ' ') FROM documents");
  const std::string some =
      QueryCorpus(loaded, "SELECT group_concat(content_hash, ' ') FROM documents");
  for (std::size_t at = 0; at < some.size(); at += 65) {
    EXPECT_NE(all.find(some.substr(at, 64)), std::string::npos) << some;
  }
}

TEST_F(CopyCommandTest, StatsAndExportSayTheyReadACorpusFile) {
  for (const char* command : {"stats", "export"}) {
    ProcessResult r = RunCorpusd({command, "--db", "postgresql://corpusd:secret@db.example/c"});
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_NE(r.err.find("postgresql://corpusd@db.example/c: a PostgreSQL corpus; this command "
                         "reads a corpus file"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find("secret"), std::string::npos);
  }
}

}  // namespace
}  // namespace corpusd
