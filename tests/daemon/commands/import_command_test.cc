// End-to-end: the real `corpusd import` binary against a real corpus file.
#include <gtest/gtest.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "store/corpus_store.h"
#include "tests/support/background_process.h"
#include "tests/support/corpus_query.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::BackgroundProcess;
using testing::ProcessOptions;
using testing::ProcessResult;
using testing::QueryCorpus;
using testing::ReadFileBytes;
using testing::RunCorpusd;
using testing::TempDir;

const std::string kSamples = std::string(CORPUSD_SOURCE_DIR) + "/samples";

std::string Count(const std::string& db) {
  return QueryCorpus(db, "SELECT count(*) FROM documents");
}

ProcessResult Import(const std::string& db, std::vector<std::string> paths,
                     const ProcessOptions& options = {}) {
  std::vector<std::string> args = {"import", "--db", db};
  args.insert(args.end(), paths.begin(), paths.end());
  return RunCorpusd(args, options);
}

// A corpus that already holds the five samples, to show bad input harms nothing.
std::string CorpusWithSamples(const TempDir& dir) {
  const std::string db = dir / "corpus.db";
  const ProcessResult r = Import(db, {kSamples});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(Count(db), "5");
  return db;
}

void ExpectCorpusIntact(const std::string& db) {
  EXPECT_EQ(QueryCorpus(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(Count(db), "5");
}

TEST(ImportCommand, StoresTheSamplesThenCountsThemAllAsDuplicates) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  ProcessResult first = Import(db, {kSamples});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("5 read, 5 stored, 0 duplicates, 0 rejected"), std::string::npos)
      << first.out;
  ProcessResult second = Import(db, {kSamples});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("5 read, 0 stored, 5 duplicates, 0 rejected"), std::string::npos)
      << second.out;
  EXPECT_EQ(Count(db), "5");
}

TEST(ImportCommand, RowsCarryTheContractColumns) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  ASSERT_EQ(Import(db, {kSamples}).exit_code, 0);
  EXPECT_EQ(QueryCorpus(db,
                        "SELECT count(*) FROM documents WHERE source = 'local' AND "
                        "url LIKE 'file:///%/samples/0%.txt' AND "
                        "fetched_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T"
                        "[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z' AND "
                        "length(content_hash) = 64 AND content_type = 'text/plain' AND "
                        "encoding = 'UTF-8'"),
            "5");
  // Paragraphs are separated by exactly one blank line.
  EXPECT_EQ(QueryCorpus(db,
                        "SELECT count(*) FROM documents WHERE instr(text, char(10,10,10)) "
                        "OR text LIKE ' %' OR text LIKE '% '"),
            "0");
  EXPECT_EQ(QueryCorpus(db, "SELECT count(*) FROM documents WHERE instr(text, char(10,10))"), "5");
  EXPECT_EQ(QueryCorpus(db, "SELECT count(*) FROM raw_inputs"), "5");
}

TEST(ImportCommand, KeepsTheRawInputBytesOfEachDocument) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  ASSERT_EQ(Import(db, {kSamples + "/003_9871a0d17aba42f5.txt"}).exit_code, 0);
  auto store = CorpusStore::Open(db);
  ASSERT_TRUE(store.ok());
  auto raw = (*store)->RawInput(1);
  ASSERT_TRUE(raw.ok()) << raw.status().ToString();
  EXPECT_EQ(*raw, ReadFileBytes(kSamples + "/003_9871a0d17aba42f5.txt"));
}

TEST(ImportCommand, RecognisesHtmlByContentNotByName) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  const std::string page = dir.Write(
      "page.txt",
      "<!doctype html><html lang=en><head><title>A title</title><script>var x;</script></head>"
      "<body><p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p></body></html>");
  ProcessResult r = Import(db, {page});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(
      QueryCorpus(db, "SELECT content_type || '|' || title || '|' || language FROM documents"),
      "text/html|A title|en");
  EXPECT_EQ(QueryCorpus(db, "SELECT text FROM documents"),
            "First paragraph.\n\nSecond bold paragraph.");
}

TEST(ImportCommand, ImportsStandardInput) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  ProcessOptions options;
  options.stdin_bytes = "A line from a pipe.\n\nAnd another one.\n";
  ProcessResult r = Import(db, {"--source", "pipe", "-"}, options);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(QueryCorpus(db,
                        "SELECT source || '|' || ifnull(url, 'NULL') || '|' || text "
                        "FROM documents"),
            "pipe|NULL|A line from a pipe.\n\nAnd another one.");
}

TEST(ImportCommand, StoresTheGoodInputsWhenOthersAreRejected) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  const std::string empty = dir.Write("in/empty.txt", "");
  const std::string good = dir.Write("in/good.txt", "Good text.");
  ProcessResult r = Import(db, {dir / "in", dir / "missing.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("3 read, 1 stored, 0 duplicates, 2 rejected"), std::string::npos) << r.out;
  EXPECT_EQ(Count(db), "1");
}

// Bad input: each gets a one-line reason naming it, and the corpus is unharmed.
struct BadInputCase {
  const char* name;
  std::string (*make)(const TempDir& dir);  // writes the input, returns its path
  const char* reason;
};
void PrintTo(const BadInputCase& c, std::ostream* os) { *os << c.name; }

class BadInput : public ::testing::TestWithParam<BadInputCase> {};

TEST_P(BadInput, IsRejectedWithItsReasonAndHarmsNothing) {
  TempDir dir;
  const std::string db = CorpusWithSamples(dir);
  const std::string path = GetParam().make(dir);
  ProcessResult r = Import(db, {path});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("rejected " + path + ": " + GetParam().reason), std::string::npos)
      << r.out << r.err;
  ExpectCorpusIntact(db);
}

std::string MissingFile(const TempDir& dir) { return dir / "no-such-file.txt"; }
std::string EmptyFile(const TempDir& dir) { return dir.Write("empty.txt", ""); }
std::string WhitespaceFile(const TempDir& dir) { return dir.Write("blank.txt", " \n\t\n  "); }
std::string EmptyDirectory(const TempDir& dir) {
  std::filesystem::create_directories(dir / "empty-dir/.hidden");
  return dir / "empty-dir";
}
std::string PngImage(const TempDir& dir) {
  static constexpr char kPng[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  return dir.Write("photo.txt", std::string(kPng, sizeof kPng - 1));
}
std::string PdfFile(const TempDir& dir) {
  return dir.Write("paper.html", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n");
}
std::string HugeFile(const TempDir& dir) {
  const std::string path = dir / "huge.txt";
  std::filesystem::resize_file(dir.Write("huge.txt", "x"), std::uintmax_t{100} << 20);
  return path;
}
std::string HtmlWithoutText(const TempDir& dir) {
  return dir.Write("scripts.html",
                   "<html><head><script>var a = 1;</script></head><body>"
                   "<img src=a.png><style>p{}</style></body></html>");
}

INSTANTIATE_TEST_SUITE_P(
    ImportCommand, BadInput,
    ::testing::Values(
        BadInputCase{"MissingPath", MissingFile, "No such file or directory"},
        BadInputCase{"EmptyFile", EmptyFile, "empty input"},
        BadInputCase{"WhitespaceOnly", WhitespaceFile, "empty input"},
        BadInputCase{"DirectoryWithNoDocuments", EmptyDirectory, "directory holds no documents"},
        BadInputCase{"BinaryImage", PngImage, "binary content (image/png)"},
        BadInputCase{"PdfNamedHtml", PdfFile, "binary content (application/pdf)"},
        BadInputCase{"HundredMegabyteFile", HugeFile, "100 MiB, over the 64 MiB limit"},
        BadInputCase{"HtmlWithNoText", HtmlWithoutText, "no text left after cleaning"}),
    [](const ::testing::TestParamInfo<BadInputCase>& info) { return info.param.name; });

TEST(ImportCommand, RejectsEmptyStandardInput) {
  TempDir dir;
  const std::string db = CorpusWithSamples(dir);
  ProcessResult r = Import(db, {"-"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("rejected standard input: empty input"), std::string::npos) << r.out;
  ExpectCorpusIntact(db);
}

TEST(ImportCommand, RejectsStandardInputOverTheSizeLimit) {
  TempDir dir;
  const std::string db = CorpusWithSamples(dir);
  ProcessOptions options;
  options.stdin_bytes = std::string(3000, 'a');
  ProcessResult r = Import(db, {"--max-size", "2K", "-"}, options);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("rejected standard input: input, over the 2 KiB limit"), std::string::npos)
      << r.out;
  ExpectCorpusIntact(db);
}

TEST(ImportCommand, StoresInvalidUtf8WithReplacementCharacters) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  const std::string path = dir.Write("broken.txt", "Caf\xc3\xa9 ok, then a bad byte \xff here.");
  ProcessResult r = Import(db, {path});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(QueryCorpus(db,
                        "SELECT text || '|' || encoding || '|' || replaced_sequences "
                        "FROM documents"),
            "Caf\u00e9 ok, then a bad byte \uFFFD here.|UTF-8|1");
}

TEST(ImportCommand, RejectsAnUnreadableFile) {
  TempDir dir;
  namespace fs = std::filesystem;
  const std::string db = CorpusWithSamples(dir);
  const std::string secret = dir.Write("secret.txt", "Private text.");
  fs::permissions(secret, fs::perms::owner_write);
  // The importer runs as nobody, who may write the corpus but not read the file.
  fs::permissions(dir.path(), fs::perms::all);
  for (const char* f : {"corpus.db", "corpus.db-wal", "corpus.db-shm"}) {
    if (fs::exists(dir / f)) fs::permissions(dir / f, fs::perms::all);
  }
  ProcessOptions options;
  options.as_nobody = true;
  ProcessResult r = Import(db, {secret}, options);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("rejected " + secret + ": Permission denied"), std::string::npos)
      << r.out << r.err;
  ExpectCorpusIntact(db);
}

TEST(ImportCommand, RefusesADatabaseInAReadOnlyDirectory) {
  TempDir dir;
  dir.MakeReadOnlySubdirectory("ro");
  ProcessOptions options;
  options.as_nobody = true;
  ProcessResult r = Import(dir / "ro/corpus.db", {kSamples}, options);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir / "ro/corpus.db: directory " + (dir / "ro") + " is not writable"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "ro/corpus.db"));
}

TEST(ImportCommand, RefusesADatabaseThatIsNotSqliteAndLeavesItUntouched) {
  TempDir dir;
  const std::string content = "name,value\nnot,a database\n";
  const std::string db = dir.Write("data.csv", content);
  ProcessResult r = Import(db, {kSamples});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "corpusd: " + db + ": not a SQLite database\n");
  EXPECT_EQ(ReadFileBytes(db), content);
}

TEST(ImportCommand, AReaderInAnotherProcessIsNeverBlockedByALargeImport) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  ASSERT_EQ(Import(db, {kSamples + "/000_7c90b76c128d8a34.txt"}).exit_code, 0);
  constexpr int kFiles = 4000;
  const std::string filler(1500, 'w');
  for (int i = 0; i < kFiles; ++i) {
    dir.Write("bulk/" + std::to_string(i / 100) + "/doc" + std::to_string(i) + ".txt",
              "Document number " + std::to_string(i) + ".\n\n" + filler + "\n");
  }
  // The reader holds its connection with no busy timeout: any wait on the
  // writer would be an error.
  BackgroundProcess reader(
      {"python3", std::string(CORPUSD_SOURCE_DIR) + "/tests/support/corpus_reader_loop.py", db}, {},
      dir / "reader.log");
  ASSERT_TRUE(reader.started());
  const ProcessResult import = Import(db, {dir / "bulk"});
  reader.Signal(SIGTERM);
  const std::optional<int> reader_status = reader.Wait(std::chrono::seconds(30));
  const std::string report = ReadFileBytes(dir / "reader.log");
  EXPECT_EQ(import.exit_code, 0) << import.out << import.err;
  EXPECT_EQ(reader_status, 0) << report;
  EXPECT_NE(report.find("\"errors\": 0,"), std::string::npos) << report;
  EXPECT_NE(report.find("\"monotonic\": true"), std::string::npos) << report;
  // It saw the import's intermediate commits, not just before and after.
  const std::size_t at = report.find("\"distinct_counts\": ");
  ASSERT_NE(at, std::string::npos) << report;
  EXPECT_GT(std::stoi(report.substr(at + 19)), 2) << report;
  EXPECT_EQ(Count(db), std::to_string(kFiles + 1));
}

}  // namespace
}  // namespace corpusd

namespace corpusd {
namespace {

// Reads everything a child writes to its terminal until it exits.
std::string RunOnATerminal(const std::vector<std::string>& args, int* exit_code) {
  int master = -1;
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    std::vector<char*> argv = {const_cast<char*>(CORPUSD_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  std::string out;
  char buf[4096];
  for (ssize_t n; (n = read(master, buf, sizeof buf)) > 0;) out.append(buf, n);  // EIO at exit
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

TEST(ImportCommand, ShowsAProgressLineOnATerminalAndClearsIt) {
  TempDir dir;
  int exit_code = -1;
  const std::string screen =
      RunOnATerminal({"import", "--db", dir / "corpus.db", kSamples}, &exit_code);
  EXPECT_EQ(exit_code, 0) << screen;
  const std::size_t progress = screen.find("importing 1/5:");
  const std::size_t cleared = screen.rfind("\r\033[K");
  const std::size_t summary = screen.find("5 read, 5 stored");
  ASSERT_NE(progress, std::string::npos) << screen;
  ASSERT_NE(summary, std::string::npos) << screen;
  EXPECT_LT(progress, cleared);
  EXPECT_LT(cleared, summary) << "the line is cleared before the summary";
}

TEST(ImportCommand, ShowsNoProgressLineWhenNotOnATerminal) {
  TempDir dir;
  ProcessResult r = Import(dir / "corpus.db", {kSamples});
  EXPECT_EQ(r.err, "");
}

}  // namespace
}  // namespace corpusd

namespace corpusd {
namespace {

// A line every document of a source carries is learned as debris once the
// corpus holds enough of the source's documents, and each removal is recorded.
TEST(ImportCommand, LearnsASourcesRecurringLineAndRecordsItsRemoval) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  const auto story = [&](int i) {
    return dir.Write(
        "in" + std::to_string(i / 6) + "/story" + std::to_string(i) + ".txt",
        "Story number " + std::to_string(i) +
            " tells of the summit.\n\nFrom our correspondent in Astana\n\nIt ended on day " +
            std::to_string(i) + ".");
  };
  for (int i = 0; i < 6; ++i) story(i);
  for (int i = 6; i < 9; ++i) story(i);
  ASSERT_EQ(Import(db, {"--source", "wire", dir / "in0"}).exit_code, 0);
  EXPECT_EQ(QueryCorpus(db, "SELECT count(*) FROM removals WHERE rule = 'learned'"), "0")
      << "nothing is learned from the first batch";
  ASSERT_EQ(Import(db, {"--source", "wire", dir / "in1"}).exit_code, 0);
  EXPECT_EQ(QueryCorpus(db,
                        "SELECT count(*) FROM removals WHERE rule = 'learned' AND "
                        "text = 'From our correspondent in Astana'"),
            "3");
  EXPECT_EQ(QueryCorpus(db, "SELECT text FROM documents WHERE url LIKE '%/story7.txt'"),
            "Story number 7 tells of the summit.\n\nIt ended on day 7.");
  // Another source has learned nothing.
  ASSERT_EQ(Import(db, {"--source", "other", story(20)}).exit_code, 0);
  EXPECT_EQ(QueryCorpus(db,
                        "SELECT count(*) FROM documents WHERE source = 'other' AND "
                        "text LIKE '%From our correspondent in Astana%'"),
            "1");
}

TEST(ImportCommand, JobsGiveTheSameCorpusAsOneJob) {
  // Commits every 2 documents, so that learned boilerplate changes while files
  // are being cleaned ahead on the workers: those are cleaned again.
  TempDir dir;
  for (int i = 0; i < 40; ++i) {
    dir.Write("in/story" + std::to_string(100 + i) + ".txt",
              "Story number " + std::to_string(i) +
                  " tells of the summit and of what came after it.\n\nFrom our correspondent "
                  "in Astana\n\nIt ended on day " +
                  std::to_string(i) + (i % 7 == 0 ? "." : ", late in the evening."));
  }
  dir.Write("in/broken.html", std::string("\0\0\0\0", 4));
  const std::string rows =
      "SELECT group_concat(id || ' ' || content_hash || ' ' || substr(url, -16) || ' ' || "
      "replace(text, char(10), '|'), char(10)) FROM (SELECT * FROM documents ORDER BY id)";
  const std::string learned = "SELECT count(*) FROM removals WHERE rule = 'learned'";
  std::string first_rows, first_learned;
  for (const char* jobs : {"1", "2", "5"}) {
    const std::string db = dir / (std::string("corpus-") + jobs + ".db");
    const ProcessResult r =
        Import(db, {"--source", "wire", "--batch", "2", "--jobs", jobs, dir / "in"});
    EXPECT_EQ(r.exit_code, 1) << r.err;  // the broken file
    EXPECT_NE(r.out.find("41 read, 40 stored, 0 duplicates, 1 rejected"), std::string::npos)
        << jobs << ": " << r.out;
    if (first_rows.empty()) {
      first_rows = QueryCorpus(db, rows);
      first_learned = QueryCorpus(db, learned);
      EXPECT_NE(first_learned, "0") << "the line is learned during the import";
      continue;
    }
    EXPECT_EQ(QueryCorpus(db, rows), first_rows) << "--jobs " << jobs;
    EXPECT_EQ(QueryCorpus(db, learned), first_learned) << "--jobs " << jobs;
  }
}

TEST(ImportCommand, AppliesTheSourcesOwnRules) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  const std::string path =
      dir.Write("a.txt", "Kept sentence one.\n\nMORE FROM THE DESK\n\nTags: war, peace\n\nEnd.");
  auto r = Import(db, {"--drop", "More from the desk", "--drop-regex", "tags:.*", path});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(QueryCorpus(db, "SELECT text FROM documents"), "Kept sentence one.\n\nEnd.");
  EXPECT_EQ(QueryCorpus(db,
                        "SELECT group_concat(rule, ',') FROM (SELECT rule FROM removals "
                        "ORDER BY seq)"),
            "source:literal,source:2");
}

TEST(ImportCommand, RefusesASourceRuleThatDoesNotCompile) {
  TempDir dir;
  auto r = Import(dir / "corpus.db", {"--drop-regex", "(open", kSamples});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("(open"), std::string::npos) << r.err;
}

TEST(ImportCommand, GivesNaiveHeaderTimesTheSourcesTimeZone) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  ASSERT_EQ(
      Import(db, {"--time-zone", "Europe/Sofia", kSamples + "/003_9871a0d17aba42f5.txt"}).exit_code,
      0);
  EXPECT_EQ(QueryCorpus(db, "SELECT published_at FROM documents"), "2024-07-05T06:15:31+03:00");
  EXPECT_EQ(QueryCorpus(db, "SELECT group_concat(text || '=' || value, ';') FROM date_mentions"),
            "last month=2024-06;November=2024-11");
}

// A zone ICU does not know is refused (exit 2), as in the config, by import
// and extract alike: never taken silently as UTC.
TEST(ImportCommand, AnUnknownTimeZoneIsRefusedByImportAndExtract) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  auto r = Import(db, {"--time-zone", "Europe/Budapset", kSamples});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown time zone: Europe/Budapset"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db));
  r = RunCorpusd(
      {"extract", "--time-zone", "Mars/Olympus", kSamples + "/003_9871a0d17aba42f5.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown time zone: Mars/Olympus"), std::string::npos) << r.err;
}

// The command line's habits: a mistyped command gets a suggestion, usage
// names "corpusd", counts agree in number, the corpus's own files are never
// imported, and --json gives the summary to scripts.
TEST(ImportCommand, CommandLineHabits) {
  auto r = RunCorpusd({"imprt", "x"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command \"imprt\" (did you mean \"import\"?)"), std::string::npos)
      << r.err;
  r = RunCorpusd({"import", "--help"});
  EXPECT_NE(r.out.find("Usage: corpusd import"), std::string::npos) << r.out;

  TempDir dir;
  const std::string db = dir / "docs/corpus.db";
  dir.Write("docs/a.txt", "A note about the harbour, written on a Monday morning.\n");
  dir.Write("docs/b.txt", "A note about the harbour, written on a Monday morning.\n");
  r = Import(db, {dir / "docs"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2 read, 1 stored, 1 duplicate, 0 rejected"), std::string::npos) << r.out;
  // Again, with the corpus (and its -wal/-shm) now in the folder: not inputs.
  r = Import(db, {"--json", dir / "docs"});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["read"], 2);
  EXPECT_EQ(j["stored"], 0);
  EXPECT_EQ(j["duplicates"], 2);
  EXPECT_TRUE(j["rejected"].empty()) << r.out;
}

// A saved feed's item with only a summary is stored as that summary, and the
// record says so (extraction = "summary"); full content is a fragment.
TEST(ImportCommand, AFeedItemWithOnlyASummaryIsMarkedAsSuch) {
  TempDir dir;
  const std::string db = dir / "corpus.db";
  const std::string feed = dir.Write("feed.xml", R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<item><guid>full</guid><title>Full</title><content:encoded><![CDATA[<p>The council approved the
bridge plan on Tuesday after a long debate about costs, timing and the ferry service.</p>]]>
</content:encoded></item>
<item><guid>teaser</guid><title>Teaser</title><description>The library will open in
spring, the mayor said on Wednesday at the harbour.</description></item>
</channel></rss>)");
  auto r = Import(db, {feed});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(QueryCorpus(db,
                        "SELECT group_concat(title || '=' || extraction, ';') FROM "
                        "(SELECT title, extraction FROM documents ORDER BY id)"),
            "Full=fragment;Teaser=summary");
}

}  // namespace
}  // namespace corpusd
