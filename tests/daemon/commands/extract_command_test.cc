// The real `corpusd extract` binary.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::ProcessOptions;
using testing::RunCorpusd;
using testing::TempDir;

TEST(ExtractCommand, PrintsTheRecordAsJsonKeyedByColumnNames) {
  TempDir dir;
  const std::string page = dir.Write("p.html", "<title>T</title><p>Hello <i>there</i>.</p>");
  auto r = RunCorpusd({"extract", "--url", "https://example.org/p", page});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  for (const char* key : {"id", "source", "url", "title", "author", "published_at", "fetched_at",
                          "language", "text", "content_hash"}) {
    EXPECT_TRUE(json.contains(key)) << key;
  }
  EXPECT_TRUE(json["id"].is_null());
  EXPECT_EQ(json["url"], "https://example.org/p");
  EXPECT_EQ(json["title"], "T");
  EXPECT_EQ(json["text"], "Hello there.");
  EXPECT_EQ(json["content_type"], "text/html");
}

TEST(ExtractCommand, PrintsOnlyTheTextWithFormatText) {
  ProcessOptions options;
  options.stdin_bytes = "Line one.\n\n\n\nLine two.\n";
  auto r = RunCorpusd({"extract", "--format", "text", "-"}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Line one.\n\nLine two.\n");
}

TEST(ExtractCommand, HonoursADeclaredCharset) {
  ProcessOptions options;
  options.stdin_bytes = "\xcf\xf0\xe8\xe2\xe5\xf2";  // "Привет" in windows-1251
  auto r = RunCorpusd(
      {"extract", "--format", "text", "--content-type", "text/plain; charset=windows-1251", "-"},
      options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "\u041f\u0440\u0438\u0432\u0435\u0442\n");
}

TEST(ExtractCommand, ExplainsAnInputWithNoRecord) {
  TempDir dir;
  const std::string empty = dir.Write("e.txt", "");
  auto r = RunCorpusd({"extract", empty});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "corpusd: " + empty + ": empty input\n");
  EXPECT_EQ(r.out, "");
}

TEST(ExtractCommand, RejectsAnUnknownFormat) {
  auto r = RunCorpusd({"extract", "--format", "xml", "-"});
  EXPECT_EQ(r.exit_code, 2);
}

// The batch form: a directory (recursively) and files, one JSON line each, in
// order; a failing input is an {input, error} line and the batch goes on.
TEST(ExtractCommand, ExtractsABatchAsOneJsonLinePerInput) {
  TempDir dir;
  dir.Write("pages/a.html", "<title>A</title><p>The harbour reopened on Monday.</p>");
  dir.Write("pages/deeper/b.txt", "A note about the ferry timetable, written on Tuesday.\n");
  dir.Write("pages/deeper/c.html", "");
  const std::string single = dir.Write("single.txt", "One more note about the harbour.\n");
  auto r = RunCorpusd({"extract", "--format", "jsonl", dir / "pages", single, dir / "missing"});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // some inputs failed
  std::vector<nlohmann::json> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 5u) << r.out;
  EXPECT_EQ(lines[0]["input"], dir / "pages/a.html");
  EXPECT_EQ(lines[0]["text"], "The harbour reopened on Monday.");
  EXPECT_EQ(lines[0]["title"], "A");
  EXPECT_EQ(lines[1]["input"], dir / "pages/deeper/b.txt");
  EXPECT_EQ(lines[2]["input"], dir / "pages/deeper/c.html");
  EXPECT_TRUE(lines[2].contains("error")) << lines[2];
  EXPECT_FALSE(lines[2].contains("text"));
  EXPECT_EQ(lines[3]["input"], single);
  EXPECT_EQ(lines[4]["input"], dir / "missing");
  EXPECT_TRUE(lines[4].contains("error"));

  // Every input well: exit 0; --url names one document only.
  EXPECT_EQ(RunCorpusd({"extract", "--format", "jsonl", single}).exit_code, 0);
  EXPECT_EQ(RunCorpusd({"extract", "--url", "https://example.org/", single, single}).exit_code, 2);
}

// A saved feed is one record per item, as import stores it (extract used to
// refuse it as "XML document, not a feed, text or HTML").
TEST(ExtractCommand, ASavedFeedGivesOneRecordPerItem) {
  TempDir dir;
  const std::string feed = dir.Write(
      "news.xml",
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>News"
      "</title><link>https://example.org/</link>"
      "<item><title>Harbour</title><link>https://example.org/harbour</link><description>The "
      "harbour reopened on Monday after the storm.</description><pubDate>Thu, 01 Jan 2004 "
      "19:48:21 GMT</pubDate></item>"
      "<item><title>Ferry</title><link>https://example.org/ferry</link><description>The ferry "
      "timetable changes next week.</description><pubDate>Fri, 02 Jan 2004 08:00:00 +0100"
      "</pubDate></item></channel></rss>");
  auto r = RunCorpusd({"extract", "--format", "jsonl", feed});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0]["title"], "Harbour");
  EXPECT_EQ(lines[0]["url"], "https://example.org/harbour");
  EXPECT_EQ(lines[0]["published_at"], "2004-01-01T19:48:21Z");
  EXPECT_EQ(lines[0]["text"], "The harbour reopened on Monday after the storm.");
  EXPECT_EQ(lines[1]["title"], "Ferry");
  EXPECT_EQ(lines[1]["published_at"], "2004-01-02T08:00:00+01:00");
  // Each line names its item, so that a batch's lines can be told apart.
  EXPECT_NE(lines[0]["input"], lines[1]["input"]);
  EXPECT_NE(lines[0]["input"].get<std::string>().find(feed), std::string::npos);

  // A feed without items is an input without a record, reported as one.
  const std::string empty = dir.Write(
      "empty.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
                   "</channel></rss>");
  auto e = RunCorpusd({"extract", "--format", "jsonl", empty});
  EXPECT_EQ(e.exit_code, 1) << e.out;
  EXPECT_NE(e.out.find("\"error\""), std::string::npos) << e.out;
}

// A directory of documents: one line per file (the samples here; the README
// gives the run over the 89 dev-set article pages).
TEST(ExtractCommand, ADirectoryOfManyPagesGivesOneLineEach) {
  TempDir dir;
  const std::string corpus = std::string(CORPUSD_SOURCE_DIR) + "/samples";
  auto r = RunCorpusd({"extract", "--format", "jsonl", corpus});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    files += entry.is_regular_file();
  }
  EXPECT_EQ(static_cast<std::size_t>(std::count(r.out.begin(), r.out.end(), '\n')), files);
}

}  // namespace
}  // namespace corpusd
