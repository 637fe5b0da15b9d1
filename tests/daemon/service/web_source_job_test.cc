// One poll of a network source, driven by a fake fetcher: no sockets, no
// process. The store is a real corpus file in a temporary folder.
#include "daemon/service/web_source_job.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/thread_pool.hpp>
#include <memory>
#include <mutex>

#include "core/clock.h"
#include "daemon/fetch/robots_cache.h"
#include "store/corpus_store.h"
#include "tests/support/corpus_query.h"
#include "tests/support/fake_fetcher.h"
#include "tests/support/fake_file_system.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

constexpr char kFeedUrl[] = "https://news.example/feed.xml";

std::string Rss(const std::string& items) {
  return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
         "<link>https://news.example/</link>" +
         items + "</channel></rss>";
}

std::string ItemWithContent(const std::string& n) {
  return "<item><guid>id-" + n + "</guid><title>Title " + n +
         "</title><link>https://news.example/" + n +
         "</link><author>Ann Lee</author><pubDate>Tue, 03 Dec 2024 10:00:00 GMT</pubDate>"
         "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA["
         "<p>The harbour of town " +
         n +
         " froze over for the first time in forty years, and "
         "the ferries stayed in port while the ice was measured every morning.</p>]]>"
         "</content:encoded></item>";
}

std::string ItemWithoutContent(const std::string& n) {
  return "<item><guid>id-" + n + "</guid><title>Title " + n +
         "</title><link>https://news.example/" + n +
         "</link><pubDate>Wed, 04 Dec 2024 08:30:00 GMT</pubDate></item>";
}

std::string Article(const std::string& n) {
  return "<html><head><title>Article " + n + "</title></head><body><article><h1>Article " + n +
         "</h1><p>Town " + n +
         " opened its new library on Monday, with ten thousand books "
         "given by its readers and a reading room that looks over the river.</p><p>The mayor "
         "said the building would stay open late every evening through the winter.</p>"
         "</article></body></html>";
}

class WebSourceJobTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<CorpusStore>> store = CorpusStore::Open(dir_ / "corpus.db");
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    rules_ = std::make_shared<const BoilerplateRules>(BoilerplateRules::Create({}).value());
    fetcher_.Serve("https://news.example/robots.txt", "", "text/plain", 404);
  }

  // Runs one poll of `source` to its end and returns its report; with
  // `handed`, instead of polling, works those items (TakeHandOffs).
  JobReport Poll(SourceConfig source, const std::vector<HandedOffItem>* handed = nullptr) {
    JobContext context{*store_,
                       fs_,
                       clock_,
                       loop_,
                       pool_,
                       store_mutex_,
                       &fetcher_,
                       &robots_,
                       /*allow_private_links=*/false};
    ImportSettings settings;
    settings.source = source.name;
    std::optional<JobReport> report;
    auto job = std::make_shared<WebSourceJob>(context, source, settings, rules_,
                                              [&report](const JobReport& r) { report = r; });
    if (handed != nullptr) job->TakeHandOffs(*handed);
    job->Start();
    while (!report) {
      loop_.restart();
      loop_.run_one();
    }
    return *report;
  }

  SourceConfig Feed(SourceConfig::FetchArticles fetch = SourceConfig::FetchArticles::kAuto) {
    SourceConfig source;
    source.name = "news";
    source.type = SourceType::kFeed;
    source.url = kFeedUrl;
    source.fetch_articles = fetch;
    return source;
  }

  std::int64_t Documents() { return store_->CountDocuments().value(); }

  testing::TempDir dir_;
  testing::FakeFileSystem fs_;
  FakeClock clock_{std::chrono::system_clock::from_time_t(1'733'300'000)};
  boost::asio::io_context loop_;
  boost::asio::thread_pool pool_{1};
  std::mutex store_mutex_;
  FakeFetcher fetcher_{loop_};
  RobotsCache robots_{fetcher_, clock_};
  std::unique_ptr<CorpusStore> store_;
  std::shared_ptr<const BoilerplateRules> rules_;
};

TEST_F(WebSourceJobTest, ItemsLeftByAnotherNodeAreStoredRefusedOrTriedAgainLater) {
  // Left by the node that read the feed: this node owns other.example.
  const std::string now = FormatUtcTimestamp(clock_.Now());
  std::vector<HandedOffItem> left;
  for (const std::string n : {"ok", "gone", "busy", "tired"}) {
    HandedOffItem h;
    h.item = ItemOrigin{"news", "id-" + n, "https://other.example/" + n};
    h.site = "other.example";
    h.owner = 2;
    h.shards = 2;
    h.title = "Feed title " + n;
    h.published = "2024-12-04T08:30:00Z";
    h.handed_at = now;
    ASSERT_TRUE(store_->HandOffItem(h).ok());
    left.push_back(h);
  }
  left.back().tries = WebSourceJob::kHandOffTries - 1;  // its last try
  fetcher_.Serve("https://other.example/robots.txt", "", "text/plain", 404);
  fetcher_.Serve("https://other.example/ok", Article("1"), "text/html");
  fetcher_.Serve("https://other.example/gone", "", "text/html", 404);
  fetcher_.Serve("https://other.example/busy", "", "text/html", 503);
  fetcher_.Serve("https://other.example/tired", "", "text/html", 503);

  const JobReport report = Poll(Feed(), &left);
  EXPECT_TRUE(report.error.empty()) << report.error;
  EXPECT_EQ(report.stored, 1u);
  EXPECT_EQ(report.rejected, 3u);  // each failure counts, also the one tried again
  for (const HttpRequest& r : fetcher_.requests()) {
    EXPECT_NE(r.url, kFeedUrl) << "the feed itself is not polled";
  }

  // Stored under the feed's source, with the item's date; its row is gone.
  EXPECT_EQ(Documents(), 1);
  EXPECT_EQ(testing::QueryCorpus(dir_ / "corpus.db",
                                 "SELECT source || ' ' || published_at FROM documents"),
            "news 2024-12-04T08:30:00Z");
  EXPECT_EQ(testing::QueryCorpus(dir_ / "corpus.db",
                                 "SELECT outcome FROM seen_items WHERE item_key = 'id-ok'"),
            "stored");
  auto later = FormatUtcTimestamp(clock_.Now() + std::chrono::hours(48));
  auto waiting = store_->HandOffsFor(2, 2, later, 10);
  ASSERT_TRUE(waiting.ok());
  ASSERT_EQ(waiting->size(), 1u) << "only the busy one waits";
  EXPECT_EQ((*waiting)[0].item.url, "https://other.example/busy");
  EXPECT_EQ((*waiting)[0].tries, 1);
  // ... a minute later, not now.
  EXPECT_TRUE(store_->HandOffsFor(2, 2, now, 10)->empty());
  // The gone and the tired ones are refused, as the feed's node would.
  EXPECT_TRUE(*store_->SeenItem("news", "id-gone"));
  EXPECT_TRUE(*store_->SeenItem("news", "id-tired"));
}

TEST_F(WebSourceJobTest, StoresItemsWithContentAndFetchesTheLinksOfItemsWithout) {
  fetcher_.Serve(kFeedUrl, Rss(ItemWithContent("1") + ItemWithoutContent("2")),
                 "application/rss+xml");
  fetcher_.Serve("https://news.example/2", Article("2"), "text/html; charset=utf-8");
  const JobReport report = Poll(Feed());
  EXPECT_TRUE(report.error.empty()) << report.error;
  EXPECT_EQ(report.stored, 2u);
  EXPECT_EQ(report.rejected, 0u);
  EXPECT_EQ(Documents(), 2);
  bool fetched_item_1 = false;
  for (const HttpRequest& r : fetcher_.requests())
    fetched_item_1 |= r.url == "https://news.example/1";
  EXPECT_FALSE(fetched_item_1) << "an item with its own content is not fetched";
  // The fetched link is untrusted: it may not lead to private addresses.
  for (const HttpRequest& r : fetcher_.requests()) {
    if (r.url == "https://news.example/2") {
      EXPECT_TRUE(r.untrusted);
    }
  }
}

TEST_F(WebSourceJobTest, ItemsSeenBeforeAreNotStoredAgain) {
  fetcher_.Serve(kFeedUrl, Rss(ItemWithContent("1") + ItemWithContent("3")), "application/rss+xml");
  EXPECT_EQ(Poll(Feed()).stored, 2u);
  const JobReport again = Poll(Feed());
  EXPECT_EQ(again.stored, 0u);
  EXPECT_EQ(again.duplicates, 0u);
  EXPECT_EQ(Documents(), 2);
}

TEST_F(WebSourceJobTest, AGoneFeedAsksToBeParkedAndAThrottledOneForAPause) {
  fetcher_.Serve(kFeedUrl, "", "text/plain", 410);
  JobReport gone = Poll(Feed());
  EXPECT_FALSE(gone.park.empty());
  EXPECT_EQ(Documents(), 0);

  HttpResponse busy;
  busy.status = 503;
  busy.url = kFeedUrl;
  busy.retry_after = std::chrono::seconds(120);
  fetcher_.Serve(kFeedUrl, busy);
  JobReport throttled = Poll(Feed());
  EXPECT_NE(throttled.error.find("503"), std::string::npos) << throttled.error;
  ASSERT_TRUE(throttled.retry_after);
  EXPECT_EQ(*throttled.retry_after, std::chrono::seconds(120));
}

TEST_F(WebSourceJobTest, AnUnreachableArticleIsRetriedAtTheNextPollNotRemembered) {
  fetcher_.Serve(kFeedUrl, Rss(ItemWithoutContent("4")), "application/rss+xml");
  const JobReport first = Poll(Feed());  // no response for the article: refused
  EXPECT_EQ(first.stored, 0u);
  EXPECT_EQ(first.rejected, 1u);
  fetcher_.Serve("https://news.example/4", Article("4"), "text/html");
  const JobReport second = Poll(Feed());
  EXPECT_EQ(second.stored, 1u);
  EXPECT_EQ(Documents(), 1);
}

TEST_F(WebSourceJobTest, AFeedItemTakesTheItemsTitleAuthorAndDateWhenTheContentHasNone) {
  fetcher_.Serve(kFeedUrl, Rss(ItemWithContent("5")), "application/rss+xml");
  ASSERT_EQ(Poll(Feed()).stored, 1u);
  Result<std::vector<StoredRecord>> records = store_->RecordsAfter(0, 10);
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 1u);
  const Record& r = records->front().record;
  EXPECT_EQ(r.title.value_or(""), "Title 5");
  EXPECT_EQ(r.author.value_or(""), "Ann Lee");
  EXPECT_EQ(r.published_at.value_or("").substr(0, 10), "2024-12-03");
  EXPECT_EQ(r.url.value_or(""), "https://news.example/5");
  EXPECT_EQ(r.source, "news");
}

TEST_F(WebSourceJobTest, APermanentRedirectOfTheFeedIsReportedAsItsNewAddress) {
  HttpResponse moved;
  moved.status = 200;
  moved.url = "https://news.example/new-feed.xml";
  moved.permanent_url = "https://news.example/new-feed.xml";
  moved.content_type = "application/rss+xml";
  moved.body = Rss(ItemWithContent("6"));
  fetcher_.Serve(kFeedUrl, moved);
  const JobReport report = Poll(Feed());
  EXPECT_EQ(report.moved_to, "https://news.example/new-feed.xml");
  EXPECT_EQ(report.stored, 1u);
}

}  // namespace
}  // namespace corpusd
