// A fleet: nodes that read one config file and share one corpus, each taking
// its share of the sites (`run --shard K/N`), and leaving the links of an
// aggregator feed to the node that owns each link's site. The real binary against feeds
// on many loopback sites, site0.localhost, site1.localhost, ... (libcurl
// resolves *.localhost to the loopback address itself), writing a SQLite
// file or a PostgreSQL database (a throwaway cluster,
// tests/support/postgres_cluster.h).
#include <gtest/gtest.h>
#include <signal.h>

#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include "daemon/service/site_share.h"
#include "tests/support/background_process.h"
#include "tests/support/corpus_query.h"
#include "tests/support/http_test_server.h"
#include "tests/support/postgres_cluster.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using namespace std::chrono_literals;
using testing::BackgroundProcess;
using testing::HttpTestServer;
using testing::PostgresCluster;
using testing::QueryCorpus;
using testing::TempDir;

constexpr int kSites = 12;
constexpr int kMapped = 6;  // sites with one article listed in the shared sitemap
// Documents in all: two items of each site's feed, the sitemap's pages, and a
// story on every site listed by the aggregator feed (links only).
constexpr long long kDocuments = kSites * 2 + kMapped + kSites;

std::string Paragraphs(const std::string& topic) {
  return "<p>The council of " + topic +
         " approved the budget on Tuesday after a long debate about costs, timing and the "
         "effect on the neighbourhoods along the river.</p><p>Work in " +
         topic + " is to begin in the spring, the mayor said, and to last two years.</p>";
}

std::string Feed(int site) {
  std::string items;
  for (int i = 0; i < 2; ++i) {
    const std::string topic = "town " + std::to_string(site) + " part " + std::to_string(i);
    items += "<item><title>" + topic + "</title><guid>site" + std::to_string(site) + "-" +
             std::to_string(i) + "</guid><content:encoded><![CDATA[" + Paragraphs(topic) +
             "]]></content:encoded></item>";
  }
  return "<?xml version=\"1.0\"?><rss version=\"2.0\" "
         "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Site " +
         std::to_string(site) + "</title>" + items + "</channel></rss>";
}

// The corpus the nodes share: "sqlite" or "postgresql".
class FleetTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() { cluster_ = new PostgresCluster; }
  static void TearDownTestSuite() {
    delete cluster_;
    cluster_ = nullptr;
  }
  bool postgres() const { return GetParam() == "postgresql"; }

  void SetUp() override {
    if (postgres()) {
      SKIP_WITHOUT_POSTGRES(*cluster_);
      std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
      for (char& c : name) {
        if (c == '/') c = '_';
      }
      database_ = cluster_->NewDatabase(name);
    } else {
      database_ = dir_ / "corpus.db";
    }
    server_ = std::make_unique<HttpTestServer>(
        std::string(CORPUSD_SOURCE_DIR) + "/tests/support/http_server.py", dir_ / "www",
        dir_ / "requests.jsonl");
    ASSERT_TRUE(server_->started());
    std::string config =
        "database = \"" + database_ + "\"\nper_site_delay = \"0s\"\nallow_private_links = true\n";
    std::string sitemap =
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
    for (int s = 0; s < kSites; ++s) {
      const std::string n = std::to_string(s);
      testing::WriteFileBytes(dir_ / ("www/feed" + n + ".xml"), Feed(s));
      config += "[[source]]\nname = \"site" + n + "\"\ntype = \"feed\"\nurl = \"" +
                server_->Url("/feed" + n + ".xml", "site" + n + ".localhost") + "\"\n";
      if (s < kMapped) {
        testing::WriteFileBytes(dir_ / ("www/page" + n + ".html"),
                                "<html><head><title>Page " + n + "</title></head><body><article>" +
                                    Paragraphs("page " + n) + "</article></body></html>");
        sitemap += "<url><loc>" + server_->Url("/page" + n + ".html", "site" + n + ".localhost") +
                   "</loc></url>";
      }
    }
    testing::WriteFileBytes(dir_ / "www/sitemap.xml", sitemap + "</urlset>");
    // The aggregator: one site's feed whose items link to every site.
    std::string aggregated;
    for (int s = 0; s < kSites; ++s) {
      const std::string n = std::to_string(s);
      testing::WriteFileBytes(dir_ / ("www/story" + n + ".html"),
                              "<html><head><title>Story " + n + "</title></head><body><article>" +
                                  Paragraphs("story " + n) + "</article></body></html>");
      aggregated += "<item><title>Story " + n + "</title><link>" +
                    server_->Url("/story" + n + ".html", "site" + n + ".localhost") +
                    "</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>";
    }
    testing::WriteFileBytes(dir_ / "www/aggregator.xml",
                            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>All"
                            "</title>" +
                                aggregated + "</channel></rss>");
    config += "[[source]]\nname = \"aggregator\"\ntype = \"feed\"\nurl = \"" +
              server_->Url("/aggregator.xml", "news.localhost") + "\"\n";
    config += "[[source]]\nname = \"map\"\ntype = \"sitemap\"\nurl = \"" +
              server_->Url("/sitemap.xml") + "\"\n";
    testing::WriteFileBytes(dir_ / "corpusd.toml", config);
  }

  // A node that polls every source once, then takes the items left for it.
  std::unique_ptr<BackgroundProcess> Node(const std::string& shard) {
    return std::make_unique<BackgroundProcess>(
        std::vector<std::string>{CORPUSD_BINARY, "run", "--once", "--config", dir_ / "corpusd.toml",
                                 "--shard", shard},
        std::vector<std::pair<std::string, std::string>>{}, log(shard));
  }
  // A node as a service runs it, until stopped.
  std::unique_ptr<BackgroundProcess> Service(const std::string& shard) {
    return std::make_unique<BackgroundProcess>(
        std::vector<std::string>{CORPUSD_BINARY, "run", "--config", dir_ / "corpusd.toml",
                                 "--shard", shard},
        std::vector<std::pair<std::string, std::string>>{}, log(shard));
  }
  // The shard whose log says it stored `path` ("... /story3.html -> document 12").
  std::vector<std::string> StoredBy(const std::string& path) const {
    std::vector<std::string> shards;
    for (const std::string shard : {"1/2", "2/2"}) {
      if (testing::ReadFileBytes(log(shard)).find(path + " -> document") != std::string::npos) {
        shards.push_back(shard);
      }
    }
    return shards;
  }
  std::string log(const std::string& shard) const {
    return dir_ / ("node" + shard.substr(0, shard.find('/')) + ".log");
  }
  // The feed sources a node's log says it took ("source site3: feed ...").
  std::set<std::string> SourcesIn(const std::string& shard) const {
    std::set<std::string> names;
    std::istringstream lines(testing::ReadFileBytes(log(shard)));
    for (std::string line; std::getline(lines, line);) {
      const std::size_t at = line.find("source site");
      if (at != std::string::npos && line.find(": feed ", at) != std::string::npos) {
        names.insert(line.substr(at + 7, line.find(':', at) - at - 7));
      }
    }
    return names;
  }
  long long Count(const std::string& sql) const {
    return std::stoll(postgres() ? cluster_->Psql(database_, sql) : QueryCorpus(database_, sql));
  }

  static PostgresCluster* cluster_;
  std::string database_;
  TempDir dir_;
  std::unique_ptr<HttpTestServer> server_;
};

PostgresCluster* FleetTest::cluster_ = nullptr;

TEST_P(FleetTest, TwoNodesShareTheSitesAndStoreEveryItemOnce) {
  auto one = Service("1/2");
  auto two = Service("2/2");
  // The aggregator's links reach their nodes through the corpus, within a
  // hand-off pass or two.
  const bool all = testing::WaitUntil(
      [&] {
        std::this_thread::sleep_for(200ms);
        try {
          return Count("SELECT count(*) FROM documents") >= kDocuments;
        } catch (const std::exception&) {
          return false;  // no corpus yet
        }
      },
      60s);
  one->Signal(SIGTERM);
  two->Signal(SIGTERM);
  ASSERT_EQ(one->Wait(30s), 0) << testing::ReadFileBytes(log("1/2"));
  ASSERT_EQ(two->Wait(30s), 0) << testing::ReadFileBytes(log("2/2"));
  ASSERT_TRUE(all) << testing::ReadFileBytes(log("1/2")) << testing::ReadFileBytes(log("2/2"));

  // Each feed source on exactly one node, and both nodes have some.
  const std::set<std::string> a = SourcesIn("1/2"), b = SourcesIn("2/2");
  EXPECT_FALSE(a.empty());
  EXPECT_FALSE(b.empty());
  EXPECT_EQ(a.size() + b.size(), static_cast<std::size_t>(kSites));
  for (const std::string& name : a) EXPECT_FALSE(b.count(name)) << name << " on both nodes";

  // Every feed, sitemap page and story fetched once in all; the sitemap by both.
  std::map<std::string, int> fetched;
  for (const testing::LoggedRequest& r : server_->Requests()) ++fetched[r.path];
  for (int s = 0; s < kSites; ++s) {
    const std::string n = std::to_string(s);
    EXPECT_EQ(fetched["/feed" + n + ".xml"], 1) << s;
    if (s < kMapped) {
      EXPECT_EQ(fetched["/page" + n + ".html"], 1) << s;
    }
    EXPECT_EQ(fetched["/story" + n + ".html"], 1) << s;
    // ... by the node that owns its site, which polls that site's feed.
    const std::vector<std::string> by = StoredBy("/story" + n + ".html");
    ASSERT_EQ(by.size(), 1u) << s;
    EXPECT_TRUE((by[0] == "1/2" ? a : b).count("site" + n)) << "story " << s << " on " << by[0];
  }
  EXPECT_EQ(fetched["/sitemap.xml"], 2);

  // Every item and page stored once; the aggregator's items are its own.
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), kDocuments);
  EXPECT_EQ(Count("SELECT count(DISTINCT content_hash) FROM documents"), kDocuments);
  EXPECT_EQ(Count("SELECT count(*) FROM documents WHERE source = 'aggregator'"), kSites);
  EXPECT_EQ(Count("SELECT count(*) FROM documents WHERE source = 'aggregator' AND"
                  " published_at LIKE '2026-03-03%' AND title LIKE 'Story %'"),
            kSites);
  EXPECT_EQ(Count("SELECT count(*) FROM seen_items WHERE source = 'aggregator' AND"
                  " outcome = 'stored'"),
            kSites);
  EXPECT_EQ(Count("SELECT count(*) FROM item_handoffs"), 0) << "every hand-off taken";
  EXPECT_EQ(Count("SELECT count(*) FROM source_state WHERE source LIKE 'site%'"), kSites);
}

TEST_P(FleetTest, ANodeKilledMidPollAndRestartedLosesNothingAndDoublesNothing) {
  // Node one is killed (SIGKILL) three times at different moments of its
  // polls while node two works on; then both run to the end.
  auto two = Node("2/2");
  for (int ms : {150, 400, 800}) {
    auto one = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{CORPUSD_BINARY, "run", "--config", dir_ / "corpusd.toml",
                                 "--shard", "1/2"},
        std::vector<std::pair<std::string, std::string>>{}, dir_ / "killed.log");
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    one->Signal(SIGKILL);
    one->Wait(10s);
  }
  auto one = Node("1/2");
  ASSERT_EQ(one->Wait(60s), 0) << testing::ReadFileBytes(log("1/2"));
  ASSERT_EQ(two->Wait(60s), 0) << testing::ReadFileBytes(log("2/2"));
  // With --once, a node takes the items left for it when it has polled its
  // sources: what the other node left later waits for its next run.
  for (const std::string shard : {"1/2", "2/2"}) {
    ASSERT_EQ(Node(shard)->Wait(60s), 0) << testing::ReadFileBytes(log(shard));
  }

  const long long expected = kDocuments;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), expected) << "nothing lost";
  EXPECT_EQ(Count("SELECT coalesce(sum(duplicates_seen), 0) FROM documents"), 0)
      << "nothing stored twice";
  EXPECT_EQ(Count("SELECT count(*) FROM seen_items WHERE outcome = 'stored'"), expected);
}

TEST_P(FleetTest, AFleetShrunkToOneNodeTakesWhatWasLeftForTheOthers) {
  // The node that owns the aggregator's site runs alone, leaving the other
  // node's share of its links.
  const unsigned owner =
      SiteShare::OwnerOf(SiteShare::SiteOf(server_->Url("/aggregator.xml", "news.localhost")), 2);
  const std::string shard = std::to_string(owner) + "/2";
  ASSERT_EQ(Node(shard)->Wait(60s), 0) << testing::ReadFileBytes(log(shard));
  const long long left = Count("SELECT count(*) FROM item_handoffs");
  ASSERT_GT(left, 0) << testing::ReadFileBytes(log(shard));
  EXPECT_EQ(Count("SELECT count(*) FROM item_handoffs WHERE owner = " + std::to_string(3 - owner) +
                  " AND shards = 2"),
            left);
  EXPECT_EQ(Count("SELECT count(*) FROM seen_items WHERE outcome = 'handed_off'"), left);

  // Then the fleet is one node: it polls everything and takes what was left.
  testing::ProcessResult alone =
      testing::RunCorpusd({"run", "--once", "--config", dir_ / "corpusd.toml"});
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  EXPECT_NE(alone.err.find(std::to_string(left) + " items left for a fleet of 2 given to their "
                                                  "owners among 1"),
            std::string::npos)
      << alone.err;
  EXPECT_EQ(Count("SELECT count(*) FROM item_handoffs"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), kDocuments);
  EXPECT_EQ(Count("SELECT count(*) FROM seen_items WHERE source = 'aggregator' AND"
                  " outcome = 'stored'"),
            kSites);
  std::map<std::string, int> fetched;
  for (const testing::LoggedRequest& r : server_->Requests()) ++fetched[r.path];
  for (int s = 0; s < kSites; ++s) EXPECT_EQ(fetched["/story" + std::to_string(s) + ".html"], 1);
}

TEST_P(FleetTest, ABadShardIsRefusedBeforeAnythingIsPolled) {
  testing::ProcessResult r =
      testing::RunCorpusd({"run", "--once", "--config", dir_ / "corpusd.toml", "--shard", "3/2"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("--shard: expected \"K/N\""), std::string::npos) << r.err;
  EXPECT_TRUE(server_->Requests().empty());
}

INSTANTIATE_TEST_SUITE_P(Corpus, FleetTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace corpusd
