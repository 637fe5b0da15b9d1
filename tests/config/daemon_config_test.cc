#include "config/daemon_config.h"

#include <gtest/gtest.h>

#include <cctype>

#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using std::chrono::milliseconds;
using testing::TempDir;

const std::string kExample = std::string(CORPUSD_SOURCE_DIR) + "/config/corpusd.toml";

// A valid directory source, for tests about something else.
constexpr char kInbox[] = R"([[source]]
name = "inbox"
type = "directory"
path = "/srv/inbox"
)";

// The example's drop-folder source, as a user uncomments it: its key lines
// ("#name = ...") and its [[source]] line, up to the next example.
std::string ExampleWithItsSourceUncommented() {
  std::string text = testing::ReadFileBytes(kExample);
  const std::size_t start = text.find("#[[source]]");
  const std::size_t end = text.find("# A feed", start);
  std::string block = text.substr(start, end - start);
  std::string out;
  std::size_t i = 0;
  while (i < block.size()) {
    std::size_t eol = block.find('\n', i);
    if (eol == std::string::npos) eol = block.size();
    std::string line = block.substr(i, eol - i);
    if (line.size() > 1 && line[0] == '#' && (std::islower(line[1]) || line[1] == '[')) {
      line.erase(0, 1);
    }
    out += line + "\n";
    i = eol + 1;
  }
  return text.substr(0, start) + out + text.substr(end);
}

TEST(ParseConfig, TheExampleFileShipsWithNoActiveSource) {
  Result<Config> config = LoadConfig(kExample);
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_TRUE(config->sources.empty());
}

TEST(ParseConfig, ReadsTheExampleFile) {
  Result<Config> config = ParseConfig(ExampleWithItsSourceUncommented(), kExample);
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->file, kExample);
  EXPECT_EQ(config->store.database, "/var/lib/corpusd/corpus.db");
  EXPECT_EQ(config->daemon.default_interval, std::chrono::minutes(5));
  EXPECT_EQ(config->daemon.concurrency, 2u);
  EXPECT_EQ(config->import.max_document_bytes, std::uint64_t{64} << 20);
  EXPECT_EQ(config->daemon.user_agent, "corpusd/0.1");
  EXPECT_EQ(config->daemon.log_level, LogLevel::kInfo);
  EXPECT_EQ(config->daemon.stop_timeout, std::chrono::seconds(20));
  ASSERT_EQ(config->sources.size(), 1u);
  const SourceConfig& inbox = config->sources[0];
  EXPECT_EQ(inbox.name, "inbox");
  EXPECT_EQ(inbox.type, SourceType::kDirectory);
  EXPECT_EQ(inbox.path, "/srv/corpus/inbox");
  EXPECT_EQ(inbox.url, "");
  EXPECT_EQ(inbox.interval, std::chrono::seconds(30));
  EXPECT_EQ(inbox.time_zone, "Europe/Budapest");
  EXPECT_EQ(inbox.language, "hu");
  ASSERT_EQ(inbox.boilerplate.size(), 3u);
  EXPECT_EQ(inbox.boilerplate[0].pattern, "Share this");
  EXPECT_FALSE(inbox.boilerplate[0].regex);
  EXPECT_EQ(inbox.boilerplate[1].pattern, "Subscribe to our newsletter");
  EXPECT_FALSE(inbox.boilerplate[1].regex);
  EXPECT_EQ(inbox.boilerplate[2].pattern, "^Photo: .*$");
  EXPECT_TRUE(inbox.boilerplate[2].regex);
  EXPECT_EQ(inbox.done_dir, "done");
  EXPECT_EQ(inbox.failed_dir, "failed");
  EXPECT_EQ(inbox.settle, std::chrono::seconds(2));
  EXPECT_GT(inbox.line, 1);
}

TEST(ParseConfig, AnEmptyFileGivesTheDefaultsAndNoSources) {
  Result<Config> config = ParseConfig("# nothing here\n", "corpusd.toml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  const Config defaults;
  EXPECT_EQ(config->file, "corpusd.toml");
  EXPECT_EQ(config->store.database, defaults.store.database);
  EXPECT_EQ(config->daemon.default_interval, defaults.daemon.default_interval);
  EXPECT_EQ(config->daemon.concurrency, defaults.daemon.concurrency);
  EXPECT_EQ(config->daemon.user_agent, defaults.daemon.user_agent);
  EXPECT_EQ(config->daemon.log_level, defaults.daemon.log_level);
  EXPECT_EQ(config->daemon.stop_timeout, defaults.daemon.stop_timeout);
  EXPECT_EQ(config->import.max_document_bytes, defaults.import.max_document_bytes);
  EXPECT_TRUE(config->sources.empty());
}

TEST(ParseConfig, ASourceLeavesOutWhatHasADefault) {
  Result<Config> config = ParseConfig(kInbox, "corpusd.toml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  ASSERT_EQ(config->sources.size(), 1u);
  const SourceConfig& s = config->sources[0];
  EXPECT_EQ(s.interval, milliseconds(0));  // the global interval applies
  EXPECT_EQ(s.settle, std::chrono::seconds(2));
  EXPECT_EQ(s.time_zone, "");
  EXPECT_TRUE(s.boilerplate.empty());
  EXPECT_EQ(s.done_dir, "");
  EXPECT_EQ(s.failed_dir, "");
  EXPECT_EQ(s.line, 1);
}

TEST(ParseConfig, ReadsEveryTopLevelKey) {
  Result<Config> config = ParseConfig(R"(
database = "/data/c.db"
interval = "1h30m"
concurrency = 64
max_document_size = 1048576
user_agent = "bot/2"
log_level = "debug"
stop_timeout = "250ms"
)",
                                      "corpusd.toml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->store.database, "/data/c.db");
  EXPECT_EQ(config->daemon.default_interval, std::chrono::minutes(90));
  EXPECT_EQ(config->daemon.concurrency, 64u);
  EXPECT_EQ(config->import.max_document_bytes, 1048576u);
  EXPECT_EQ(config->daemon.user_agent, "bot/2");
  EXPECT_EQ(config->daemon.log_level, LogLevel::kDebug);
  EXPECT_EQ(config->daemon.stop_timeout, milliseconds(250));
}

TEST(ParseConfig, ReadsSizesWithUnits) {
  const std::pair<const char*, std::uint64_t> cases[] = {
      {"512KiB", 512u << 10}, {"64MiB", 64u << 20}, {"1GiB", 1u << 30}, {"10MB", 10'000'000}};
  for (const auto& [text, bytes] : cases) {
    Result<Config> config =
        ParseConfig("max_document_size = \"" + std::string(text) + "\"\n", "corpusd.toml");
    ASSERT_TRUE(config.ok()) << text << ": " << config.status().ToString();
    EXPECT_EQ(config->import.max_document_bytes, bytes) << text;
  }
}

TEST(ParseConfig, ReadsNetworkSources) {
  Result<Config> config = ParseConfig(R"(
[[source]]
name = "news"
type = "feed"
url = "https://example.org/feed.xml"

[[source]]
name = "front"
type = "page"
url = "http://example.org/"

[[source]]
name = "map"
type = "sitemap"
url = "https://example.org/sitemap.xml"
)",
                                      "corpusd.toml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  ASSERT_EQ(config->sources.size(), 3u);
  EXPECT_EQ(config->sources[0].type, SourceType::kFeed);
  EXPECT_EQ(config->sources[0].url, "https://example.org/feed.xml");
  EXPECT_EQ(config->sources[1].type, SourceType::kPage);
  EXPECT_EQ(config->sources[2].type, SourceType::kSitemap);
  EXPECT_EQ(config->sources[2].line, 12);
}

TEST(ParseConfig, ReadsTheNetworkSettings) {
  Result<Config> config = ParseConfig(R"(max_requests = 40
per_site_requests = 3
per_site_delay = "250ms"
fetch_timeout = "30s"
allow_private_links = true
[[source]]
name = "news"
type = "feed"
url = "https://example.org/feed.xml"
fetch_articles = "always"
)",
                                      "corpusd.toml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->daemon.max_requests, 40u);
  EXPECT_EQ(config->daemon.per_site_requests, 3u);
  EXPECT_EQ(config->daemon.per_site_delay, milliseconds(250));
  EXPECT_EQ(config->daemon.fetch_timeout, std::chrono::seconds(30));
  EXPECT_TRUE(config->daemon.allow_private_links);
  EXPECT_EQ(config->sources[0].fetch_articles, SourceConfig::FetchArticles::kAlways);
  Result<Config> defaults = ParseConfig("", "corpusd.toml");
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->daemon.max_requests, 16u);
  EXPECT_EQ(defaults->daemon.per_site_requests, 2u);
  EXPECT_FALSE(defaults->daemon.allow_private_links);
}

TEST(ParseConfig, APostgresqlDatabaseIsAUrlNotAPath) {
  Result<Config> config =
      ParseConfig("database = \"postgresql://corpusd@db.example/corpus\"\n", "/etc/corpusd.toml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->store.database, "postgresql://corpusd@db.example/corpus");
}

TEST(ParseConfig, ReadsTheShardOfAFleet) {
  Result<Config> config = ParseConfig("shard = \"2/3\"\n", "corpusd.toml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->daemon.shard, (Shard{2, 3}));
  Result<Config> defaults = ParseConfig("", "corpusd.toml");
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->daemon.shard, (Shard{1, 1})) << "no fleet: everything";
}

TEST(ParseShard, ReadsKOfNAndRefusesTheRest) {
  EXPECT_EQ(*ParseShard("1/1"), (Shard{1, 1}));
  EXPECT_EQ(*ParseShard("4/4"), (Shard{4, 4}));
  EXPECT_EQ(ShardName(*ParseShard("12/40")), "12/40");
  for (const char* bad :
       {"", "1", "0/2", "3/2", "1/0", "two/3", "1/2/3", " 1/2", "1/ 2", "-1/2", "1/5000", "1/2 "}) {
    Result<Shard> shard = ParseShard(bad);
    EXPECT_FALSE(shard.ok()) << bad;
    if (!shard.ok()) {
      EXPECT_EQ(shard.status().message(),
                std::string("expected \"K/N\", node K of N (1 <= K <= N <= 4096), found \"") + bad +
                    "\"");
    }
  }
}

TEST(ParseConfig, ResolvesRelativePathsAgainstTheFilesFolder) {
  const std::string text = R"(
database = "corpus.db"
[[source]]
name = "a"
type = "directory"
path = "inbox"
done = "done"
[[source]]
name = "b"
type = "directory"
path = "../shared/./drop"
[[source]]
name = "c"
type = "directory"
path = "/srv/c"
)";
  Result<Config> config = ParseConfig(text, "/etc/corpusd/corpusd.toml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->store.database, "/etc/corpusd/corpus.db");
  EXPECT_EQ(config->sources[0].path, "/etc/corpusd/inbox");
  EXPECT_EQ(config->sources[0].done_dir, "done");  // relative to `path`, left as written
  EXPECT_EQ(config->sources[1].path, "/etc/shared/drop");
  EXPECT_EQ(config->sources[2].path, "/srv/c");

  // A file named without a folder: relative to where it was named from.
  Result<Config> here = ParseConfig(text, "corpusd.toml");
  ASSERT_TRUE(here.ok()) << here.status().ToString();
  EXPECT_EQ(here->store.database, "corpus.db");
  EXPECT_EQ(here->sources[0].path, "inbox");
}

TEST(LoadConfig, ResolvesRelativePathsAgainstTheFilesAbsoluteFolder) {
  TempDir dir;
  const std::string file =
      dir.Write("etc/corpusd.toml", std::string("database = \"corpus.db\"\n") + R"([[source]]
name = "a"
type = "directory"
path = "in"
)");
  Result<Config> config = LoadConfig(file);
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->store.database, dir / "etc/corpus.db");
  EXPECT_EQ(config->sources[0].path, dir / "etc/in");
}

TEST(LoadConfig, NamesAFileItCannotRead) {
  TempDir dir;
  Result<Config> missing = LoadConfig(dir / "missing.toml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(missing.status().message(), dir / "missing.toml" + ": No such file or directory");
  Result<Config> folder = LoadConfig(dir.path().string());
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.status().message(), dir.path().string() + ": not a regular file");
}

TEST(LoadConfig, ReportsErrorsWithThePathAsGiven) {
  TempDir dir;
  const std::string file = dir.Write("c.toml", "colour = \"blue\"\n");
  Result<Config> config = LoadConfig(file);
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().message(), file + ":1:1: unknown key \"colour\"");
}

TEST(ImportSettingsFor, TakesTheGlobalSettingsWithTheSourcesOwn) {
  Result<Config> config = ParseConfig(R"(
max_document_size = "1MiB"
[[source]]
name = "inbox"
type = "directory"
path = "/srv/inbox"
time_zone = "Europe/Budapest"
drop = ["Share this"]
drop_regex = ["^Photo: .*$"]
)",
                                      "corpusd.toml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  const ImportSettings settings = ImportSettingsFor(*config, config->sources[0]);
  EXPECT_EQ(settings.source, "inbox");
  EXPECT_EQ(settings.time_zone, "Europe/Budapest");
  EXPECT_EQ(settings.max_document_bytes, 1u << 20);
  ASSERT_EQ(settings.boilerplate.size(), 2u);
  EXPECT_EQ(settings.boilerplate[0].pattern, "Share this");
  EXPECT_FALSE(settings.boilerplate[0].regex);
  EXPECT_EQ(settings.boilerplate[1].pattern, "^Photo: .*$");
  EXPECT_TRUE(settings.boilerplate[1].regex);
  EXPECT_EQ(settings.learned_min_documents, ImportSettings().learned_min_documents);
}

TEST(SourceTypeName, NamesEachTypeAsTheFileDoes) {
  EXPECT_EQ(SourceTypeName(SourceType::kDirectory), "directory");
  EXPECT_EQ(SourceTypeName(SourceType::kFeed), "feed");
  EXPECT_EQ(SourceTypeName(SourceType::kPage), "page");
  EXPECT_EQ(SourceTypeName(SourceType::kSitemap), "sitemap");
  EXPECT_EQ(LogLevelName(LogLevel::kError), "error");
  EXPECT_EQ(LogLevelName(LogLevel::kWarning), "warning");
  EXPECT_EQ(LogLevelName(LogLevel::kInfo), "info");
  EXPECT_EQ(LogLevelName(LogLevel::kDebug), "debug");
}

// Each invalid file and the exact message, naming file, line, column and key.
struct BadConfigCase {
  const char* name;
  std::string text;
  std::string message;
};
void PrintTo(const BadConfigCase& c, std::ostream* os) { *os << c.name; }

class BadConfig : public ::testing::TestWithParam<BadConfigCase> {};

TEST_P(BadConfig, IsRefusedNamingFileLineAndKey) {
  Result<Config> config = ParseConfig(GetParam().text, "corpusd.toml");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(config.status().message(), GetParam().message);
}

const std::string kSource = kInbox;

INSTANTIATE_TEST_SUITE_P(
    ParseConfig, BadConfig,
    ::testing::Values(
        // TOML syntax, with toml++'s position.
        BadConfigCase{"ShardOutOfRange", "shard = \"3/2\"\n",
                      "corpusd.toml:1:9: shard: expected \"K/N\", node K of N (1 <= K <= N <= "
                      "4096), found \"3/2\""},
        BadConfigCase{"SyntaxMissingValue", "concurrency = 2\ninterval =\n",
                      "corpusd.toml:2:11: syntax error while parsing key-value pair: expected "
                      "value, saw '\\n'"},
        BadConfigCase{"SyntaxUnterminatedString", "database = \"x\n",
                      "corpusd.toml:1:14: syntax error while parsing string: unescaped control "
                      "characters other than TAB (U+0009) are explicitly prohibited"},
        BadConfigCase{"SyntaxRedefinedKey", "concurrency = 2\nconcurrency = 3\n",
                      "corpusd.toml:2:15: syntax error while parsing key-value pair: cannot "
                      "redefine existing integer 'concurrency'"},
        // Unknown keys.
        BadConfigCase{"UnknownTopLevelKey", "intervall = \"5m\"\n",
                      "corpusd.toml:1:1: unknown key \"intervall\" (did you mean \"interval\"?)"},
        BadConfigCase{"UnknownTopLevelKeyNothingClose", "\n\ncolour = \"blue\"\n",
                      "corpusd.toml:3:1: unknown key \"colour\""},
        BadConfigCase{"UnknownTopLevelTable", "[daemon]\nconcurrency = 2\n",
                      "corpusd.toml:1:2: unknown key \"daemon\""},
        BadConfigCase{"SourceKeyAtTopLevel", "path = \"/srv/inbox\"\n",
                      "corpusd.toml:1:1: unknown key \"path\" (a source key: put it in a "
                      "[[source]] table)"},
        BadConfigCase{"UnknownSourceKey", kSource + "intervall = \"30s\"\n",
                      "corpusd.toml:5:1: source \"inbox\": unknown key \"intervall\" (did you "
                      "mean \"interval\"?)"},
        BadConfigCase{"TopLevelKeyInASource", kSource + "concurrency = 4\n",
                      "corpusd.toml:5:1: source \"inbox\": unknown key \"concurrency\" (a "
                      "top-level key: move it above the first [[source]])"},
        BadConfigCase{"SubTableInASource", kSource + "[source.extra]\nx = 1\n",
                      "corpusd.toml:5:9: source \"inbox\": unknown key \"extra\""},
        BadConfigCase{"MaxRequestsOutOfRange", "max_requests = 0\n",
                      "corpusd.toml:1:16: max_requests: 0 is out of range (1 to 1024)"},
        BadConfigCase{"AllowPrivateLinksAsString", "allow_private_links = \"yes\"\n",
                      "corpusd.toml:1:23: allow_private_links: expected true or false, found a "
                      "string"},
        BadConfigCase{"UnknownFetchArticles", kSource + "fetch_articles = \"alway\"\n",
                      "corpusd.toml:5:18: source \"inbox\": fetch_articles: unknown value "
                      "\"alway\" (did you mean \"always\"?); expected auto, always or never"},
        // Wrong value types.
        BadConfigCase{"DurationAsInteger", "interval = 30\n",
                      "corpusd.toml:1:12: interval: expected a duration string such as \"30s\", "
                      "found an integer"},
        BadConfigCase{"SourceDurationAsInteger", kSource + "settle = 2\n",
                      "corpusd.toml:5:10: source \"inbox\": settle: expected a duration string "
                      "such as \"30s\", found an integer"},
        BadConfigCase{"ConcurrencyAsString", "concurrency = \"2\"\n",
                      "corpusd.toml:1:15: concurrency: expected an integer from 1 to 64, found "
                      "a string"},
        BadConfigCase{
            "DatabaseAsInteger", "database = 1\n",
            "corpusd.toml:1:12: database: expected a file path or a \"postgresql://\" URL "
            "string, found an "
            "integer"},
        BadConfigCase{"DropAsString", kSource + "drop = \"Share this\"\n",
                      "corpusd.toml:5:8: source \"inbox\": drop: expected an array of strings "
                      "such as [\"Share this\"], found a string"},
        BadConfigCase{"DropRegexWithANumber", kSource + "drop_regex = [\"^a$\", 2]\n",
                      "corpusd.toml:5:22: source \"inbox\": drop_regex: expected only strings, "
                      "found an integer"},
        BadConfigCase{"EmptyDropRule", kSource + "drop = [\"\"]\n",
                      "corpusd.toml:5:9: source \"inbox\": drop: an empty string would match "
                      "nothing"},
        BadConfigCase{"SizeAsBoolean", "max_document_size = true\n",
                      "corpusd.toml:1:21: max_document_size: expected a size such as \"64MiB\" "
                      "or an integer number of bytes, found a boolean"},
        BadConfigCase{"SourceAsATable", "[source]\nname = \"inbox\"\n",
                      "corpusd.toml:1:1: source: expected [[source]] tables, found a table"},
        BadConfigCase{"SourceAsAString", "source = \"inbox\"\n",
                      "corpusd.toml:1:10: source: expected [[source]] tables, found a string"},
        // Bad values.
        BadConfigCase{"BadDuration", "interval = \"5\"\n",
                      "corpusd.toml:1:12: interval: bad duration \"5\": a number needs a unit "
                      "(ms, s, m, h or d), as in \"5s\""},
        BadConfigCase{"NegativeDuration", "stop_timeout = \"-5s\"\n",
                      "corpusd.toml:1:16: stop_timeout: bad duration \"-5s\": a duration "
                      "cannot be negative"},
        BadConfigCase{"ZeroGlobalInterval", "interval = \"0s\"\n",
                      "corpusd.toml:1:12: interval: must be more than 0s"},
        BadConfigCase{"ZeroSourceInterval", kSource + "interval = \"0m\"\n",
                      "corpusd.toml:5:12: source \"inbox\": interval: must be more than 0s "
                      "(leave it out to use the global interval)"},
        BadConfigCase{"ConcurrencyZero", "concurrency = 0\n",
                      "corpusd.toml:1:15: concurrency: 0 is out of range (1 to 64)"},
        BadConfigCase{"ConcurrencyTooHigh", "concurrency = 65\n",
                      "corpusd.toml:1:15: concurrency: 65 is out of range (1 to 64)"},
        BadConfigCase{"EmptyDatabase", "database = \"\"\n",
                      "corpusd.toml:1:12: database: must not be empty"},
        BadConfigCase{"SizeWithoutAKnownUnit", "max_document_size = \"64Mb\"\n",
                      "corpusd.toml:1:21: max_document_size: bad size \"64Mb\": unknown unit "
                      "\"Mb\" (use B, KiB, MiB, GiB, TiB, KB, MB, GB, TB, or K, M, G, T for "
                      "KiB, MiB, GiB, TiB)"},
        BadConfigCase{"SizeZero", "max_document_size = 0\n",
                      "corpusd.toml:1:21: max_document_size: must be more than 0 bytes"},
        BadConfigCase{"UnknownLogLevel", "log_level = \"debg\"\n",
                      "corpusd.toml:1:13: log_level: unknown level \"debg\" (did you mean "
                      "\"debug\"?); expected error, warning, info or debug"},
        BadConfigCase{"EmptyUserAgent", "user_agent = \"\"\n",
                      "corpusd.toml:1:14: user_agent: must not be empty"},
        // Sources: required keys, types, URLs.
        BadConfigCase{"MissingName", "[[source]]\ntype = \"directory\"\npath = \"/srv/a\"\n",
                      "corpusd.toml:1:1: source #1: missing key \"name\""},
        BadConfigCase{"EmptyName", "[[source]]\nname = \"\"\ntype = \"directory\"\npath = \"/a\"\n",
                      "corpusd.toml:2:8: source #1: name: must not be empty"},
        BadConfigCase{"MissingType", kSource + "[[source]]\nname = \"b\"\npath = \"/srv/b\"\n",
                      "corpusd.toml:5:1: source \"b\": missing key \"type\" (directory, feed, "
                      "page or sitemap)"},
        BadConfigCase{"UnknownType", "[[source]]\nname = \"a\"\ntype = \"directry\"\n",
                      "corpusd.toml:3:8: source \"a\": type: unknown source type \"directry\" "
                      "(did you mean \"directory\"?); expected directory, feed, page or sitemap"},
        BadConfigCase{"MissingPath", "\n[[source]]\nname = \"a\"\ntype = \"directory\"\n",
                      "corpusd.toml:2:1: source \"a\": missing key \"path\" (the folder to "
                      "watch)"},
        BadConfigCase{"EmptyPath", "[[source]]\nname = \"a\"\ntype = \"directory\"\npath = \"\"\n",
                      "corpusd.toml:4:8: source \"a\": path: must not be empty"},
        BadConfigCase{"MissingUrl", "[[source]]\nname = \"a\"\ntype = \"feed\"\n",
                      "corpusd.toml:1:1: source \"a\": missing key \"url\" (feed sources need an "
                      "http:// or https:// URL)"},
        BadConfigCase{"NotAnHttpUrl",
                      "[[source]]\nname = \"a\"\ntype = \"feed\"\nurl = \"ftp://x.org/f\"\n",
                      "corpusd.toml:4:7: source \"a\": url: expected an http:// or https:// "
                      "URL, not \"ftp://x.org/f\""},
        BadConfigCase{"UrlOnADirectory", kSource + "url = \"https://x.org/\"\n",
                      "corpusd.toml:5:1: source \"inbox\": directory sources have a \"path\", "
                      "not a \"url\""},
        BadConfigCase{"PathOnAFeed",
                      "[[source]]\nname = \"a\"\ntype = \"feed\"\nurl = \"https://x.org/\"\n"
                      "path = \"/srv/a\"\n",
                      "corpusd.toml:5:1: source \"a\": feed sources have a \"url\", not a "
                      "\"path\""},
        BadConfigCase{"DoneOnAFeed",
                      "[[source]]\nname = \"a\"\ntype = \"feed\"\nurl = \"https://x.org/\"\n"
                      "done = \"done\"\n",
                      "corpusd.toml:5:1: source \"a\": done: only directory sources move files"},
        BadConfigCase{"DuplicateName",
                      kSource + "\n[[source]]\nname = \"inbox\"\ntype = \"directory\"\n"
                                "path = \"/srv/other\"\n",
                      "corpusd.toml:7:8: source \"inbox\": duplicate name, already used by the "
                      "source at line 2"},
        // Of several problems, the first in the file, whatever the key order.
        BadConfigCase{"FirstProblemInTheFileWins", "zzz = 1\nconcurrency = 0\n",
                      "corpusd.toml:1:1: unknown key \"zzz\""}),
    [](const ::testing::TestParamInfo<BadConfigCase>& info) { return info.param.name; });

}  // namespace
}  // namespace corpusd
