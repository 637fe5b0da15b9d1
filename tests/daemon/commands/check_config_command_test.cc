// The real `corpusd check-config` binary, and `corpusd import --config`.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/corpus_query.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::ProcessResult;
using testing::QueryCorpus;
using testing::RunCorpusd;
using testing::TempDir;

const std::string kExample = std::string(CORPUSD_SOURCE_DIR) + "/config/corpusd.toml";
const std::string kSamples = std::string(CORPUSD_SOURCE_DIR) + "/samples";

constexpr char kInbox[] = R"(database = "corpus.db"

[[source]]
name = "inbox"
type = "directory"
path = "inbox"
)";

ProcessResult CheckConfig(const std::string& file) { return RunCorpusd({"check-config", file}); }

TEST(CheckConfigCommand, AcceptsTheExampleConfig) {
  ProcessResult r = CheckConfig(kExample);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, kExample + ": ok, database /var/lib/corpusd/corpus.db, 0 sources\n");
  EXPECT_EQ(r.err, "");
}

TEST(CheckConfigCommand, SummarisesEverySourceWithItsEffectiveInterval) {
  TempDir dir;
  std::filesystem::create_directories(dir / "inbox");
  const std::string file = dir.Write("corpusd.toml", std::string(kInbox) + R"(
[[source]]
name = "news"
type = "feed"
url = "https://example.org/feed.xml"
interval = "1h30m"
)");
  ProcessResult r = CheckConfig(file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, file + ": ok, database " + (dir / "corpus.db") +
                       ", 2 sources (inbox: directory " + (dir / "inbox") +
                       " every 5m; news: feed "
                       "https://example.org/feed.xml every 1h30m)\n");
}

TEST(CheckConfigCommand, AcceptsAConfigWithoutSources) {
  TempDir dir;
  const std::string file = dir.Write("corpusd.toml", "database = \"/tmp/c.db\"\n");
  ProcessResult r = CheckConfig(file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, file + ": ok, database /tmp/c.db, 0 sources\n");
}

// Each invalid file: a non-zero exit and one message naming file, line and key.
struct BadFileCase {
  const char* name;
  std::string text;
  std::string message;  // after "<file>:"
};
void PrintTo(const BadFileCase& c, std::ostream* os) { *os << c.name; }

class CheckConfigCommandRejects : public ::testing::TestWithParam<BadFileCase> {};

TEST_P(CheckConfigCommandRejects, NamingFileLineAndKey) {
  TempDir dir;
  const std::string file = dir.Write("corpusd.toml", GetParam().text);
  ProcessResult r = CheckConfig(file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, file + ":" + GetParam().message + "\n");
}

INSTANTIATE_TEST_SUITE_P(
    CheckConfigCommand, CheckConfigCommandRejects,
    ::testing::Values(
        BadFileCase{"SyntaxError", std::string(kInbox) + "interval = \n",
                    "7:12: syntax error while parsing key-value pair: expected value, saw "
                    "'\\n'"},
        BadFileCase{"UnknownKey", std::string(kInbox) + "intervall = \"30s\"\n",
                    "7:1: source \"inbox\": unknown key \"intervall\" (did you mean "
                    "\"interval\"?)"},
        BadFileCase{"WrongType", "interval = 300\n",
                    "1:12: interval: expected a duration string such as \"30s\", found an "
                    "integer"},
        BadFileCase{"MissingPath", "[[source]]\nname = \"inbox\"\ntype = \"directory\"\n",
                    "1:1: source \"inbox\": missing key \"path\" (the folder to watch)"},
        BadFileCase{"DuplicateName",
                    std::string(kInbox) + "\n[[source]]\nname = \"inbox\"\ntype = \"feed\"\n"
                                          "url = \"https://example.org/feed\"\n",
                    "9:8: source \"inbox\": duplicate name, already used by the source at line "
                    "4"},
        // Checked with the parsers, at the source's [[source]] line.
        BadFileCase{"RegexThatDoesNotCompile", std::string(kInbox) + "drop_regex = [\"(open\"]\n",
                    "7:1: source \"inbox\": drop_regex: boilerplate rule: regex \"(open\": "
                    "U_REGEX_MISMATCHED_PAREN at offset 5"},
        BadFileCase{"UnknownTimeZone", std::string(kInbox) + "time_zone = \"Europe/Budapset\"\n",
                    "7:1: source \"inbox\": time_zone: unknown time zone: Europe/Budapset"}),
    [](const ::testing::TestParamInfo<BadFileCase>& info) { return info.param.name; });

// Drop folders that would take each other's files, and a folder that is not
// there: refused with the source's line, before anything runs.
TEST(CheckConfigCommand, RefusesDropFoldersThatTakeEachOthersFilesOrAreMissing) {
  TempDir dir;
  for (const char* d : {"a", "a/inner", "b"}) std::filesystem::create_directories(dir / d);
  struct Case {
    std::string sources;
    std::string error;
  };
  auto source = [](const std::string& name, const std::string& path, const std::string& extra) {
    return "[[source]]\nname = \"" + name + "\"\ntype = \"directory\"\npath = \"" + path + "\"\n" +
           extra;
  };
  const std::vector<Case> cases = {
      {source("a", "a", "done = \".\"\n"),
       "7:1: source \"a\": done: the source's own folder; name one inside it, e.g. \"done\""},
      {source("a", "a", "") + source("b", "a/", ""),
       "6:1: source \"a\": path: the same folder as source \"b\""},
      {source("a", "a", "") + source("inner", "a/inner", ""),
       "10:1: source \"inner\": path: inside the folder of source \"a\""},
      {source("a", "a", "failed = \"../b/failed\"\n") + source("b", "b", ""),
       "7:1: source \"a\": failed: " + (dir / "b/failed") + " is in the folder of source \"b\""},
      {source("gone", "missing", ""),
       "6:1: source \"gone\": path: no such folder: " + (dir / "missing")},
  };
  for (const Case& c : cases) {
    const std::string file = dir.Write("corpusd.toml", "database = \"corpus.db\"\n\n" + c.sources);
    ProcessResult r = CheckConfig(file);
    EXPECT_EQ(r.exit_code, 1) << c.sources;
    EXPECT_EQ(r.err.rfind(file + ":" + c.error, 0), 0u) << r.err;
  }
}

// A database folder the user cannot write in (as root: checked as nobody,
// for whom a root-owned folder is read-only).
TEST(CheckConfigCommand, RefusesADatabaseFolderItCannotWrite) {
  namespace fs = std::filesystem;
  TempDir dir;
  const bool root = ::geteuid() == 0;
  fs::create_directories(dir / "locked");
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read |
                                  fs::perms::group_exec | fs::perms::others_read |
                                  fs::perms::others_exec);
  fs::permissions(dir / "locked", root ? fs::perms::owner_all | fs::perms::others_read |
                                             fs::perms::others_exec
                                       : fs::perms::owner_read | fs::perms::owner_exec);
  const std::string file = dir.Write("corpusd.toml", "database = \"locked/corpus.db\"\n");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  ProcessResult r = RunCorpusd({"check-config", file}, {.as_nobody = root});
  fs::permissions(dir / "locked", fs::perms::owner_all);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_EQ(r.err, file + ": database: cannot write in " + (dir / "locked") + "\n");
}

TEST(CheckConfigCommand, NamesAFileItCannotRead) {
  TempDir dir;
  ProcessResult r = CheckConfig(dir / "missing.toml");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, (dir / "missing.toml") + ": No such file or directory\n");
}

TEST(CheckConfigCommand, ReadsTheDefaultPathWhenNoneIsGiven) {
  if (std::filesystem::exists("/etc/corpusd/corpusd.toml")) GTEST_SKIP() << "installed config";
  ProcessResult r = RunCorpusd({"check-config"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("/etc/corpusd/corpusd.toml"), std::string::npos) << r.err;
}

TEST(CheckConfigCommand, RefusesExtraArgumentsAsAUsageError) {
  ProcessResult r = RunCorpusd({"check-config", kExample, "another.toml"});
  EXPECT_EQ(r.exit_code, 2);
}

// `corpusd import --config`.

// A config in `dir` with one source "desk" whose rules and zone are visible
// in the stored record, and a corpus next to it.
std::string DeskConfig(const TempDir& dir, const std::string& extra = "") {
  return dir.Write("etc/corpusd.toml", R"(database = "corpus.db"
)" + extra + R"(
[[source]]
name = "desk"
type = "directory"
path = "inbox"
time_zone = "Europe/Sofia"
drop = ["More from the desk"]
drop_regex = ["tags:.*"]
)");
}

TEST(ImportCommandWithConfig, StoresIntoTheConfigsDatabaseWithTheSourcesRules) {
  TempDir dir;
  const std::string config = DeskConfig(dir);
  const std::string path =
      dir.Write("a.txt", "Kept sentence one.\n\nMORE FROM THE DESK\n\nTags: war, peace\n\nEnd.");
  ProcessResult r = RunCorpusd({"import", "--config", config, "--source", "desk", path});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const std::string db = dir / "etc/corpus.db";  // relative to the config's folder
  EXPECT_NE(r.out.find("(corpus: " + db + ")"), std::string::npos) << r.out;
  EXPECT_EQ(QueryCorpus(db, "SELECT source || '|' || text FROM documents"),
            "desk|Kept sentence one.\n\nEnd.");
}

TEST(ImportCommandWithConfig, GivesNaiveTimesTheSourcesTimeZone) {
  TempDir dir;
  const std::string config = DeskConfig(dir);
  ProcessResult r = RunCorpusd(
      {"import", "--config", config, "--source", "desk", kSamples + "/003_9871a0d17aba42f5.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(QueryCorpus(dir / "etc/corpus.db", "SELECT published_at FROM documents"),
            "2024-07-05T06:15:31+03:00");
}

TEST(ImportCommandWithConfig, AnExplicitDbWinsOverTheConfig) {
  TempDir dir;
  const std::string config = DeskConfig(dir);
  const std::string path = dir.Write("a.txt", "Some text.");
  ProcessResult r = RunCorpusd({"import", "--config", config, "--db", dir / "other.db", path});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(QueryCorpus(dir / "other.db", "SELECT count(*) FROM documents"), "1");
  EXPECT_EQ(QueryCorpus(dir / "other.db", "SELECT source FROM documents"), "local");
}

TEST(ImportCommandWithConfig, TakesTheSizeLimitFromTheConfigUnlessGiven) {
  TempDir dir;
  const std::string config = DeskConfig(dir, "max_document_size = \"1KiB\"\n");
  const std::string big = dir.Write("big.txt", std::string(3000, 'a'));
  ProcessResult limited = RunCorpusd({"import", "--config", config, big});
  EXPECT_EQ(limited.exit_code, 1) << limited.out << limited.err;
  EXPECT_NE(limited.out.find("over the 1 KiB limit"), std::string::npos) << limited.out;
  ProcessResult explicit_size = RunCorpusd({"import", "--config", config, "--max-size", "1M", big});
  EXPECT_EQ(explicit_size.exit_code, 0) << explicit_size.out << explicit_size.err;
}

TEST(ImportCommandWithConfig, NotesASourceTheConfigDoesNotHave) {
  TempDir dir;
  const std::string config = DeskConfig(dir);
  const std::string path = dir.Write("a.txt", "Some text.");
  ProcessResult r = RunCorpusd({"import", "--config", config, "--source", "dsk", path});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("has no source \"dsk\" (did you mean \"desk\"?)"), std::string::npos)
      << r.err;
  EXPECT_EQ(QueryCorpus(dir / "etc/corpus.db", "SELECT source FROM documents"), "dsk");
}

TEST(ImportCommandWithConfig, RefusesAnInvalidConfigWithExitCode2) {
  TempDir dir;
  const std::string config = dir.Write("corpusd.toml", "concurrency = 0\n");
  const std::string path = dir.Write("a.txt", "Some text.");
  ProcessResult r = RunCorpusd({"import", "--config", config, path});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "corpusd: " + config + ":1:15: concurrency: 0 is out of range (1 to 64)\n");
}

}  // namespace
}  // namespace corpusd
