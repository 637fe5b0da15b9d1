// The wall clock jumping under a running daemon (an administrator's
// `date -s`, NTP stepping a clock that ran fast, a VM restored from a
// snapshot): the real binary under libfaketime, whose offset the test moves
// while the daemon runs. The monotonic clock is left alone, as the kernel
// leaves it. Feeds are still polled at their interval and drop-folder files
// still taken, whichever way the clock went.
#include <gtest/gtest.h>
#include <signal.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "tests/support/background_process.h"
#include "tests/support/corpus_query.h"
#include "tests/support/http_test_server.h"
#include "tests/support/notify_socket.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using namespace std::chrono_literals;
using testing::BackgroundProcess;
using testing::HttpTestServer;
using testing::NotifySocket;
using testing::QueryCorpus;
using testing::TempDir;
using testing::WaitUntil;

namespace fs = std::filesystem;

constexpr auto kPatience = 60s;
// Debian's package `faketime` (scripts/install-deps.sh); the MT build is the
// one safe with the daemon's threads.
constexpr const char* kFaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

std::string Item(int n) {
  return "<item><guid isPermaLink=\"false\">jump-" + std::to_string(n) + "</guid><title>Report " +
         std::to_string(n) +
         "</title><content:encoded><![CDATA[<p>The council met on Tuesday to discuss item number " +
         std::to_string(n) +
         " of the budget, which funds the new library and the bridge repairs.</p>"
         "<p>Members voted after a long debate about costs and "
         "timing.</p>]]></content:encoded></item>";
}

std::string Rss(int items) {
  std::string rss =
      "<?xml version=\"1.0\"?><rss version=\"2.0\" "
      "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Jumps</title>";
  for (int n = 1; n <= items; ++n) rss += Item(n);
  return rss + "</channel></rss>";
}

class WallClockJumpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fs::exists(kFaketime)) << kFaketime << " is missing: bash scripts/install-deps.sh";
    fs::create_directories(dir_ / "inbox");
    testing::WriteFileBytes(dir_ / "www/rss.xml", Rss(1));
    server_ = std::make_unique<HttpTestServer>(
        std::string(CORPUSD_SOURCE_DIR) + "/tests/support/http_server.py", dir_ / "www",
        dir_ / "requests.jsonl");
    ASSERT_TRUE(server_->started());
    testing::WriteFileBytes(config(),
                            "database = \"" + db() + "\"\nper_site_delay = \"0s\"\n" +
                                "[[source]]\nname = \"news\"\ntype = \"feed\"\nurl = \"" +
                                server_->Url("/rss.xml") + "\"\ninterval = \"1s\"\n" +
                                "[[source]]\nname = \"inbox\"\ntype = \"directory\"\npath = \"" +
                                (dir_ / "inbox") + "\"\ninterval = \"1s\"\nsettle = \"2s\"\n");
  }

  // The daemon's wall clock: libfaketime reads this offset ("+0", "-1h",
  // "+1d") again at every reading of the clock.
  void SetWallClockOffset(const std::string& offset) {
    testing::WriteFileBytes(dir_ / "offset.tmp", offset + "\n");
    fs::rename(dir_ / "offset.tmp", dir_ / "offset");  // never half-written
  }

  void Start() {
    notify_ = std::make_unique<NotifySocket>(dir_ / "notify.sock");
    const char* asan = std::getenv("ASAN_OPTIONS");
    daemon_ = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{CORPUSD_BINARY, "run", "--config", config()},
        std::vector<std::pair<std::string, std::string>>{
            {"NOTIFY_SOCKET", notify_->path()},
            {"LD_PRELOAD", kFaketime},
            {"FAKETIME_TIMESTAMP_FILE", dir_ / "offset"},
            {"FAKETIME_NO_CACHE", "1"},
            {"DONT_FAKE_MONOTONIC", "1"},
            // Files keep the dates the kernel gave them, as after a real jump.
            {"NO_FAKE_STAT", "1"},
            // Under AddressSanitizer its runtime must otherwise be loaded first.
            {"ASAN_OPTIONS", std::string(asan ? asan : "") + ":verify_asan_link_order=0"}},
        log());
    ASSERT_TRUE(notify_->WaitFor("READY=1", kPatience)) << testing::ReadFileBytes(log());
  }

  std::size_t Polls() const {
    std::size_t n = 0;
    for (const testing::LoggedRequest& r : server_->Requests()) n += r.path == "/rss.xml";
    return n;
  }
  // At least `more` polls beyond those made so far, each a second apart.
  bool PollsGoOn(std::size_t more) {
    const std::size_t before = Polls();
    return WaitUntil([&] { return Polls() >= before + more; }, 20s);
  }
  bool Stored(const std::string& title) {
    return WaitUntil(
        [&] {
          return QueryCorpus(db(),
                             "SELECT count(*) FROM documents WHERE title = '" + title + "'") == "1";
        },
        kPatience);
  }

  std::string db() const { return dir_ / "corpus.db"; }
  std::string config() const { return dir_ / "corpusd.toml"; }
  std::string log() const { return dir_ / "corpusd.log"; }

  TempDir dir_;
  std::unique_ptr<HttpTestServer> server_;
  std::unique_ptr<NotifySocket> notify_;
  std::unique_ptr<BackgroundProcess> daemon_;
};

TEST_F(WallClockJumpTest, PollsAndDropFoldersGoOnWhenTheClockIsSetBackOrForward) {
  SetWallClockOffset("+0");
  Start();
  ASSERT_TRUE(Stored("Report 1")) << testing::ReadFileBytes(log());

  // Back an hour: the due times move back with the clock, not an hour late.
  SetWallClockOffset("-1h");
  EXPECT_TRUE(PollsGoOn(3)) << testing::ReadFileBytes(log());
  EXPECT_NE(testing::ReadFileBytes(log()).find("the wall clock went back by 1h"), std::string::npos)
      << testing::ReadFileBytes(log());
  // A new feed item, and a file whose date is an hour ahead of the daemon's
  // clock, as if written before the clock went back: both taken.
  testing::WriteFileBytes(dir_ / "www/rss.xml", Rss(2));
  testing::WriteFileBytes(dir_ / "inbox/dropped.html",
                          "<html><head><title>Dropped</title></head><body><article><p>"
                          "A file dropped into the inbox just before the clock was set back, "
                          "with the text of a short report about the council.</p></article>"
                          "</body></html>");
  EXPECT_TRUE(Stored("Report 2")) << testing::ReadFileBytes(log());
  EXPECT_TRUE(Stored("Dropped")) << testing::ReadFileBytes(log());

  // Forward a day: everything is due at once, then polls go on as before.
  SetWallClockOffset("+1d");
  EXPECT_TRUE(PollsGoOn(3)) << testing::ReadFileBytes(log());
  testing::WriteFileBytes(dir_ / "www/rss.xml", Rss(3));
  EXPECT_TRUE(Stored("Report 3")) << testing::ReadFileBytes(log());

  daemon_->Signal(SIGTERM);
  EXPECT_EQ(daemon_->Wait(kPatience), 0) << testing::ReadFileBytes(log());
  EXPECT_EQ(QueryCorpus(db(), "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(QueryCorpus(db(), "SELECT count(*) FROM documents"), "4");
}

}  // namespace
}  // namespace corpusd
