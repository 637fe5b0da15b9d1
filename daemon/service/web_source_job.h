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
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/daemon_config.h"
#include "daemon/fetch/http_fetcher.h"
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
    bool back = false;
    bool transient = false;  // failed in a way worth trying again next poll
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
  bool dispatched_ = false;
  bool finished_ = false;
  bool stop_fetching_ = false;  // the daemon is stopping: no transfer is waited for
  std::string validators_url_;
  HttpValidators validators_;
  JobReport report_;
};

}  // namespace corpusd
