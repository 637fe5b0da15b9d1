// `corpusd run`: the real binary against real drop folders, a real corpus
// file and a NOTIFY_SOCKET the test listens on, as systemd would.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "tests/support/background_process.h"
#include "tests/support/corpus_query.h"
#include "tests/support/notify_socket.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using namespace std::chrono_literals;
using testing::BackgroundProcess;
using testing::NotifySocket;
using testing::QueryCorpus;
using testing::TempDir;
using testing::WaitUntil;

namespace fs = std::filesystem;

// Generous: the sanitizer build is slow, and CI machines are shared.
constexpr auto kPatience = 60s;

void Write(const std::string& path, const std::string& bytes) {
  testing::WriteFileBytes(path, bytes);
}

std::string Read(const std::string& path) { return testing::ReadFileBytes(path); }

std::string Article(int n) {
  return "<html><head><title>Report " + std::to_string(n) +
         "</title></head><body><article><h1>Report " + std::to_string(n) +
         "</h1><p>The council met on Tuesday to discuss item number " + std::to_string(n) +
         " of the budget, which funds the new library and the bridge repairs.</p>"
         "<p>Members voted after a long debate about costs and timing.</p></article></body></html>";
}

std::string SourceToml(const std::string& name, const std::string& path, bool move_files) {
  std::string toml = "[[source]]\nname = \"" + name + "\"\ntype = \"directory\"\npath = \"" + path +
                     "\"\ninterval = \"200ms\"\nsettle = \"100ms\"\n";
  if (move_files) toml += "done = \"done\"\nfailed = \"failed\"\n";
  return toml;
}

class RunCommandTest : public ::testing::Test {
 protected:
  std::string db() const { return dir_ / "corpus.db"; }
  std::string config() const { return dir_ / "corpusd.toml"; }
  std::string log() const { return dir_ / "corpusd.log"; }

  void WriteConfig(const std::string& sources) {
    Write(config(), "database = \"" + db() + "\"\nstop_timeout = \"10s\"\n" + sources);
  }

  // Starts the daemon and waits for READY=1. The watchdog expects a
  // keep-alive every 0.4 s, as systemd would tell it with WatchdogSec=.
  void Start() {
    notify_.reset();  // its destructor removes the socket file
    notify_ = std::make_unique<NotifySocket>(dir_ / "notify.sock");
    daemon_ = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{CORPUSD_BINARY, "run", "--config", config()},
        std::vector<std::pair<std::string, std::string>>{{"NOTIFY_SOCKET", notify_->path()},
                                                         {"WATCHDOG_USEC", "400000"}},
        log());
    ASSERT_TRUE(daemon_->started());
    ASSERT_TRUE(notify_->WaitFor("READY=1", kPatience)) << Read(log());
  }

  // SIGTERM, and the exit status.
  std::optional<int> Stop() {
    daemon_->Signal(SIGTERM);
    return daemon_->Wait(kPatience);
  }

  std::int64_t Count(const std::string& sql) {
    const std::string n = QueryCorpus(db(), sql);
    return n.starts_with("error") ? -1 : std::stoll(n);
  }
  bool WaitForCount(const std::string& sql, std::int64_t want) {
    return WaitUntil([&] { return Count(sql) == want; }, kPatience);
  }

  TempDir dir_;
  std::unique_ptr<NotifySocket> notify_;
  std::unique_ptr<BackgroundProcess> daemon_;
};

TEST_F(RunCommandTest, ImportsDroppedFilesMovesTheMalformedOneAndStopsCleanly) {
  const std::string inbox = dir_ / "inbox";
  fs::create_directories(inbox);
  WriteConfig(SourceToml("inbox", inbox, true));
  Start();
  EXPECT_TRUE(fs::exists(db()));  // READY comes after the corpus is open

  Write(inbox + "/a.html", Article(1));
  Write(inbox + "/b.txt", "A plain text note about the harbour, written on Monday morning.\n");
  Write(inbox + "/broken.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  // A file still being written under a temporary name, then renamed.
  Write(inbox + "/c.html.part", Article(3));
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 2)) << Read(log());
  fs::rename(inbox + "/c.html.part", inbox + "/c.html");
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 3)) << Read(log());

  EXPECT_TRUE(WaitUntil([&] { return fs::exists(inbox + "/failed/broken.html"); }, kPatience));
  EXPECT_TRUE(fs::exists(inbox + "/done/a.html"));
  EXPECT_TRUE(fs::exists(inbox + "/done/c.html"));
  EXPECT_FALSE(fs::exists(inbox + "/a.html"));
  EXPECT_EQ(QueryCorpus(db(), "SELECT reason FROM seen_files WHERE outcome = 'rejected'"),
            "binary content (image/png), not text or HTML");
  EXPECT_TRUE(notify_->WaitFor("STATUS=", kPatience));
  EXPECT_TRUE(notify_->WaitFor("WATCHDOG=1", kPatience));

  EXPECT_EQ(Stop(), 0) << Read(log());
  EXPECT_TRUE(notify_->WaitFor("STOPPING=1", 1s));
  EXPECT_EQ(QueryCorpus(db(), "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(Count("SELECT count(*) FROM documents WHERE source = 'inbox'"), 3);
  const std::string log_text = Read(log());
  EXPECT_NE(log_text.find(" warning: source inbox: " + inbox + "/broken.html: binary content"),
            std::string::npos)
      << log_text;
  EXPECT_NE(log_text.find(" info: stopped"), std::string::npos) << log_text;
  // One line per input: where it went.
  EXPECT_NE(log_text.find(" info: source inbox: " + inbox + "/a.html -> document "),
            std::string::npos)
      << log_text;
}

TEST_F(RunCommandTest, SighupAddsASourceAndABrokenConfigLeavesTheRunningOne) {
  const std::string first = dir_ / "first";
  const std::string second = dir_ / "second";
  fs::create_directories(first);
  fs::create_directories(second);
  WriteConfig(SourceToml("first", first, true));
  Start();
  Write(second + "/x.html", Article(10));

  WriteConfig(SourceToml("first", first, true) + SourceToml("second", second, true));
  daemon_->Signal(SIGHUP);
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents WHERE source = 'second'", 1))
      << Read(log());

  Write(config(), "database = \"" + db() + "\"\n[[source]]\nname = \"first\"\nintervall = 3\n");
  daemon_->Signal(SIGHUP);
  ASSERT_TRUE(
      WaitUntil([&] { return Read(log()).find("reload refused") != std::string::npos; }, kPatience))
      << Read(log());
  EXPECT_TRUE(daemon_->Running());
  Write(first + "/y.html", Article(11));
  Write(second + "/z.html", Article(12));
  EXPECT_TRUE(WaitForCount("SELECT count(*) FROM documents", 3)) << Read(log());
  EXPECT_EQ(Stop(), 0) << Read(log());
}

TEST_F(RunCommandTest, ACorpusReplacedUnderneathStopsTheDaemonAndLosesNothing) {
  const std::string inbox = dir_ / "inbox";
  for (int i = 0; i < 3; ++i) Write(inbox + "/" + std::to_string(i) + ".html", Article(40 + i));
  WriteConfig(SourceToml("inbox", inbox, /*move_files=*/false));
  Start();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 3)) << Read(log());
  // Someone moves the corpus away and puts another file in its place.
  std::filesystem::rename(db(), dir_ / "moved.db");
  Write(db(), "not the corpus");
  EXPECT_EQ(daemon_->Wait(kPatience), 1) << Read(log());
  const std::string said = Read(log());
  EXPECT_NE(said.find("was removed or replaced"), std::string::npos) << said;
  EXPECT_EQ(Read(db()), "not the corpus");  // never written to
  // The documents were in the moved file's WAL, which stayed at the old
  // name; all of them are in the copy the daemon saved.
  const auto at = said.find("was saved as ");
  ASSERT_NE(at, std::string::npos) << said;
  const std::string copy = said.substr(at + 13, said.find(';', at) - at - 13);
  EXPECT_EQ(QueryCorpus(copy, "SELECT count(*) FROM documents"), "3");
  EXPECT_EQ(QueryCorpus(copy, "PRAGMA integrity_check"), "ok");
}

TEST_F(RunCommandTest, AfterARestartNothingIsImportedTwice) {
  const std::string inbox = dir_ / "inbox";
  for (int i = 0; i < 3; ++i) Write(inbox + "/" + std::to_string(i) + ".html", Article(20 + i));
  WriteConfig(SourceToml("inbox", inbox, /*move_files=*/false));  // files stay in place
  Start();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 3)) << Read(log());
  ASSERT_EQ(Stop(), 0);

  // A file changed in place while the daemon was down is new; the rest are not.
  Write(inbox + "/0.html", Article(99));
  Start();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 4)) << Read(log());
  // Several more polls: still nothing twice.
  ASSERT_TRUE(notify_->WaitFor("5 polls", kPatience)) << Read(log());
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), 4);
  EXPECT_EQ(Count("SELECT count(*) FROM seen_files"), 4);
  EXPECT_EQ(Stop(), 0) << Read(log());
  EXPECT_EQ(QueryCorpus(db(), "SELECT failures FROM source_state WHERE source = 'inbox'"), "0");
}

// Files dropped again under the same names with the same content (copied
// with their times kept, as `cp -p` does) are duplicates: each one ends in
// done/ and is counted, none stays in the drop folder.
TEST_F(RunCommandTest, FilesDroppedAgainUnderTheSameNameEndInDoneAsDuplicates) {
  const std::string inbox = dir_ / "inbox";
  const std::string outbox = dir_ / "originals";
  fs::create_directories(inbox);
  constexpr int kFiles = 100;
  for (int i = 0; i < kFiles; ++i) {
    Write(outbox + "/" + std::to_string(i) + ".html", Article(100 + i));
  }
  WriteConfig(SourceToml("inbox", inbox, /*move_files=*/true));
  Start();
  auto drop_all = [&] {
    for (int i = 0; i < kFiles; ++i) {
      const std::string name = std::to_string(i) + ".html";
      fs::copy_file(outbox + "/" + name, inbox + "/" + name + ".part");
      fs::last_write_time(inbox + "/" + name + ".part", fs::last_write_time(outbox + "/" + name));
      fs::rename(inbox + "/" + name + ".part", inbox + "/" + name);
    }
  };
  auto left_in_inbox = [&] {
    int n = 0;
    for (const auto& entry : fs::directory_iterator(inbox)) n += entry.is_regular_file();
    return n;
  };
  drop_all();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", kFiles)) << Read(log());
  ASSERT_TRUE(WaitUntil([&] { return left_in_inbox() == 0; }, kPatience)) << Read(log());

  drop_all();  // the same names, bytes and times again
  ASSERT_TRUE(WaitUntil([&] { return left_in_inbox() == 0; }, kPatience))
      << left_in_inbox() << " files left\n"
      << Read(log());
  int in_done = 0;
  for (const auto& entry : fs::directory_iterator(inbox + "/done"))
    in_done += entry.is_regular_file();
  EXPECT_EQ(in_done, 2 * kFiles);
  EXPECT_EQ(Stop(), 0) << Read(log());
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), kFiles);
  const std::string log_text = Read(log());
  EXPECT_NE(log_text.find("stopped: stored 100, duplicates 100, rejected 0"), std::string::npos)
      << log_text;
}

// For cron: `run --once` exits non-zero when a source's poll failed, and
// names the sources that failed; the others' work is stored all the same.
TEST_F(RunCommandTest, RunOnceExitsNonZeroAndNamesTheSourcesThatFailed) {
  const std::string inbox = dir_ / "inbox";
  Write(inbox + "/a.html", Article(7));
  WriteConfig(SourceToml("inbox", inbox, /*move_files=*/true) +
              "[[source]]\nname = \"down\"\ntype = \"feed\"\n"
              "url = \"http://127.0.0.1:1/feed.xml\"\n");
  testing::ProcessResult r = testing::RunCorpusd({"run", "--once", "--config", config()});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("1 of 2 sources failed: down: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("next try in"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM documents WHERE source = 'inbox'"), 1);

  // Every source polled well: exit 0; a file maybe still being written is
  // named as skipped, as --once will not come back for it.
  const std::string desk = dir_ / "desk";
  Write(desk + "/draft.html", Article(8));
  WriteConfig(SourceToml("inbox", inbox, /*move_files=*/true) +
              "[[source]]\nname = \"desk\"\ntype = \"directory\"\npath = \"" + desk +
              "\"\nsettle = \"1h\"\n");
  r = testing::RunCorpusd({"run", "--once", "--config", config()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(
      r.err.find("source desk: skipped as maybe still being written: " + desk + "/draft.html"),
      std::string::npos)
      << r.err;
}

// Log lines carry "<N>" priorities only where journald reads them (standard
// error is the stream JOURNAL_STREAM names); elsewhere the time and level.
TEST_F(RunCommandTest, LogLinesCarryPrioritiesForTheJournalAndTimesElsewhere) {
  WriteConfig("");
  for (bool journal : {false, true}) {
    const std::string path = dir_ / (journal ? "journal.log" : "plain.log");
    Write(path, "");
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    std::vector<std::pair<std::string, std::string>> env;
    if (journal) {
      env.emplace_back("JOURNAL_STREAM",
                       std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino));
    }
    BackgroundProcess once({CORPUSD_BINARY, "run", "--once", "--config", config()}, env, path);
    ASSERT_EQ(once.Wait(kPatience), 0) << Read(path);
    const std::string text = Read(path);
    if (journal) {
      EXPECT_EQ(text.rfind("<6>ready: 0 sources", 0), 0u) << text;
    } else {
      // "2024-03-05T10:00:00.123Z info: ready: 0 sources, ..."
      ASSERT_GT(text.size(), 30u) << text;
      EXPECT_EQ(text[4], '-') << text;
      EXPECT_EQ(text[10], 'T') << text;
      EXPECT_EQ(text.substr(23, 19), "Z info: ready: 0 so") << text;
      EXPECT_EQ(text.find("<6>"), std::string::npos) << text;
    }
  }
}

// Under systemd (INVOCATION_ID set) the working directory is /: a config
// without `database` is refused at start instead of writing /corpus.db.
TEST_F(RunCommandTest, AServiceConfigWithoutADatabaseIsRefused) {
  Write(config(), "interval = \"5m\"\n");
  BackgroundProcess service({CORPUSD_BINARY, "run", "--once", "--config", config()},
                            {{"INVOCATION_ID", "0123456789abcdef"}}, log());
  EXPECT_EQ(service.Wait(kPatience), 1);
  EXPECT_NE(Read(log()).find("database: required when corpusd runs as a service"),
            std::string::npos)
      << Read(log());
  EXPECT_FALSE(fs::exists(dir_ / "corpus.db"));
}

TEST_F(RunCommandTest, AtTheStopDeadlineFinishedWorkIsCommittedAndTheRestLeftForLater) {
  const std::string inbox = dir_ / "inbox";
  Write(inbox + "/small.html", Article(30));
  // Big enough that reading it outlasts the 200 ms deadline by far.
  std::string big;
  while (big.size() < (std::size_t{48} << 20)) {
    big += "The committee heard evidence from the harbour master about the tides today. ";
    if (big.size() % 4096 < 80) big += "\n\n";
  }
  Write(inbox + "/zz-big.txt", big);
  Write(config(), "database = \"" + db() + "\"\nstop_timeout = \"200ms\"\nconcurrency = 2\n" +
                      SourceToml("inbox", inbox, false));
  // Complete long ago: both are in the very first poll.
  for (const char* name : {"/small.html", "/zz-big.txt"}) {
    fs::last_write_time(inbox + name, fs::file_time_type::clock::now() - 1h);
  }
  Start();
  ASSERT_TRUE(notify_->WaitFor("polling inbox", kPatience)) << Read(log());
  EXPECT_EQ(Stop(), 0) << Read(log());
  EXPECT_NE(Read(log()).find("stop deadline reached"), std::string::npos) << Read(log());
  EXPECT_EQ(QueryCorpus(db(), "PRAGMA integrity_check"), "ok");
  // The big file was neither stored nor remembered: the next start reads it.
  EXPECT_EQ(Count("SELECT count(*) FROM seen_files WHERE path LIKE '%zz-big.txt'"), 0);
}

TEST_F(RunCommandTest, ABadConfigOrCorpusStopsTheStartWithAReason) {
  Write(config(), "database = 7\n");
  auto result = std::make_unique<BackgroundProcess>(
      std::vector<std::string>{CORPUSD_BINARY, "run", "--config", config()},
      std::vector<std::pair<std::string, std::string>>{}, log());
  EXPECT_EQ(result->Wait(kPatience), 1);
  Write(dir_ / "not-a-db", "this is not a SQLite file, just text that is long enough to tell");
  Write(config(), "database = \"" + (dir_ / "not-a-db") + "\"\n");
  result = std::make_unique<BackgroundProcess>(
      std::vector<std::string>{CORPUSD_BINARY, "run", "--config", config()},
      std::vector<std::pair<std::string, std::string>>{}, log());
  EXPECT_EQ(result->Wait(kPatience), 1);
  const std::string log_text = Read(log());
  EXPECT_NE(log_text.find(" error: "), std::string::npos) << log_text;
  EXPECT_NE(log_text.find("database"), std::string::npos) << log_text;
}

}  // namespace
}  // namespace corpusd
