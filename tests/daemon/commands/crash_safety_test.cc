// Crash safety: the importer and the daemon are killed with SIGKILL at random
// moments, many times. After each kill the corpus passes PRAGMA
// integrity_check and every document is whole (its raw input, full-text
// entry, duplicate keys and MinHash bands all there) or absent; a final run
// stores the rest, with no duplicates.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <random>
#include <string>

#include "tests/support/background_process.h"
#include "tests/support/corpus_query.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using namespace std::chrono_literals;
using testing::BackgroundProcess;
using testing::QueryCorpus;
using testing::TempDir;

// More than one poll of the daemon's drop folder (256 files each).
constexpr int kFiles = 600;
constexpr int kKills = 15;

// A document of its own words: none repeats another, exactly or nearly.
std::string Document(int n) {
  static const char* const kWords[] = {"harbour", "council", "budget", "bridge",  "library",
                                       "river",   "school",  "market", "station", "garden",
                                       "tower",   "museum",  "street", "square",  "theatre"};
  std::mt19937 words(static_cast<unsigned>(n));
  std::string text = "Report " + std::to_string(n) + "\n\n";
  for (int p = 0; p < 3; ++p) {
    for (int w = 0; w < 60; ++w) {
      text += std::string(kWords[words() % 15]) + std::to_string(words() % 50) + " ";
    }
    text += "end.\n\n";
  }
  return text;
}

std::int64_t Number(const std::string& db, const std::string& sql) {
  const std::string n = QueryCorpus(db, sql);
  EXPECT_FALSE(n.starts_with("error")) << sql << ": " << n;
  return n.starts_with("error") || n == "NULL" ? -1 : std::stoll(n);
}

// Every check a reader could make after a crash; returns the document count.
std::int64_t ExpectWholeDocumentsOnly(const std::string& db, std::int64_t written) {
  if (!std::filesystem::exists(db)) return 0;  // killed before the corpus was created
  EXPECT_EQ(QueryCorpus(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(Number(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  const std::int64_t documents = Number(db, "SELECT count(*) FROM documents");
  if (documents < 0) return documents;  // a corpus created but not yet migrated
  EXPECT_LE(documents, written);
  EXPECT_EQ(Number(db, "SELECT count(*) FROM raw_inputs"), documents);
  EXPECT_EQ(Number(db, "SELECT count(*) FROM documents_fts_docsize"), documents);
  EXPECT_EQ(Number(db, "SELECT count(*) FROM minhash_signatures"), documents);
  EXPECT_EQ(Number(db, "SELECT count(*) FROM minhash_bands"), documents * 16);
  EXPECT_EQ(Number(db,
                   "SELECT count(*) FROM documents WHERE text_key_hash IS NULL"
                   " OR rules_version IS NULL OR near_duplicate_of IS NOT NULL"),
            0);
  EXPECT_EQ(Number(db, "SELECT count(*) - count(DISTINCT text_key_hash) FROM documents"), 0);
  return documents;
}

class CrashSafetyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFiles(kFiles);
    const unsigned seed = std::random_device{}();
    random_.seed(seed);
    std::printf("random seed %u\n", seed);
  }

  // Adds `n` new documents to the inbox.
  void WriteFiles(int n) {
    for (int i = written_; i < written_ + n; ++i) {
      dir_.Write("inbox/" + std::to_string(i / 100) + "/doc" + std::to_string(i) + ".txt",
                 Document(i));
    }
    written_ += n;
  }

  // Runs `argv` to completion in a scratch corpus and returns how long it took.
  std::chrono::milliseconds TimeOfAFullRun(const std::vector<std::string>& argv,
                                           const std::string& scratch_db) {
    const auto start = std::chrono::steady_clock::now();
    BackgroundProcess run(argv, {}, dir_ / "scratch.log");
    EXPECT_EQ(run.Wait(300s), 0) << testing::ReadFileBytes(dir_ / "scratch.log");
    EXPECT_EQ(Number(scratch_db, "SELECT count(*) FROM documents"), written_);
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 start);
  }

  // Starts `argv`, kills it at a random moment of a run as long as `full`,
  // and checks the corpus; kKills times. When the work is all done, more is
  // dropped into the inbox, so that every kill can find some.
  void KillAtRandomMoments(const std::vector<std::string>& argv, std::chrono::milliseconds full) {
    std::int64_t last = 0;
    for (int kill = 0; kill < kKills; ++kill) {
      if (last == written_) WriteFiles(kFiles / 2);
      std::uniform_int_distribution<std::int64_t> moment(0, full.count());
      const auto after = std::chrono::milliseconds(moment(random_));
      SCOPED_TRACE("kill " + std::to_string(kill) + " after " + std::to_string(after.count()) +
                   " ms");
      BackgroundProcess run(argv, {}, dir_ / "killed.log");
      ASSERT_TRUE(run.started());
      std::this_thread::sleep_for(after);
      run.Signal(SIGKILL);
      run.Wait(60s);
      const std::int64_t documents = ExpectWholeDocumentsOnly(db(), written_);
      std::printf("killed after %lld of %lld ms: %lld documents\n",
                  static_cast<long long>(after.count()), static_cast<long long>(full.count()),
                  static_cast<long long>(documents));
      EXPECT_GE(documents, last);  // nothing committed is ever lost
      last = std::max(last, documents);
    }
  }

  std::string db() const { return dir_ / "corpus.db"; }

  TempDir dir_;
  std::mt19937 random_;
  int written_ = 0;
};

TEST_F(CrashSafetyTest, TheImporterKilledAtRandomMomentsLosesNothingAndRepeatsNothing) {
  const std::string inbox = dir_ / "inbox";
  const auto full = TimeOfAFullRun(
      {CORPUSD_BINARY, "import", "--batch", "16", "--db", dir_ / "scratch.db", inbox},
      dir_ / "scratch.db");
  // Small batches: each kill finds some committed and some not.
  const std::vector<std::string> import = {CORPUSD_BINARY, "import", "--batch", "16",
                                           "--db",         db(),     inbox};
  KillAtRandomMoments(import, full);

  const testing::ProcessResult rerun = testing::RunProcess(import);
  EXPECT_EQ(rerun.exit_code, 0) << rerun.out << rerun.err;
  EXPECT_EQ(ExpectWholeDocumentsOnly(db(), written_), written_);
}

TEST_F(CrashSafetyTest, TheDaemonKilledAtRandomMomentsLosesNothingAndRepeatsNothing) {
  // A drop folder whose files are moved to done/ once stored: a kill between
  // the commit and the move must not store a file twice.
  auto config = [this](const std::string& name, const std::string& db_path) {
    dir_.Write(name, "database = \"" + db_path +
                         "\"\n[[source]]\nname = \"inbox\"\ntype = \"directory\"\npath = \"" +
                         (dir_ / "inbox") + "\"\nsettle = \"0s\"\ndone = \"" + (dir_ / "done") +
                         "\"\nfailed = \"" + (dir_ / "failed") + "\"\n");
    return dir_ / name;
  };
  // The timing run reads a copy of the inbox, which it moves away.
  std::filesystem::copy(dir_ / "inbox", dir_ / "inbox-copy",
                        std::filesystem::copy_options::recursive);
  const auto full = TimeOfAFullRun(
      {CORPUSD_BINARY, "run", "--once", "--config", config("scratch.toml", dir_ / "scratch.db")},
      dir_ / "scratch.db");
  std::filesystem::remove_all(dir_ / "inbox");
  std::filesystem::rename(dir_ / "inbox-copy", dir_ / "inbox");
  std::filesystem::remove_all(dir_ / "done");

  const std::vector<std::string> run = {CORPUSD_BINARY, "run", "--once", "--config",
                                        config("corpusd.toml", db())};
  KillAtRandomMoments(run, full);

  BackgroundProcess rest(run, {}, dir_ / "rest.log");
  EXPECT_EQ(rest.Wait(300s), 0) << testing::ReadFileBytes(dir_ / "rest.log");
  EXPECT_EQ(ExpectWholeDocumentsOnly(db(), written_), written_);
  EXPECT_EQ(Number(db(), "SELECT count(*) FROM seen_files WHERE outcome = 'stored'"), written_);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "failed"));
}

}  // namespace
}  // namespace corpusd
