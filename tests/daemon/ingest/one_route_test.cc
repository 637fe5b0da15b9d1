// One route from input to corpus: whichever door an input comes in by
// (`import`, a drop folder, a feed polled by `run --once`), the same bytes
// make the same documents, and a source's settings apply alike. The real
// binary, a real HTTP server on 127.0.0.1 and real corpus files.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "tests/support/corpus_query.h"
#include "tests/support/http_test_server.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::HttpTestServer;
using testing::ProcessResult;
using testing::QueryCorpus;
using testing::RunCorpusd;
using testing::TempDir;

// A saved feed: full content, a plain-text content, and a summary alone.
constexpr char kFeed[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour news</title><link>https://harbour.example/</link>
<item><title>The harbour froze</title><link>https://harbour.example/a/ice.html</link>
<guid>harbour-1</guid><dc:creator>Jane Doe</dc:creator>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The harbour froze over on Monday for the first time in forty
years, and the ferries stayed in port while the ice was measured.</p>
<p>Share this article</p><p>Skaters came from the whole county to see it.</p>]]></content:encoded></item>
<item><title>Ferries run again</title><link>https://harbour.example/a/ferries.html</link>
<guid>harbour-2</guid><author>news@harbour.example (Sam Lee)</author>
<pubDate>Thu, 07 Mar 2024 08:30:00 +0100</pubDate>
<description>&lt;p&gt;The ferries ran again on Thursday morning after the ice broke up in
the night, three days after the harbour froze over.&lt;/p&gt;</description></item>
<item><title>Library opens late</title><link>https://harbour.example/a/library.html</link>
<guid>harbour-3</guid><pubDate>Fri, 08 Mar 2024 12:00:00 GMT</pubDate>
<description>The harbour library will stay open late every evening through the
winter, the council said on Friday, for readers who work in the port.</description></item>
</channel></rss>
)";

// Every document, in a stable order, with the columns a reader compares.
std::string Documents(const std::string& db) {
  return QueryCorpus(db,
                     "SELECT group_concat(row, char(10)) FROM (SELECT "
                     "source || '|' || coalesce(url, '') || '|' || coalesce(title, '') || '|' || "
                     "coalesce(author, '') || '|' || coalesce(published_at, '') || '|' || "
                     "coalesce(language, '') || '|' || extraction || '|' || content_hash || "
                     "'|' || text AS row FROM documents ORDER BY content_hash)");
}

class OneRouteTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& bytes) {
    return dir_.Write(name, bytes);
  }
  TempDir dir_;
};

TEST_F(OneRouteTest, ASavedFeedMakesTheSameDocumentsThroughImportADropFolderAndAFeedSource) {
  // import
  const std::string feed_file = Write("saved/harbour.xml", kFeed);
  const std::string imported_db = dir_ / "imported.db";
  ProcessResult import =
      RunCorpusd({"import", "--db", imported_db, "--source", "harbour", feed_file});
  ASSERT_EQ(import.exit_code, 0) << import.out << import.err;
  const std::string imported = Documents(imported_db);
  ASSERT_EQ(QueryCorpus(imported_db, "SELECT count(*) FROM documents"), "3") << imported;

  // a drop folder, polled once
  Write("inbox/harbour.xml", kFeed);
  const std::string dropped_db = dir_ / "dropped.db";
  const std::string folder_config =
      Write("folder.toml",
            "database = \"" + dropped_db +
                "\"\n[[source]]\nname = \"harbour\"\ntype = \"directory\"\npath = \"" +
                (dir_ / "inbox") + "\"\nsettle = \"1ms\"\ndone = \"" + (dir_ / "done") + "\"\n");
  ProcessResult dropped = RunCorpusd({"run", "--once", "--config", folder_config});
  ASSERT_EQ(dropped.exit_code, 0) << dropped.err;
  EXPECT_EQ(Documents(dropped_db), imported);
  EXPECT_TRUE(std::filesystem::exists(dir_ / "done/harbour.xml")) << dropped.err;

  // a feed source, polled once over HTTP; its items carry their own text
  HttpTestServer server(std::string(CORPUSD_SOURCE_DIR) + "/tests/support/http_server.py",
                        dir_ / "saved", dir_ / "requests.jsonl");
  ASSERT_TRUE(server.started());
  const std::string polled_db = dir_ / "polled.db";
  const std::string feed_config =
      Write("feed.toml", "database = \"" + polled_db +
                             "\"\n[[source]]\nname = \"harbour\"\ntype = \"feed\"\nurl = \"" +
                             server.Url("/harbour.xml") + "\"\nfetch_articles = \"never\"\n");
  ProcessResult polled = RunCorpusd({"run", "--once", "--config", feed_config});
  ASSERT_EQ(polled.exit_code, 0) << polled.err;
  EXPECT_EQ(Documents(polled_db), imported);
}

// "listopad" is November in Polish and October in Croatian: the source's
// language hint decides, through --config --source as in the daemon.
TEST_F(OneRouteTest, ImportWithConfigAndSourceAppliesThatSourcesLanguageHint) {
  const std::string text = Write("notice.txt",
                                 "Vijeće se ponovno sastaje 5. listopada 2024. kako bi glasalo o "
                                 "proračunu luke i novom redu plovidbe trajekata za ljeto.\n");
  const std::string config =
      Write("corpusd.toml", "database = \"" + (dir_ / "config.db") +
                                "\"\n[[source]]\nname = \"pl\"\ntype = \"directory\"\npath = \"" +
                                (dir_ / "in") + "\"\nlanguage = \"pl\"\n");
  const std::string value = "SELECT group_concat(value) FROM date_mentions";

  // Without a hint the text's own language (Croatian) reads it.
  ProcessResult plain = RunCorpusd({"import", "--db", dir_ / "plain.db", text});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(QueryCorpus(dir_ / "plain.db", value), "2024-10-05");

  ProcessResult hinted = RunCorpusd({"import", "--config", config, "--source", "pl", text});
  ASSERT_EQ(hinted.exit_code, 0) << hinted.err;
  EXPECT_EQ(QueryCorpus(dir_ / "config.db", value), "2024-11-05");
  EXPECT_EQ(QueryCorpus(dir_ / "config.db", "SELECT source FROM documents"), "pl");

  ProcessResult flag = RunCorpusd({"import", "--db", dir_ / "flag.db", "--language", "pl", text});
  ASSERT_EQ(flag.exit_code, 0) << flag.err;
  EXPECT_EQ(QueryCorpus(dir_ / "flag.db", value), "2024-11-05");
}

// --max-size and max_document_size read sizes alike: MB is 10^6, MiB 2^20.
TEST_F(OneRouteTest, SizesMeanTheSameOnTheCommandLineAndInTheConfig) {
  const std::string big = Write("big.txt", std::string(1'500'000, 'a') + " harbour\n");
  ProcessResult mb = RunCorpusd({"import", "--db", dir_ / "a.db", "--max-size", "1MB", big});
  EXPECT_EQ(mb.exit_code, 1) << mb.out;
  EXPECT_NE(mb.out.find("rejected"), std::string::npos) << mb.out;
  const std::string config =
      Write("sizes.toml", "database = \"" + (dir_ / "b.db") + "\"\nmax_document_size = \"1MB\"\n");
  ProcessResult configured = RunCorpusd({"import", "--config", config, big});
  EXPECT_EQ(configured.exit_code, 1) << configured.out;
  ProcessResult mib = RunCorpusd({"import", "--db", dir_ / "c.db", "--max-size", "2MiB", big});
  EXPECT_EQ(mib.exit_code, 0) << mib.out << mib.err;
  ProcessResult bad = RunCorpusd({"import", "--db", dir_ / "d.db", "--max-size", "2 apples", big});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad size"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace corpusd
