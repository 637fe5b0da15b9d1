#include "daemon/fetch/robots_cache.h"

#include <optional>
#include <utility>

#include "parsers/web/url.h"

namespace corpusd {
namespace {

constexpr std::chrono::hours kKeep{24};
constexpr std::chrono::minutes kKeepUnreachable{10};

}  // namespace

RobotsCache::RobotsCache(HttpFetcher& fetcher, const Clock& clock, std::string product_token)
    : fetcher_(fetcher), clock_(clock), token_(std::move(product_token)) {}

std::string RobotsCache::Origin(const std::string& url) {
  std::optional<UrlParts> parts = SplitUrl(url);
  if (!parts || (parts->scheme != "http" && parts->scheme != "https") || parts->host.empty()) {
    return {};
  }
  return parts->scheme + "://" + parts->host + (parts->port.empty() ? "" : ":" + parts->port);
}

std::string RobotsCache::PathAndQuery(const std::string& url) {
  std::optional<UrlParts> parts = SplitUrl(url);
  return parts ? parts->path_and_query : "/";
}

void RobotsCache::Answer(Entry& entry, const std::string& path,
                         const std::function<void(bool)>& done) const {
  if (entry.disallow_all) {
    done(false);
  } else {
    done(!entry.rules || entry.rules->Allowed(path));
  }
}

void RobotsCache::Check(const std::string& url, const HttpRequest& request,
                        std::function<void(bool allowed)> done) {
  const std::string origin = Origin(url);
  if (origin.empty()) {
    done(false);
    return;
  }
  Entry& entry = entries_[origin];
  const std::string path = PathAndQuery(url);
  if (entry.pending) {
    entry.waiting.emplace_back(path, std::move(done));
    return;
  }
  if (entry.expires > clock_.Now()) {
    Answer(entry, path, done);
    return;
  }
  entry.pending = true;
  entry.waiting.emplace_back(path, std::move(done));
  HttpRequest robots = request;
  robots.url = origin + "/robots.txt";
  robots.etag.clear();
  robots.last_modified.clear();
  fetcher_.Fetch(robots, [this, origin](Result<HttpResponse> response) {
    Entry& e = entries_[origin];
    e.pending = false;
    e.rules.reset();
    e.disallow_all = false;
    e.expires = clock_.Now() + kKeep;
    if (!response.ok() && response.status().code() != Status::Code::kIoError) {
      // Not the site's answer but ours (an address refused for this link, a
      // file too large): nothing is learnt, and the page's own fetch meets
      // the same reason.
      e.expires = {};
    } else if (!response.ok() || response->status >= 500) {
      e.disallow_all = true;  // unreachable: everything forbidden, for a while
      e.expires = clock_.Now() + kKeepUnreachable;
    } else if (response->status >= 200 && response->status < 300) {
      e.rules = ParseRobotsTxt(response->body, token_);
    }
    std::vector<std::pair<std::string, std::function<void(bool)>>> waiting;
    waiting.swap(e.waiting);
    for (const auto& [path, callback] : waiting) Answer(e, path, callback);
  });
}

}  // namespace corpusd
