// The real `corpusd extract` binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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

}  // namespace
}  // namespace corpusd
