// One poll of a network source, asynchronous: a feed, a page or a sitemap.
//
// The source's URL is fetched with the validators of the last poll (a 304
// ends the poll at once). A feed's items, or a sitemap's URLs, not seen
// before become documents: an item's full content (content:encoded, Atom
// content, JSON Feed content_html) goes through the HTML extractor in
// fragment mode; an item without it, or every item when the source says
// fetch_articles = "always", has its link fetched (robots.txt asked first)
// and its article extracted. A page source's page is the document. A page
// given as a feed source is searched for <link rel="alternate"> feeds.
// Documents and the items they came from are stored in one transaction, then
// the validators. Item links are untrusted (no private addresses), the
// source's own URL is trusted.
//
// In a fleet, a feed item whose link is on another node's site is not
// fetched here but left for that node (Corpus::HandOffItem); that node runs
// the same job on the items left for it (TakeHandOffs) with the source's
// settings, instead of polling the source.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/daemon_config.h"
#include "daemon/fetch/http_fetcher.h"
#include "daemon/ingest/document_builder.h"
#include "daemon/ingest/ingest_input.h"
#include "daemon/ingest/store_line_memory.h"
#include "daemon/service/source_job.h"
#include "parsers/dates/date_normalizer.h"
#include "parsers/document_pipeline.h"
#include "parsers/feeds/feed_parser.h"
#include "parsers/feeds/sitemap_parser.h"
#include "parsers/text/boilerplate_rules.h"

namespace corpusd {

class WebSourceJob final : public SourceJob, public std::enable_shared_from_this<WebSourceJob> {
 public:
  static constexpr std::size_t kMaxItemsPerPoll = 200;  // the rest in the next poll
  static constexpr std::size_t kMaxChildSitemaps = 20;  // of a sitemap index, per poll

  // `source.url` is the address to poll now (after permanent redirects).
  WebSourceJob(JobContext context, SourceConfig source, ImportSettings settings,
               std::shared_ptr<const BoilerplateRules> rules,
               std::function<void(const JobReport&)> done);

  // Before Start(): instead of polling the source, fetches these items, left
  // for this node by the node that read the source. Each is stored or refused
  // and its hand-off dropped in the same transaction; after a failure worth
  // trying again it is postponed (kHandOffRetryBase, doubling), and after
  // kHandOffTries such failures refused.
  void TakeHandOffs(const std::vector<HandedOffItem>& items);
  static constexpr std::chrono::seconds kHandOffRetryBase{60};
  static constexpr int kHandOffTries = 10;

  void Start() override;
  void FinishNow() override;
  void StopFetching() override;

 private:
  struct Item {
    std::string key;  // identity in seen_items; empty: not remembered (a page source)
    std::string url;  // the item's link; after a fetch, where it led
    // What is built: a feed item's content, or the fetched page, with the
    // item's title, author and date as outside metadata.
    IngestInput input;
    bool fetch = false;  // the link is to be fetched first
    Result<BuiltDocument> built = Status::Internal("not built");
    PackedRaw raw;  // the raw bytes packed for the corpus, beside `built`
    bool back = false;
    bool transient = false;  // failed in a way worth trying again next poll
    unsigned hand_to = 0;    // another node owns the link's site: left for it
    int handed_tries = -1;   // left for this node (its tries so far); -1: not
  };

  void FetchSource(const std::string& url, bool discovered);
  void OnSource(const std::string& url, bool discovered, Result<HttpResponse> response);
  bool TakeFeed(const HttpResponse& response, bool discovered);
  void TakeSitemap(const HttpResponse& response);
  void OnChildSitemap(Result<HttpResponse> response);
  void TakeSitemapUrls(const Sitemap& sitemap);
  void Dispatch();
  void FetchItem(std::size_t index);
  void Build(std::size_t index);
  void ItemBack(std::size_t index);
  void Store();
  void StoreLocked();
  // An item for another node: left for it; false when that failed (the item
  // is not remembered and the feed is read again in full at the next poll).
  bool HandOff(const Item& item, const std::string& now);
  // An item left for this node that failed in a way worth trying again.
  void Postpone(const Item& item);
  void Finish();
  HttpRequest LinkRequest(const std::string& url) const;
  // The key of `url`'s validators in the corpus: the URL, or for a sitemap
  // in a fleet the URL with this node's share.
  std::string ValidatorsKey(const std::string& url) const;

  JobContext context_;
  SourceConfig source_;
  ImportSettings settings_;
  std::shared_ptr<const BoilerplateRules> rules_;
  std::function<void(const JobReport&)> done_;
  StoreLineMemory memory_;
  LockedLineMemory locked_memory_;
  PipelineOptions options_;
  DateContext dates_;
  std::string source_host_;

  std::vector<Item> items_;
  std::size_t outstanding_ = 0;
  std::size_t building_ = 0;  // items whose bytes are being made into documents
  std::size_t child_sitemaps_ = 0;
  bool handed_ = false;  // working items left for this node (TakeHandOffs)
  bool dispatched_ = false;
  bool finished_ = false;
  bool stop_fetching_ = false;  // the daemon is stopping: no transfer is waited for
  std::string validators_url_;
  HttpValidators validators_;
  JobReport report_;
};

}  // namespace corpusd
