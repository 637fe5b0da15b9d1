// The real `corpusd fix-text` binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::ProcessOptions;
using testing::RunCorpusd;
using testing::TempDir;

TEST(FixTextCommand, RepairsEachLineOfStandardInput) {
  ProcessOptions options;
  options.stdin_bytes = "caf\xC3\x83\xC2\xA9 au lait\nplain ASCII\nAT&amp;T\n";  // "cafÃ©"
  auto r = RunCorpusd({"fix-text"}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "caf\xC3\xA9 au lait\nplain ASCII\nAT&T\n");
  EXPECT_EQ(r.err, "");
}

TEST(FixTextCommand, ReadsAFileAndKeepsAMissingLastLineEnd) {
  TempDir dir;
  const std::string path = dir.Write("in.txt", "\xC3\xA2\xE2\x82\xAC\xC5\x93Hi\r\nno end");
  auto r = RunCorpusd({"fix-text", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "\xE2\x80\x9CHi\nno end");  // “Hi, CRLF turned into LF
}

TEST(FixTextCommand, TurnsInvalidBytesIntoReplacementCharacters) {
  ProcessOptions options;
  options.stdin_bytes =
      "a\xFF"
      "b\xE2\x82\n";
  auto r = RunCorpusd({"fix-text", "-"}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\n");
}

TEST(FixTextCommand, ReportsTheRepairsOfChangedLinesOnStandardError) {
  ProcessOptions options;
  options.stdin_bytes = "fine\nS\xC3\x83\xC2\xA3o Paulo &eacute;\n";  // "SÃ£o Paulo &eacute;"
  auto r = RunCorpusd({"fix-text", "--repairs"}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "fine\nS\xC3\xA3o Paulo \xC3\xA9\n");
  const auto report = nlohmann::json::parse(r.err);
  EXPECT_EQ(report["line"], 2);
  ASSERT_EQ(report["repairs"].size(), 2u);
  EXPECT_EQ(report["repairs"][0]["kind"], "html-entities");
  EXPECT_EQ(report["repairs"][0]["count"], 1);
  EXPECT_EQ(report["repairs"][1]["kind"], "mojibake:latin-1");
  EXPECT_EQ(report["repairs"][1]["count"], 1);
}

TEST(FixTextCommand, ExplainsAMissingFile) {
  TempDir dir;
  const std::string missing = dir / "missing.txt";
  auto r = RunCorpusd({"fix-text", missing});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "corpusd: " + missing + ": No such file or directory\n");
}

}  // namespace
}  // namespace corpusd
