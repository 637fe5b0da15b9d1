#include "daemon/service/web_source_job.h"

#include <algorithm>
#include <boost/asio/post.hpp>
#include <map>
#include <utility>

#include "daemon/fetch/robots_cache.h"
#include "daemon/ingest/document_builder.h"
#include "daemon/ingest/source_pipeline.h"
#include "daemon/log.h"
#include "parsers/encodings/charset_prescan.h"
#include "parsers/encodings/content_sniffer.h"
#include "parsers/encodings/text_decoder.h"
#include "parsers/feeds/feed_discovery.h"
#include "parsers/html/html_document.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

std::string HttpReason(long status) {
  switch (status) {
    case 404:
      return "HTTP 404 Not Found";
    case 410:
      return "HTTP 410 Gone";
    case 429:
      return "HTTP 429 Too Many Requests";
    case 503:
      return "HTTP 503 Service Unavailable";
    default:
      return "HTTP " + std::to_string(status);
  }
}

// Worth trying again at the next poll: the server or the network failed,
// not the document.
bool IsTransientStatus(long status) { return status == 408 || status == 429 || status >= 500; }

}  // namespace

WebSourceJob::WebSourceJob(JobContext context, SourceConfig source, ImportSettings settings,
                           std::shared_ptr<const BoilerplateRules> rules,
                           std::function<void(const JobReport&)> done)
    : context_(context),
      source_(std::move(source)),
      settings_(std::move(settings)),
      rules_(std::move(rules)),
      done_(std::move(done)),
      memory_(context.store, settings_.source),
      locked_memory_(memory_, context.store_mutex),
      source_host_(UrlHost(source_.url)) {
  options_ = SourcePipelineOptions(settings_, *rules_, &locked_memory_);
  dates_ = options_.dates;
}

void WebSourceJob::TakeHandOffs(const std::vector<HandedOffItem>& items) {
  handed_ = true;
  for (const HandedOffItem& h : items) {
    Item item;
    item.key = h.item.key;
    item.url = h.item.url;
    item.fetch = true;
    item.handed_tries = h.tries;
    item.input.outside.url = h.item.url;
    item.input.outside.title = h.title;
    item.input.outside.author = h.author;
    if (!h.published.empty()) item.input.outside.published = NormalizeDate(h.published, dates_);
    items_.push_back(std::move(item));
  }
}

void WebSourceJob::Start() {
  options_.not_after = LatestPlausibleDay(context_.clock.Now());
  if (handed_) {
    Dispatch();
    return;
  }
  FetchSource(source_.url, /*discovered=*/false);
}

void WebSourceJob::FetchSource(const std::string& url, bool discovered) {
  HttpRequest request;
  request.url = url;
  {
    std::lock_guard lock(context_.store_mutex);
    Result<HttpValidators> v = context_.store.LoadValidators(ValidatorsKey(url));
    if (v.ok()) {
      request.etag = v->etag;
      request.last_modified = v->last_modified;
    }
  }
  context_.fetcher->Fetch(
      request, [self = shared_from_this(), url, discovered](Result<HttpResponse> response) {
        self->OnSource(url, discovered, std::move(response));
      });
}

void WebSourceJob::OnSource(const std::string& url, bool discovered,
                            Result<HttpResponse> response) {
  if (finished_) return;
  if (!response.ok()) {
    report_.error = url + ": " + response.status().message();
    Finish();
    return;
  }
  const long status = response->status;
  if (status == 304) {  // not modified since the last poll
    Finish();
    return;
  }
  if (status == 410) {
    report_.park = url + ": " + HttpReason(status);
    Finish();
    return;
  }
  if (status < 200 || status >= 300) {
    report_.error = url + ": " + HttpReason(status);
    if (response->retry_after) report_.retry_after = response->retry_after;
    Finish();
    return;
  }
  if (!discovered && !response->permanent_url.empty()) report_.moved_to = response->permanent_url;
  validators_url_ = ValidatorsKey(url);
  validators_ = {response->etag, response->last_modified};

  switch (source_.type) {
    case SourceType::kFeed:
      if (!TakeFeed(*response, discovered)) return;  // fetching the discovered feed
      break;
    case SourceType::kSitemap:
      TakeSitemap(*response);
      if (child_sitemaps_ > 0) return;  // waiting for them
      break;
    case SourceType::kPage:
    case SourceType::kDirectory: {
      Item page;
      page.url = response->url;
      page.input = HttpBodyInput(std::move(response->body), response->url, response->content_type);
      items_.push_back(std::move(page));
      break;
    }
  }
  Dispatch();
}

// False when the response was a page naming its feed, now being fetched.
bool WebSourceJob::TakeFeed(const HttpResponse& response, bool discovered) {
  Result<Feed> feed = ParseFeed(response.body, response.url, dates_, response.content_type);
  if (!feed.ok()) {
    const SniffResult sniff = SniffContent(response.body, response.content_type, "");
    if (!discovered && sniff.kind == ContentKind::kHtml) {
      Result<DecodedText> decoded =
          DecodeText(response.body, {ContentTypeCharset(response.content_type).value_or(""), true});
      if (decoded.ok()) {
        HtmlDocument page(decoded->utf8);
        std::vector<std::string> feeds = DiscoverFeeds(page, response.url);
        if (!feeds.empty()) {
          LogInfo("source " + source_.name + ": " + response.url + " is a page; its feed is " +
                  feeds.front());
          report_.moved_to = feeds.front();  // poll the feed itself from now on
          validators_url_.clear();
          FetchSource(feeds.front(), /*discovered=*/true);
          return false;
        }
      }
    }
    report_.error = response.url + ": " + feed.status().message();
    return true;
  }
  if (!feed->xml_error.empty()) {
    LogWarning("source " + source_.name + ": " + response.url +
               ": broken XML read in recovery "
               "mode (" +
               feed->xml_error + "); " + std::to_string(feed->items.size()) + " items recovered");
  }
  // Keys: the feed's ids, unless they repeat within the feed (a broken
  // generator): then the links, which identify items as well.
  std::map<std::string, int> counts;
  for (const FeedItem& f : feed->items) ++counts[FeedItemKey(f)];
  bool bad_ids = false;
  for (const auto& [key, n] : counts) bad_ids = bad_ids || n > 1;
  if (bad_ids) {
    LogWarning("source " + source_.name +
               ": the feed's item ids repeat; items are told apart "
               "by their links");
  }
  for (const FeedItem& f : feed->items) {
    Item item;
    if (bad_ids) {
      FeedItem without_id = f;
      without_id.id.clear();
      item.key = FeedItemKey(without_id);
    } else {
      item.key = FeedItemKey(f);
    }
    item.url = f.link;
    const bool has_content = !f.content_html.empty() || !f.content_text.empty();
    const bool can_fetch = IsHttpUrl(f.link);
    using Fetch = SourceConfig::FetchArticles;
    if (can_fetch && (source_.fetch_articles == Fetch::kAlways ||
                      (source_.fetch_articles == Fetch::kAuto && !has_content))) {
      item.fetch = true;
      item.input.outside = FeedItemMetadata(f);
      // In a fleet, a link to another node's site is that node's to fetch.
      const SiteShare* share = context_.share;
      if (share != nullptr && !share->TakesUrl(f.link)) {
        item.hand_to = SiteShare::OwnerOf(SiteShare::SiteOf(f.link), share->shard().count);
      }
    } else {
      item.input = FeedItemInput(f, f.link.empty() ? item.key : f.link, /*with_summary=*/true);
    }
    items_.push_back(std::move(item));
  }
  return true;
}

void WebSourceJob::TakeSitemap(const HttpResponse& response) {
  Result<Sitemap> sitemap = ParseSitemap(response.body, response.url, dates_);
  if (!sitemap.ok()) {
    report_.error = response.url + ": " + sitemap.status().message();
    return;
  }
  TakeSitemapUrls(*sitemap);
  for (const std::string& child : sitemap->sitemaps) {
    if (child_sitemaps_ >= kMaxChildSitemaps) {
      report_.more = true;
      break;
    }
    ++child_sitemaps_;
    HttpRequest request = LinkRequest(child);
    context_.fetcher->Fetch(request, [self = shared_from_this()](Result<HttpResponse> r) {
      self->OnChildSitemap(std::move(r));
    });
  }
}

void WebSourceJob::OnChildSitemap(Result<HttpResponse> response) {
  if (finished_) return;
  if (!response.ok()) {
    LogWarning("source " + source_.name + ": " + response.status().message());
  } else if (response->status != 200) {
    LogWarning("source " + source_.name + ": " + response->url + ": " +
               HttpReason(response->status));
  } else if (Result<Sitemap> child = ParseSitemap(response->body, response->url, dates_);
             child.ok()) {
    TakeSitemapUrls(*child);  // an index within an index is not followed
  } else {
    LogWarning("source " + source_.name + ": " + response->url + ": " + child.status().message());
  }
  if (--child_sitemaps_ == 0) Dispatch();
}

void WebSourceJob::TakeSitemapUrls(const Sitemap& sitemap) {
  for (const SitemapUrl& u : sitemap.urls) {
    if (!IsHttpUrl(u.loc)) continue;
    // In a fleet every node reads the sitemap and fetches its own sites' URLs.
    if (context_.share != nullptr && !context_.share->TakesUrl(u.loc)) continue;
    Item item;
    item.key = u.loc;
    item.url = u.loc;
    item.input.outside.url = u.loc;
    item.input.outside.title = u.title;
    item.input.outside.published = u.published_at ? u.published_at : u.lastmod;
    item.fetch = true;
    items_.push_back(std::move(item));
  }
}

std::string WebSourceJob::ValidatorsKey(const std::string& url) const {
  // In a fleet every node reads a sitemap for its own share of the pages: a
  // 304 to one node says nothing of what another has taken, so each keeps
  // its own validators (under a fragment, which is never sent).
  const SiteShare* share = context_.share;
  if (source_.type != SourceType::kSitemap || share == nullptr || share->shard().count <= 1) {
    return url;
  }
  return url.substr(0, url.find('#')) + "#corpusd-shard=" + ShardName(share->shard());
}

HttpRequest WebSourceJob::LinkRequest(const std::string& url) const {
  HttpRequest request;
  request.url = url;
  request.untrusted = !context_.allow_private_links;
  request.trusted_host = source_host_;
  return request;
}

void WebSourceJob::Dispatch() {
  if (finished_) return;
  dispatched_ = true;
  {
    // Items already dealt with are dropped; the rest, up to the cap, stay.
    // What the corpus knows of them is asked at once (a database server
    // answers a round trip, not an item, at a time).
    std::lock_guard lock(context_.store_mutex);
    // An item left for this node is marked seen ("handed_off") already.
    const auto asks_seen = [](const Item& item) {
      return !item.key.empty() && item.handed_tries < 0;
    };
    std::vector<std::string> keys;
    for (const Item& item : items_) {
      if (asks_seen(item)) keys.push_back(item.key);
    }
    Result<std::vector<bool>> seen = context_.store.SeenItems(source_.name, keys);
    // The same article reached through another feed or source.
    std::vector<std::string> urls;
    for (std::size_t i = 0, k = 0; seen.ok() && i < items_.size(); ++i) {
      const Item& item = items_[i];
      if (item.key.empty() || (asks_seen(item) && (*seen)[k++])) continue;
      if (!item.url.empty()) urls.push_back(item.url);
    }
    Result<std::vector<std::int64_t>> stored =
        seen.ok() ? context_.store.DocumentsWithUrls(urls) : seen.status();
    if (!stored.ok()) {
      report_.error = stored.status().message();
      items_.clear();
    }
    std::vector<Item> fresh;
    std::size_t next_key = 0, next_url = 0;
    for (Item& item : items_) {
      if (!item.key.empty()) {
        if (asks_seen(item) && (*seen)[next_key++]) continue;
        if (!item.url.empty()) {
          const std::int64_t earlier = (*stored)[next_url++];
          Status s;
          if (earlier != 0) {
            s = context_.store.RecordDuplicateItem({source_.name, item.key, item.url}, earlier,
                                                   FormatUtcTimestamp(context_.clock.Now()));
            if (s.ok() && item.handed_tries >= 0) s = context_.store.DropHandOff(item.url);
            if (s.ok()) {
              ++report_.duplicates;
              continue;
            }
          }
          if (!s.ok()) {
            report_.error = s.message();
            break;
          }
        }
      }
      if (fresh.size() >= kMaxItemsPerPoll) {
        report_.more = true;
        break;
      }
      fresh.push_back(std::move(item));
    }
    items_ = std::move(fresh);
  }
  if (items_.empty()) {
    Store();
    return;
  }
  outstanding_ = items_.size();
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (items_[i].hand_to != 0) {
      ItemBack(i);  // left for its node when stored
    } else if (items_[i].fetch) {
      FetchItem(i);
    } else {
      Build(i);
    }
  }
}

void WebSourceJob::FetchItem(std::size_t index) {
  const HttpRequest request = LinkRequest(items_[index].url);
  context_.robots->Check(
      request.url, request, [self = shared_from_this(), index, request](bool allowed) {
        if (self->finished_ || self->stop_fetching_) return;
        if (!allowed) {
          self->items_[index].built = Status::Unsupported("disallowed by robots.txt");
          self->ItemBack(index);
          return;
        }
        self->context_.fetcher->Fetch(request, [self, index](Result<HttpResponse> response) {
          if (self->finished_ || self->stop_fetching_) return;
          Item& item = self->items_[index];
          if (!response.ok()) {
            item.built = response.status();
            item.transient = response.status().code() == Status::Code::kIoError;  // the network
            self->ItemBack(index);
            return;
          }
          if (response->status != 200) {
            item.built = Status::InvalidInput(HttpReason(response->status));
            item.transient = IsTransientStatus(response->status);
            self->ItemBack(index);
            return;
          }
          OutsideMetadata outside = std::move(item.input.outside);
          outside.url = response->url;
          item.input =
              HttpBodyInput(std::move(response->body), response->url, response->content_type);
          item.input.outside = std::move(outside);
          item.url = response->url;
          self->Build(index);
        });
      });
}

void WebSourceJob::Build(std::size_t index) {
  ++building_;
  boost::asio::post(context_.pool, [self = shared_from_this(), index] {
    Item& item = self->items_[index];
    item.input.raw.source = self->settings_.source;
    Result<BuiltDocument> built = BuildIngested(item.input, self->options_);
    PackedRaw packed = built.ok() ? PackRaw(std::move(item.input.raw.bytes)) : PackedRaw{};
    boost::asio::post(self->context_.loop, [self, index, built = std::move(built),
                                            packed = std::move(packed)]() mutable {
      --self->building_;
      if (self->finished_) return;
      self->items_[index].built = std::move(built);
      self->items_[index].raw = std::move(packed);
      self->ItemBack(index);
      // Stopping: the last document that had its bytes is in; store and report.
      if (self->stop_fetching_ && self->building_ == 0) self->Store();
    });
  });
}

void WebSourceJob::StopFetching() {
  if (finished_) return;
  stop_fetching_ = true;
  if (building_ == 0) FinishNow();
}

void WebSourceJob::ItemBack(std::size_t index) {
  items_[index].back = true;
  if (--outstanding_ == 0) Store();
}

void WebSourceJob::FinishNow() {
  if (finished_) return;
  if (dispatched_) {
    Store();
  } else {
    Finish();
  }
}

void WebSourceJob::Store() {
  if (finished_) return;
  {
    std::lock_guard lock(context_.store_mutex);
    StoreLocked();
  }
  Finish();  // after the lock: the daemon writes the source's state then
}

void WebSourceJob::StoreLocked() {
  const std::string now = FormatUtcTimestamp(context_.clock.Now());
  bool retry_later = false;
  std::vector<PendingDocument> batch;
  std::vector<std::string> labels;  // what each batch entry came from, for the log
  std::vector<const Item*> rejected;
  for (Item& item : items_) {
    if (!item.back) continue;
    if (item.hand_to != 0) {
      if (!HandOff(item, now)) retry_later = true;
      continue;
    }
    if (!item.built.ok()) {
      if (item.transient && item.handed_tries >= 0 && item.handed_tries + 1 < kHandOffTries) {
        Postpone(item);
      } else if (item.transient && item.handed_tries < 0) {
        retry_later = true;  // not remembered: tried again at the next poll
      } else if (!item.key.empty()) {
        rejected.push_back(&item);
      }
      report_.Reject(item.built.status());
      LogWarning("source " + source_.name + ": " + (item.url.empty() ? item.key : item.url) + ": " +
                 item.built.status().message());
      continue;
    }
    EntryOrigin origin;
    if (!item.key.empty()) origin.item = ItemOrigin{source_.name, item.key, item.url};
    origin.handed_off = item.handed_tries >= 0;
    labels.push_back(item.url.empty() ? item.key : item.url);
    batch.push_back(BatchEntry(std::move(*item.built), std::move(item.raw), now, origin));
  }
  if (!batch.empty()) {
    Result<std::vector<AppendOutcome>> outcomes = context_.store.AppendBatch(batch);
    if (!outcomes.ok()) {
      report_.error = outcomes.status().message();
      return;
    }
    for (std::size_t i = 0; i < outcomes->size(); ++i) {
      const AppendOutcome& o = (*outcomes)[i];
      ++(o.duplicate ? report_.duplicates : report_.stored);
      LogInfo("source " + source_.name + ": " + labels[i] + " -> " + DescribeOutcome(o));
    }
  }
  for (const Item* item : rejected) {
    Status s = context_.store.RecordRejectedItem({source_.name, item->key, item->url},
                                                 item->built.status().message(), now);
    if (s.ok() && item->handed_tries >= 0) s = context_.store.DropHandOff(item->url);
    if (!s.ok()) LogError("source " + source_.name + ": remembering an item: " + s.message());
  }
  // Validators last, and only when the whole response has been dealt with:
  // otherwise the next poll must fetch it in full, not hear "not modified".
  const bool complete = outstanding_ == 0 && !report_.more && !retry_later;
  if (complete && !validators_url_.empty() &&
      (!validators_.etag.empty() || !validators_.last_modified.empty())) {
    if (Status s = context_.store.SaveValidators(validators_url_, validators_, now); !s.ok()) {
      LogError("source " + source_.name + ": saving validators: " + s.message());
    }
  }
}

bool WebSourceJob::HandOff(const Item& item, const std::string& now) {
  HandedOffItem h;
  h.item = ItemOrigin{source_.name, item.key, item.url};
  h.site = SiteShare::SiteOf(item.url);
  h.owner = static_cast<int>(item.hand_to);
  h.shards = static_cast<int>(context_.share->shard().count);
  h.title = item.input.outside.title;
  h.author = item.input.outside.author;
  if (item.input.outside.published) h.published = item.input.outside.published->iso;
  h.handed_at = now;
  const std::string node = std::to_string(h.owner) + "/" + std::to_string(h.shards);
  if (Status s = context_.store.HandOffItem(h); !s.ok()) {
    LogError("source " + source_.name + ": " + item.url + ": leaving it for node " + node + ": " +
             s.message());
    return false;
  }
  ++report_.handed_off;
  LogInfo("source " + source_.name + ": " + item.url + " -> left for node " + node);
  return true;
}

void WebSourceJob::Postpone(const Item& item) {
  const int doublings = std::min(item.handed_tries, 10);
  const auto due = context_.clock.Now() + kHandOffRetryBase * (1 << doublings);
  if (Status s = context_.store.PostponeHandOff(item.url, FormatUtcTimestamp(due)); !s.ok()) {
    LogError("source " + source_.name + ": " + item.url + ": " + s.message());
  }
}

void WebSourceJob::Finish() {
  if (finished_) return;
  finished_ = true;
  done_(report_);
}

}  // namespace corpusd
