// robots.txt per site (scheme, host and port), fetched on first need and
// kept for a day, the most RFC 9309 allows. Page fetches ask it first; feeds
// and sitemaps named in the config are fetched as the admin wrote them.
// RFC 9309: a robots.txt that is missing (4xx) allows everything; one that
// cannot be had (5xx, network errors) forbids everything, for a while.
// Lives on the event loop's thread.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "daemon/fetch/http_fetcher.h"
#include "parsers/web/robots_txt.h"

namespace corpusd {

class RobotsCache {
 public:
  // `fetcher` and `clock` outlive the cache.
  RobotsCache(HttpFetcher& fetcher, const Clock& clock, std::string product_token = "corpusd");

  // Calls `done` with whether `url` may be fetched: at once when the site's
  // rules are known, else once they are (on the event loop's thread).
  // `request` carries how the site may be reached (untrusted links).
  void Check(const std::string& url, const HttpRequest& request,
             std::function<void(bool allowed)> done);

  // "https://example.org:8443" and "/path?query" of a URL (parsers/web/url.h);
  // empty origin for anything but http(s).
  static std::string Origin(const std::string& url);
  static std::string PathAndQuery(const std::string& url);

 private:
  struct Entry {
    std::optional<RobotsRules> rules;  // none: everything allowed
    bool disallow_all = false;
    std::chrono::system_clock::time_point expires;
    bool pending = false;
    std::vector<std::pair<std::string, std::function<void(bool)>>> waiting;
  };
  void Answer(Entry& entry, const std::string& path, const std::function<void(bool)>& done) const;

  HttpFetcher& fetcher_;
  const Clock& clock_;
  std::string token_;
  std::map<std::string, Entry> entries_;
};

}  // namespace corpusd
