// The catalogue of hostile inputs, one case each, against the real binary:
// what corpusd does with each, and that the corpus is unharmed after it.
// Cases tested closer to their code are named in the README's catalogue
// (decompression bombs, endless redirects, slow servers: curl_fetcher_test;
// deep XML: xml_document_test; the 50 MB page: html_extract_test).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>

#include "parsers/encodings/text_decoder.h"
#include "tests/support/background_process.h"
#include "tests/support/corpus_query.h"
#include "tests/support/http_test_server.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using namespace std::chrono_literals;
using testing::BackgroundProcess;
using testing::ProcessResult;
using testing::QueryCorpus;
using testing::RunCorpusd;
using testing::RunProcess;
using testing::TempDir;
using testing::WaitUntil;

const std::string kSamples = std::string(CORPUSD_SOURCE_DIR) + "/samples";

class HostileInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ProcessResult r = RunCorpusd({"import", "--db", db(), kSamples});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // The five samples are still there, whole.
  void ExpectCorpusUnharmed(int at_least = 5) {
    EXPECT_EQ(QueryCorpus(db(), "PRAGMA integrity_check"), "ok");
    EXPECT_GE(std::stoi(QueryCorpus(db(), "SELECT count(*) FROM documents")), at_least);
    EXPECT_EQ(
        QueryCorpus(db(), "SELECT count(*) FROM documents WHERE id <= 5 AND length(text) > 100"),
        "5");
  }
  ProcessResult Import(const std::string& path) {
    return RunCorpusd({"import", "--db", db(), "--source", "hostile", path});
  }
  std::string Text(const std::string& column) {
    return QueryCorpus(db(), "SELECT " + column + " FROM documents WHERE source = 'hostile'");
  }
  std::string db() const { return dir_ / "corpus.db"; }
  TempDir dir_;
};

TEST_F(HostileInputsTest, DeepNestingIsReadToTheTextInside) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div><span>";
  html += "<p>The text at the bottom of a hundred thousand levels of markup.</p>";
  std::string feed = "<rss><channel>";
  for (int i = 0; i < 100000; ++i) feed += "<item>";
  feed += "<title>Deep</title></channel></rss>";
  ProcessResult r = Import(dir_.Write("deep.html", html));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(Text("text").find("bottom of a hundred thousand"), std::string::npos);
  r = Import(dir_.Write("deep.xml", feed));
  EXPECT_NE(r.exit_code, 0);  // rejected with its reason, not a crash
  EXPECT_NE(r.out.find("rejected"), std::string::npos) << r.out;
  ExpectCorpusUnharmed();
}

TEST_F(HostileInputsTest, HugeAttributesAreReadAndMetadataIsCut) {
  const std::string html =
      "<html><head><title>Attributes</title><meta name=\"description\" content=\"" +
      std::string(5 << 20, 'd') + "\"></head><body><article data-x=\"" +
      std::string(20 << 20, 'x') +
      "\"><p>A short article whose markup carries megabytes of attributes "
      "that nobody reads.</p></article></body></html>";
  ProcessResult r = Import(dir_.Write("attributes.html", html));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(Text("text").find("megabytes of attributes"), std::string::npos);
  EXPECT_LE(std::stoi(Text("length(CAST(description AS BLOB))")), 4096);  // cut, not megabytes
  ExpectCorpusUnharmed(6);
}

TEST_F(HostileInputsTest, InvalidUtf8InEveryFieldIsStoredAsValidUtf8) {
  const std::string bad = "\xC3\x28\xA0\xA1\xF0\x28\x8C\xBC\xFF";
  const std::string html =
      "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Title " + bad +
      "</title><meta name=\"author\" content=\"Writer " + bad +
      "\"><meta name=\"description\" content=\"About " + bad +
      "\"><meta property=\"og:site_name\" content=\"Site " + bad +
      "\"><link rel=\"canonical\" href=\"https://example.com/" + bad +
      "\"><meta property=\"article:published_time\" content=\"2024-03-05" + bad +
      "\"></head><body><article><h1>Title " + bad + "</h1><p>LONDON " + bad +
      " (Agency) - A paragraph of text with broken bytes " + bad +
      " in the middle of it, long enough to be an article on its own.</p></article></body>"
      "</html>";
  ProcessResult r = Import(dir_.Write("bad.html", html));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  for (const char* column : {"title", "author", "description", "site_name", "canonical_url",
                             "published_at", "dateline", "text", "url", "language"}) {
    const std::string value = Text(std::string("ifnull(") + column + ", '')");
    EXPECT_TRUE(IsValidUtf8(value)) << column << ": " << value;
  }
  EXPECT_GT(std::stoi(Text("replaced_sequences")), 0);

  // And in every element of a feed item.
  const std::string feed =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>F " +
      bad + "</title><item><guid>g" + bad + "</guid><title>Item " + bad +
      "</title><link>https://example.com/i" + bad + "</link><dc:creator>W " + bad +
      "</dc:creator><pubDate>Tue, 05 Mar 2024" + bad +
      "</pubDate><description>A feed item whose every element holds bytes "
      "that are not UTF-8: " +
      bad + " and more text after them.</description></item></channel></rss>";
  r = RunCorpusd({"import", "--db", db(), "--source", "feed", dir_.Write("bad.xml", feed)});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  for (const char* column : {"title", "author", "published_at", "text", "url"}) {
    const std::string value = QueryCorpus(db(), std::string("SELECT ifnull(") + column +
                                                    ", '') FROM documents WHERE source = 'feed'");
    EXPECT_FALSE(value.starts_with("error")) << value;
    EXPECT_TRUE(IsValidUtf8(value)) << column << ": " << value;
  }
  ExpectCorpusUnharmed(7);
}

TEST_F(HostileInputsTest, NulBytesNeverReachTheText) {
  std::string html = "<html><body><p>Before the nul";
  html.push_back('\0');
  html += " and after it, in a paragraph of an ordinary page.</p></body></html>";
  std::string text = "A plain text";
  text.push_back('\0');
  text += "with a nul byte in it.";
  EXPECT_EQ(Import(dir_.Write("nul.html", html)).exit_code, 0);
  ProcessResult r = Import(dir_.Write("nul.txt", text));
  EXPECT_EQ(r.exit_code, 1) << r.out;  // binary by the sniffing standard: rejected, said why
  EXPECT_NE(r.out.find("binary"), std::string::npos) << r.out;
  EXPECT_EQ(QueryCorpus(db(), "SELECT count(*) FROM documents WHERE instr(text, char(0)) > 0"),
            "0");
  EXPECT_NE(Text("text").find("and after it"), std::string::npos);
  ExpectCorpusUnharmed(6);
}

TEST_F(HostileInputsTest, XmlEntityExpansionIsNotExpanded) {
  // "Billion laughs": ten levels of ten references, 10^10 characters if expanded.
  std::string doctype = "<!DOCTYPE rss [<!ENTITY l0 \"ha\">";
  for (int i = 1; i <= 10; ++i) {
    doctype += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) doctype += "&l" + std::to_string(i - 1) + ";";
    doctype += "\">";
  }
  doctype += "]>";
  const std::string feed = "<?xml version=\"1.0\"?>" + doctype +
                           "<rss version=\"2.0\"><channel><title>&l10;</title><item><guid>1</guid>"
                           "<title>Laughs &l10;</title><description>An item of a feed that tries "
                           "to expand entities &l10; without end.</description></item></channel>"
                           "</rss>";
  const auto start = std::chrono::steady_clock::now();
  ProcessResult r = Import(dir_.Write("laughs.xml", feed));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 60s);
  EXPECT_LE(r.exit_code, 1) << r.out << r.err;
  EXPECT_LT(std::stoll(QueryCorpus(db(),
                                   "SELECT ifnull(max(length(text)), 0) FROM documents"
                                   " WHERE source = 'hostile'")),
            100000);
  ExpectCorpusUnharmed();
}

TEST_F(HostileInputsTest, ADiskThatFillsUpStopsTheImportAndHarmsNothing) {
  // An injected write error: RLIMIT_FSIZE caps every file corpusd writes
  // (its WAL grows past it), and writes beyond fail with EFBIG.
  for (int i = 0; i < 400; ++i) {
    std::string text = "Report " + std::to_string(i) + "\n\n";
    for (int w = 0; w < 300; ++w) text += "word" + std::to_string(i * 1000 + w) + " ";
    dir_.Write("many/" + std::to_string(i) + ".txt", text);
  }
  ProcessResult r = RunProcess({"/bin/bash", "-c",
                                "ulimit -f 2048; exec \"$0\" import --batch 50 --db \"$1\" \"$2\"",
                                CORPUSD_BINARY, db(), dir_ / "many"});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("writing the corpus: exec: disk I/O error; stopped"), std::string::npos)
      << r.err;
  ExpectCorpusUnharmed();
  const int stored = std::stoi(QueryCorpus(db(), "SELECT count(*) FROM documents"));
  EXPECT_LT(stored, 405);
  EXPECT_EQ((stored - 5) % 50, 0) << "whole batches only";
  // With room again, the rest is stored.
  r = RunCorpusd({"import", "--db", db(), dir_ / "many"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(QueryCorpus(db(), "SELECT count(*) FROM documents"), "405");
}

TEST_F(HostileInputsTest, AReadOnlyCorpusIsRefusedWithAReason) {
  ASSERT_EQ(chmod(db().c_str(), 0444), 0);
  ProcessResult r =
      RunCorpusd({"import", "--db", db(), kSamples}, {.stdin_bytes = "", .as_nobody = true});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("corpus.db"), std::string::npos) << r.err;
  ASSERT_EQ(chmod(db().c_str(), 0644), 0);
  ExpectCorpusUnharmed();
}

TEST_F(HostileInputsTest, ALockedCorpusIsWaitedForThenReported) {
  // Another program holds a write lock: for 2 s (waited for), then for 30 s
  // (more than the 10 s corpusd waits: reported, nothing harmed).
  auto hold = [this](int seconds, const std::string& log) {
    return std::make_unique<BackgroundProcess>(
        std::vector<std::string>{"python3", "-c",
                                 "import sqlite3, sys, time\n"
                                 "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                 "db.execute('BEGIN EXCLUSIVE')\n"
                                 "print('locked', flush=True)\n"
                                 "time.sleep(float(sys.argv[2]))\n"
                                 "db.execute('COMMIT')\n",
                                 db(), std::to_string(seconds)},
        std::vector<std::pair<std::string, std::string>>{}, log);
  };
  const std::string log = dir_ / "lock.log";
  auto locked = [&] { return testing::ReadFileBytes(log).find("locked") != std::string::npos; };
  auto holder = hold(2, log);
  ASSERT_TRUE(WaitUntil(locked, 30s));
  ProcessResult r = Import(dir_.Write("a.txt", "A text imported while the corpus was locked."));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  holder->Wait(30s);

  std::filesystem::remove(log);
  holder = hold(30, log);
  ASSERT_TRUE(WaitUntil(locked, 30s));
  r = Import(dir_.Write("b.txt", "Another text, this time the lock is held too long."));
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("locked"), std::string::npos) << r.err;
  holder->Signal(SIGKILL);
  holder->Wait(30s);
  ExpectCorpusUnharmed(6);
}

}  // namespace
}  // namespace corpusd
