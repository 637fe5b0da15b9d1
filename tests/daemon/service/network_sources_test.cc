// Feeds, pages and sitemaps: the real binary against a real HTTP server on
// 127.0.0.1 (tests/support/http_server.py), asserting on the rows stored and
// on the requests the server saw.
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
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
using testing::LoggedRequest;
using testing::NotifySocket;
using testing::ProcessResult;
using testing::QueryCorpus;
using testing::RunCorpusd;
using testing::TempDir;
using testing::WaitUntil;

namespace fs = std::filesystem;

constexpr auto kPatience = 60s;

void Write(const std::string& path, const std::string& bytes) {
  testing::WriteFileBytes(path, bytes);
}

std::string Read(const std::string& path) { return testing::ReadFileBytes(path); }

std::string Paragraphs(const std::string& topic) {
  return "<p>The city council approved the " + topic +
         " plan on Tuesday after a long debate about costs, timing and the effect on the "
         "neighbourhoods along the river.</p><p>Work on the " +
         topic + " is to begin in the spring, the mayor said, and to last two years.</p>";
}

std::string Article(const std::string& topic) {
  return "<html><head><title>" + topic +
         " plan approved</title>"
         "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\"></head>"
         "<body><nav>Home | News | Sport</nav><article><h1>" +
         topic + " plan approved</h1>" + Paragraphs(topic) +
         "</article><footer>Copyright</footer></body></html>";
}

std::string Rss(const std::string& base) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>City news</title><link>)" +
         base + R"(/</link>
<item><title>Bridge plan approved</title><link>)" +
         base + R"(/articles/bridge.html</link>
<guid>city-1</guid><dc:creator>Jane Doe</dc:creator>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[)" +
         Paragraphs("bridge") + R"(]]></content:encoded></item>
<item><title>Library plan approved</title><link>)" +
         base + R"(/articles/library.html</link>
<guid>city-2</guid><pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
<description>A short teaser.</description></item>
</channel></rss>)";
}

class NetworkSourcesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Write(www("articles/bridge.html"), Article("bridge"));
    Write(www("articles/library.html"), Article("library"));
    Write(www("articles/park.html"), Article("park"));
    Write(www("private/secret.html"), Article("secret"));
    Write(www("robots.txt"), "User-agent: *\nDisallow: /private/\n");
    server_ = std::make_unique<HttpTestServer>(
        std::string(CORPUSD_SOURCE_DIR) + "/tests/support/http_server.py", dir_ / "www",
        dir_ / "requests.jsonl");
    ASSERT_TRUE(server_->started());
    Write(www("rss.xml"), Rss(server_->Url("")));
  }

  std::string www(const std::string& path) const { return dir_ / ("www/" + path); }
  std::string db() const { return dir_ / "corpus.db"; }
  std::string config() const { return dir_ / "corpusd.toml"; }
  std::string log() const { return dir_ / "corpusd.log"; }

  static std::string Source(const std::string& name, const std::string& type,
                            const std::string& url, const std::string& extra = "") {
    return "[[source]]\nname = \"" + name + "\"\ntype = \"" + type + "\"\nurl = \"" + url +
           "\"\ninterval = \"300ms\"\n" + extra;
  }
  void WriteConfig(const std::string& sources) {
    Write(config(), "database = \"" + db() +
                        "\"\nper_site_delay = \"0s\"\nper_site_requests = 4\n" + sources);
  }
  void Start() {
    notify_.reset();  // its destructor removes the socket file
    notify_ = std::make_unique<NotifySocket>(dir_ / "notify.sock");
    daemon_ = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{CORPUSD_BINARY, "run", "--config", config()},
        std::vector<std::pair<std::string, std::string>>{{"NOTIFY_SOCKET", notify_->path()}},
        log());
    ASSERT_TRUE(notify_->WaitFor("READY=1", kPatience)) << Read(log());
  }
  std::optional<int> Stop() {
    daemon_->Signal(SIGTERM);
    return daemon_->Wait(kPatience);
  }
  std::int64_t Count(const std::string& sql) {
    const std::string n = QueryCorpus(db(), sql);
    return n.starts_with("error") || n == "NULL" ? -1 : std::stoll(n);
  }
  bool WaitForCount(const std::string& sql, std::int64_t want) {
    return WaitUntil([&] { return Count(sql) == want; }, kPatience);
  }
  std::vector<LoggedRequest> RequestsFor(const std::string& path) const {
    std::vector<LoggedRequest> out;
    for (LoggedRequest& r : server_->Requests()) {
      if (r.path == path) out.push_back(std::move(r));
    }
    return out;
  }

  TempDir dir_;
  std::unique_ptr<HttpTestServer> server_;
  std::unique_ptr<NotifySocket> notify_;
  std::unique_ptr<BackgroundProcess> daemon_;
};

TEST_F(NetworkSourcesTest, FeedItemsAreStoredOnceAndTheNextPollsSendTheValidators) {
  WriteConfig(Source("city", "feed", server_->Url("/rss.xml")));
  Start();
  // The first item carries its content; the second only a teaser, so its
  // link is fetched and the article extracted.
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents WHERE source = 'city'", 2))
      << Read(log());
  EXPECT_EQ(QueryCorpus(db(), "SELECT author FROM documents WHERE url LIKE '%bridge.html'"),
            "Jane Doe");
  EXPECT_EQ(QueryCorpus(db(), "SELECT extraction FROM documents WHERE url LIKE '%bridge.html'"),
            "fragment");
  EXPECT_EQ(QueryCorpus(db(), "SELECT published_at FROM documents WHERE url LIKE '%bridge.html'"),
            "2024-03-05T10:00:00Z");
  EXPECT_EQ(QueryCorpus(db(), "SELECT title FROM documents WHERE url LIKE '%library.html'"),
            "library plan approved");
  EXPECT_EQ(Count("SELECT count(*) FROM seen_items WHERE source = 'city'"), 2);
  EXPECT_EQ(RequestsFor("/articles/bridge.html").size(), 0u);  // its content was in the feed
  EXPECT_EQ(RequestsFor("/articles/library.html").size(), 1u);
  // Later polls ask "modified since?" and store nothing again.
  ASSERT_TRUE(WaitUntil([&] { return RequestsFor("/rss.xml").size() >= 3; }, kPatience));
  const auto polls = RequestsFor("/rss.xml");
  EXPECT_EQ(polls[0].headers.count("if-modified-since"), 0u);
  EXPECT_EQ(polls[1].headers.count("if-modified-since"), 1u);
  EXPECT_NE(polls[0].headers.at("user-agent").find("corpusd"), std::string::npos);
  EXPECT_EQ(Stop(), 0) << Read(log());
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), 2);

  // After a restart (and a changed feed file, so no 304): still nothing twice.
  Write(www("rss.xml"), Read(www("rss.xml")) + "\n");
  Start();
  const std::size_t before = RequestsFor("/rss.xml").size();
  ASSERT_TRUE(WaitUntil([&] { return RequestsFor("/rss.xml").size() >= before + 2; }, kPatience));
  EXPECT_EQ(Stop(), 0) << Read(log());
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), 2);
}

TEST_F(NetworkSourcesTest, AtomJsonFeedPageAndSitemapSources) {
  const std::string base = server_->Url("/");
  Write(www("atom.xml"), R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Parks</title><id>urn:parks</id>
<entry><id>urn:parks:1</id><title>Park plan</title><updated>2024-03-07T08:00:00Z</updated>
<link rel="alternate" href="/articles/park.html"/></entry></feed>)");
  Write(www("feed.json"), R"({"version": "https://jsonfeed.org/version/1.1", "title": "J",
  "items": [{"id": "j1", "title": "Tram plan", "date_published": "2024-03-08T12:00:00+01:00",
             "content_html": ")" +
                              Paragraphs("tram") + R"("}]})");
  Write(www("front.html"), Article("harbour"));
  Write(www("sitemap.xml"), R"(<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>)" + base + R"(articles/bridge.html</loc></url>
<url><loc>)" + base + R"(private/secret.html</loc></url></urlset>)");
  WriteConfig(Source("parks", "feed", base + "atom.xml") +
              Source("trams", "feed", base + "feed.json") +
              Source("front", "page", base + "front.html") +
              Source("map", "sitemap", base + "sitemap.xml"));
  Start();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 4)) << Read(log());
  for (const char* source : {"parks", "trams", "front", "map"}) {
    EXPECT_EQ(Count(std::string("SELECT count(*) FROM documents WHERE source = '") + source + "'"),
              1)
        << source;
  }
  EXPECT_EQ(QueryCorpus(db(), "SELECT published_at FROM documents WHERE source = 'trams'"),
            "2024-03-08T12:00:00+01:00");
  // robots.txt forbids /private/: asked, never fetched, remembered as refused.
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM seen_items WHERE outcome = 'rejected'", 1));
  EXPECT_EQ(QueryCorpus(db(), "SELECT reason FROM seen_items WHERE outcome = 'rejected'"),
            "disallowed by robots.txt");
  EXPECT_EQ(RequestsFor("/private/secret.html").size(), 0u);
  EXPECT_GE(RequestsFor("/robots.txt").size(), 1u);
  EXPECT_EQ(Stop(), 0) << Read(log());
}

// SIGTERM with a transfer in flight to a server that drips a byte a second:
// the transfer is abandoned, and the daemon is gone in moments, not at the
// transfer's low-speed timeout (20 s) nor at stop_timeout (60 s here). The
// page is fetched again at the next start: nothing of it was kept.
TEST_F(NetworkSourcesTest, StopAbandonsTransfersInFlightAndExitsAtOnce) {
  WriteConfig("stop_timeout = \"60s\"\n" + Source("city", "feed", server_->Url("/rss.xml")) +
              Source("drip", "page", server_->Url("/slow")));
  Start();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 2)) << Read(log());
  ASSERT_TRUE(WaitUntil([&] { return RequestsFor("/slow").size() == 1; }, kPatience));
  const auto asked = std::chrono::steady_clock::now();
  daemon_->Signal(SIGTERM);
  const std::optional<int> status = daemon_->Wait(kPatience);
  const auto took = std::chrono::steady_clock::now() - asked;
  EXPECT_EQ(status, 0) << Read(log());
  EXPECT_LT(took, std::chrono::seconds(10)) << Read(log());
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM seen_items WHERE source = 'drip'"), 0);

  Start();
  EXPECT_TRUE(WaitUntil([&] { return RequestsFor("/slow").size() == 2; }, kPatience));
  EXPECT_EQ(Stop(), 0) << Read(log());
}

// `metrics = "127.0.0.1:0"`: a Prometheus scrape of the running daemon shows
// what it stored, the failing source as down and the fetches by status class.
TEST_F(NetworkSourcesTest, MetricsAreServedForPrometheus) {
  WriteConfig("metrics = \"127.0.0.1:0\"\n" + Source("city", "feed", server_->Url("/rss.xml")) +
              Source("gone", "feed", server_->Url("/status/404")));
  Start();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 2)) << Read(log());
  std::string port;
  ASSERT_TRUE(WaitUntil(
      [&] {
        const std::string text = Read(log());
        const std::size_t at = text.find("metrics at http://127.0.0.1:");
        if (at == std::string::npos) return false;
        const std::size_t start = at + std::string("metrics at http://127.0.0.1:").size();
        port = text.substr(start, text.find('/', start) - start);
        return true;
      },
      kPatience));
  auto scrape = [&](const std::string& path) {
    return testing::RunProcess({"/usr/bin/python3", "-c",
                                "import sys, urllib.request, urllib.error\n"
                                "try:\n"
                                "  r = urllib.request.urlopen(sys.argv[1])\n"
                                "  print(r.status); print(r.read().decode())\n"
                                "except urllib.error.HTTPError as e:\n"
                                "  print(e.code)\n",
                                "http://127.0.0.1:" + port + path});
  };
  std::string text;
  ASSERT_TRUE(WaitUntil(
      [&] {
        text = scrape("/metrics").out;
        return text.find("corpusd_source_up{source=\"gone\"} 0") != std::string::npos &&
               text.find("corpusd_documents_stored_total{source=\"city\"} 2") != std::string::npos;
      },
      kPatience))
      << text;
  EXPECT_EQ(text.rfind("200\n", 0), 0u) << text;
  EXPECT_NE(text.find("corpusd_source_up{source=\"city\"} 1"), std::string::npos) << text;
  EXPECT_NE(text.find("corpusd_fetch_requests_total{status=\"2xx\"} "), std::string::npos) << text;
  EXPECT_NE(text.find("corpusd_fetch_requests_total{status=\"4xx\"} "), std::string::npos) << text;
  EXPECT_NE(text.find("corpusd_corpus_documents 2"), std::string::npos) << text;
  EXPECT_NE(text.find("corpusd_fetch_duration_seconds_count "), std::string::npos) << text;
  EXPECT_NE(text.find("corpusd_source_last_success_timestamp_seconds{source=\"city\"} "),
            std::string::npos)
      << text;
  EXPECT_EQ(scrape("/elsewhere").out, "404\n");
  EXPECT_EQ(Stop(), 0) << Read(log());
}

TEST_F(NetworkSourcesTest, HostileServersAndFeedsNeverStopTheDaemon) {
  const int port = server_->port();
  // A feed on "localhost" whose item links to 127.0.0.1: another host, a
  // loopback address, so refused; an XXE attempt; invalid XML; a page that
  // names its feed.
  Write(www("linky.xml"),
        "<rss version=\"2.0\"><channel><title>L</title><item><guid>x</guid>"
        "<title>Trap</title><link>http://127.0.0.1:" +
            std::to_string(port) +
            "/articles/park.html</link></item>"
            "</channel></rss>");
  Write(www("xxe.xml"), R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>X</title><item><guid>1</guid><title>&xxe;</title>
<content:encoded><![CDATA[)" +
                            Paragraphs("xxe") + R"(]]></content:encoded></item></channel></rss>)");
  Write(www("broken.xml"), "<rss><channel><item><title>never closed");
  Write(www("home.html"),
        "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
        "href=\"/rss.xml\"></head><body><p>Home</p></body></html>");
  WriteConfig(Source("gone", "feed", server_->Url("/status/410")) +
              Source("busy", "feed", server_->Url("/retry-after/429")) +
              Source("failing", "feed", server_->Url("/status/500")) +
              Source("linky", "feed", server_->Url("/linky.xml", "localhost")) +
              Source("xxe", "feed", server_->Url("/xxe.xml")) +
              Source("broken", "feed", server_->Url("/broken.xml")) +
              Source("home", "feed", server_->Url("/home.html")));
  Start();
  ASSERT_TRUE(WaitUntil([&] { return Read(log()).find("source gone parked") != std::string::npos; },
                        kPatience))
      << Read(log());
  // Committed within a second of the poll (the daemon holds commits).
  const std::string gone = server_->Url("/status/410") + ": HTTP 410 Gone";
  EXPECT_TRUE(WaitUntil(
      [&] {
        return QueryCorpus(db(), "SELECT parked FROM source_state WHERE source = 'gone'") == gone;
      },
      kPatience));
  // 429 with Retry-After: 7 -> not asked again for 7 s, whatever the interval.
  ASSERT_TRUE(WaitUntil(
      [&] { return Count("SELECT count(*) FROM source_state WHERE source = 'busy'") == 1; },
      kPatience));
  EXPECT_EQ(Count("SELECT CAST(strftime('%s', next_due_at) - strftime('%s', last_run_at) AS "
                  "INTEGER) >= 7 FROM source_state WHERE source = 'busy'"),
            1);
  // The page's feed was found and its items stored under the page's source.
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents WHERE source = 'home'", 2))
      << Read(log());
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents WHERE source = 'xxe'", 1));
  EXPECT_EQ(QueryCorpus(db(),
                        "SELECT count(*) FROM documents WHERE text LIKE '%root:%' OR "
                        "title LIKE '%root:%'"),
            "0");
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM seen_items WHERE source = 'linky'", 1))
      << Read(log());
  EXPECT_NE(
      QueryCorpus(db(), "SELECT reason FROM seen_items WHERE source = 'linky'").find("127.0.0.1"),
      std::string::npos);
  EXPECT_EQ(RequestsFor("/articles/park.html").size(), 0u);
  EXPECT_TRUE(daemon_->Running());
  EXPECT_NE(Read(log()).find(" error: source failing: "), std::string::npos);
  ASSERT_TRUE(
      WaitUntil([&] { return Read(log()).find(" warning: source broken: ") != std::string::npos; },
                kPatience));
  EXPECT_NE(Read(log()).find("broken XML read in recovery mode"), std::string::npos);
  EXPECT_EQ(Stop(), 0) << Read(log());
  EXPECT_EQ(QueryCorpus(db(), "PRAGMA integrity_check"), "ok");
}

TEST_F(NetworkSourcesTest, RepeatedGuidsFallBackToLinks) {
  // A broken generator gives every item the same guid.
  Write(www("same.xml"),
        R"(<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>S</title>
<item><guid>same</guid><link>)" +
            server_->Url("/a") + R"(</link><title>A</title>
<content:encoded><![CDATA[)" +
            Paragraphs("ferry") + R"(]]></content:encoded></item>
<item><guid>same</guid><link>)" +
            server_->Url("/b") + R"(</link><title>B</title>
<content:encoded><![CDATA[)" +
            Paragraphs("stadium") + R"(]]></content:encoded></item>
</channel></rss>)");
  WriteConfig(Source("same", "feed", server_->Url("/same.xml")));
  Start();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 2)) << Read(log());
  EXPECT_EQ(Count("SELECT count(*) FROM seen_items WHERE item_key LIKE 'http%'"), 2);
  EXPECT_NE(Read(log()).find("item ids repeat"), std::string::npos);
  EXPECT_EQ(Stop(), 0) << Read(log());
}

TEST_F(NetworkSourcesTest, AnArticleAlreadyStoredFromAnotherSourceIsADuplicateByUrl) {
  WriteConfig(Source("city", "feed", server_->Url("/rss.xml")));
  Start();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents", 2)) << Read(log());
  ASSERT_EQ(Stop(), 0) << Read(log());

  // An aggregator links the same two articles with teasers of its own: by
  // their text they are new, by their URLs they are not.
  const std::string bridge = server_->Url("/articles/bridge.html");
  const std::string library = server_->Url("/articles/library.html");
  Write(www("aggregator.xml"), R"(<rss version="2.0"><channel><title>Digest</title>
<item><guid>d1</guid><link>)" + bridge +
                                   R"(</link>
<description>Bridge: the council finally said yes to the crossing this week.</description></item>
<item><guid>d2</guid><link>)" + library +
                                   R"(</link>
<description>Library: the plan for a new reading room goes ahead.</description></item>
<item><guid>d3</guid><link>)" + server_->Url("/articles/park.html") +
                                   R"(</link>
<description>Park: a new green space for the east side of the river.</description></item>
</channel></rss>)");
  WriteConfig(
      Source("city", "feed", server_->Url("/rss.xml")) +
      Source("digest", "feed", server_->Url("/aggregator.xml"), "fetch_articles = \"never\"\n"));
  Start();
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM seen_items WHERE source = 'digest'", 3))
      << Read(log());
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), 3);
  EXPECT_EQ(Count("SELECT count(*) FROM seen_items WHERE source = 'digest'"
                  " AND outcome = 'duplicate' AND document_id IS NOT NULL"),
            2);
  EXPECT_EQ(Count("SELECT count(*) FROM documents WHERE source = 'digest'"), 1);
  EXPECT_EQ(Stop(), 0) << Read(log());
}

TEST_F(NetworkSourcesTest, AResponseThatNeverEndsIsCutAtTheSizeLimit) {
  Write(config(), "database = \"" + db() +
                      "\"\nper_site_delay = \"0s\"\nmax_document_size = \"1MiB\"\n" +
                      Source("endless", "feed", server_->Url("/endless")) +
                      Source("city", "feed", server_->Url("/rss.xml")));
  Start();
  ASSERT_TRUE(
      WaitUntil([&] { return Read(log()).find("larger than") != std::string::npos; }, kPatience))
      << Read(log());
  // The other source is not held up, and the daemon goes on.
  ASSERT_TRUE(WaitForCount("SELECT count(*) FROM documents WHERE source = 'city'", 2))
      << Read(log());
  EXPECT_TRUE(daemon_->Running());
  EXPECT_EQ(Stop(), 0) << Read(log());
}

TEST_F(NetworkSourcesTest, FeedCommandPrintsWhatCorpusdSees) {
  ProcessResult r = RunCorpusd({"feed", server_->Url("/rss.xml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"format\": \"rss2.0\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"id\": \"city-1\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"published_at\": \"2024-03-05T10:00:00Z\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("The city council approved the bridge plan"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"content\": null"), std::string::npos) << r.out;  // the teaser item
  // Its teaser is shown as the summary, as text.
  EXPECT_NE(r.out.find("\"summary\": \"A short teaser.\""), std::string::npos) << r.out;
  ProcessResult file = RunCorpusd({"feed", www("rss.xml")});
  EXPECT_EQ(file.exit_code, 0) << file.err;
  ProcessResult bad = RunCorpusd({"feed", www("articles/park.html")});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("an HTML page, not a feed; it links to no feed"), std::string::npos)
      << bad.err;
  // A page that names its feeds: they are listed, resolved against the page.
  Write(www("front-with-feeds.html"),
        "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\"></head>"
        "<body><p>Front page.</p></body></html>");
  ProcessResult page = RunCorpusd({"feed", server_->Url("/front-with-feeds.html")});
  EXPECT_EQ(page.exit_code, 1);
  EXPECT_NE(page.err.find("an HTML page, not a feed; it links to 2 feeds:\n  " +
                          server_->Url("/rss.xml") + "\n  " + server_->Url("/atom.xml") + "\n"),
            std::string::npos)
      << page.err;
}

TEST_F(NetworkSourcesTest, ImportFetchesUrlsAndReadsSavedFeeds) {
  ProcessResult r = RunCorpusd({"import", "--db", db(), server_->Url("/articles/park.html"),
                                server_->Url("/status/404"), www("rss.xml")});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;  // the 404 is rejected
  EXPECT_NE(r.out.find("HTTP 404"), std::string::npos) << r.out;
  // The page, and the saved feed's two items (content, and the teaser).
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), 3) << r.out;
  EXPECT_EQ(QueryCorpus(db(), "SELECT url FROM documents WHERE text LIKE '%park plan%'"),
            server_->Url("/articles/park.html"));
}

}  // namespace
}  // namespace corpusd
