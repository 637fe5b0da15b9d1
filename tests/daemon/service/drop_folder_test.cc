// Which files of a drop folder are ready, with an in-memory filesystem and a
// fake clock.
#include "daemon/service/drop_folder.h"

#include <gtest/gtest.h>

#include "tests/support/fake_file_system.h"

namespace corpusd {
namespace {

using namespace std::chrono_literals;
using testing::FakeFileSystem;

std::int64_t Ns(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

class DropFolderTest : public ::testing::Test {
 protected:
  DropFolderTest() {
    source_.name = "inbox";
    source_.path = "/in";
    source_.done_dir = "done";
    source_.failed_dir = "/elsewhere/failed";
    source_.settle = 2s;
  }
  std::vector<std::string> Ready(std::size_t limit = 100) {
    DropFolder folder(source_, fs_, clock_);
    auto ready = folder.Ready(limit);
    EXPECT_TRUE(ready.ok()) << ready.status().message();
    std::vector<std::string> paths;
    if (ready.ok()) {
      for (const DropFile& f : *ready) paths.push_back(f.path);
    }
    return paths;
  }

  SourceConfig source_;
  FakeFileSystem fs_;
  FakeClock clock_{std::chrono::system_clock::from_time_t(1'700'000'000)};
};

TEST_F(DropFolderTest, AFileIsReadyOnceUnchangedForTheSettleTime) {
  fs_.Put("/in/a.html", "<p>a</p>", Ns(clock_.Now()));
  EXPECT_TRUE(Ready().empty());
  clock_.Advance(1s);
  EXPECT_TRUE(Ready().empty());
  clock_.Advance(1s);
  EXPECT_EQ(Ready(), std::vector<std::string>{"/in/a.html"});
  // Written to again: wait again.
  fs_.Put("/in/a.html", "<p>a, longer</p>", Ns(clock_.Now()));
  EXPECT_TRUE(Ready().empty());
}

TEST_F(DropFolderTest, AFileDatedInTheFutureWasWrittenUnderAnotherClockAndIsReady) {
  // The wall clock was set back an hour after these were written.
  fs_.Put("/in/before-the-jump.html", "x", Ns(clock_.Now() + 1h));
  // Within drift of now: could still be being written.
  fs_.Put("/in/just-now.html", "x", Ns(clock_.Now() + 20s));
  EXPECT_EQ(Ready(), std::vector<std::string>{"/in/before-the-jump.html"});
}

TEST_F(DropFolderTest, TemporaryNamesAndTheDoneFolderAreNeverTaken) {
  const auto old = Ns(clock_.Now() - 1h);
  for (const char* path : {"/in/a.html.part", "/in/b.tmp", "/in/~c", "/in/d~", "/in/e.crdownload",
                           "/in/done/f.html"}) {
    fs_.Put(path, "x", old);
  }
  fs_.Put("/in/g.html", "x", old);
  EXPECT_EQ(Ready(), std::vector<std::string>{"/in/g.html"});
}

TEST_F(DropFolderTest, OldestChangeFirstAndAtMostTheLimit) {
  fs_.Put("/in/new.html", "x", Ns(clock_.Now() - 10s));
  fs_.Put("/in/old.html", "x", Ns(clock_.Now() - 1h));
  fs_.Put("/in/mid.html", "x", Ns(clock_.Now() - 1min));
  EXPECT_EQ(Ready(2), (std::vector<std::string>{"/in/old.html", "/in/mid.html"}));
}

TEST_F(DropFolderTest, DoneAndFailedFoldersResolveAgainstTheSourcePath) {
  DropFolder folder(source_, fs_, clock_);
  EXPECT_EQ(folder.done_dir(), "/abs/in/done");  // the fake's absolute form
  EXPECT_EQ(folder.failed_dir(), "/elsewhere/failed");
  source_.done_dir.clear();
  DropFolder in_place(source_, fs_, clock_);
  EXPECT_EQ(in_place.done_dir(), "");
}

TEST(TemporaryName, WritersConventions) {
  for (const char* name : {".hidden", "x.part", "x.partial", "x.tmp", "x.temp", "x.swp", "~x", "x~",
                           "x.crdownload", "x.download"}) {
    EXPECT_TRUE(IsTemporaryName(name)) << name;
  }
  for (const char* name : {"a.html", "part", "tmp.html", "report.txt", "a.partx"}) {
    EXPECT_FALSE(IsTemporaryName(name)) << name;
  }
}

}  // namespace
}  // namespace corpusd
