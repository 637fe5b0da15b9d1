// Fetching feeds and pages over HTTP(S): the requests, the responses, the
// settings, and the interface the daemon's jobs use (daemon/fetch/curl_fetcher.h
// implements it; tests may fake it).
//
// A transport failure (DNS, refused connection, timeout, slow drip, a body
// over the limit, too many redirects, a refused address, a non-http scheme)
// is an error Status with a one-line reason. Any HTTP status (200, 304, 404,
// 410, 429, 500...) is a response: what to make of it is the caller's call.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/status.h"

namespace corpusd {

struct HttpRequest {
  std::string url;            // absolute http:// or https://
  std::string etag;           // sent as If-None-Match when not empty
  std::string last_modified;  // sent as If-Modified-Since when not empty
  // Links found in feeds are untrusted: by default they may not lead, on any
  // redirect hop, to a loopback, private, link-local, unique-local,
  // unspecified or multicast address (daemon/fetch/address_policy.h), except on
  // `trusted_host` (the feed's own host; exact, case-insensitive, any port).
  // Config sources are trusted as written.
  bool untrusted = false;
  std::string trusted_host;
};

struct HttpResponse {
  long status = 0;
  std::string url;            // the final URL, after redirects
  std::string permanent_url;  // the final URL when every redirect hop was 301 or 308: the
                              // address to store; empty otherwise (and without redirects)
  std::string content_type;   // the Content-Type header, as sent
  std::string etag;           // the ETag header, as sent (quotes included)
  std::string last_modified;  // the Last-Modified header, as sent
  // From Retry-After (seconds or an HTTP-date) on a 429 or 503; never negative.
  std::optional<std::chrono::seconds> retry_after;
  std::string body;  // decompressed (gzip, deflate, br, zstd); the bytes as sent otherwise
  int redirects = 0;
};

struct FetchSettings {
  std::string user_agent = "corpusd/0.1 (+https://github.com/corpusd)";
  std::chrono::milliseconds connect_timeout{10000};  // per connection, name lookup included
  std::chrono::milliseconds total_timeout{60000};    // per request, every redirect hop included
  // A transfer slower than low_speed_limit bytes/s for low_speed_time is
  // aborted (a server dripping bytes to hold the connection).
  long low_speed_limit = 64;
  std::chrono::seconds low_speed_time{20};
  // Cap on the decompressed body (gzip bombs); also on the Content-Length.
  std::uint64_t max_body_bytes = 64 << 20;
  int max_redirects = 5;
  unsigned max_in_flight = 16;      // never more requests in flight than this
  unsigned per_site_in_flight = 2;  // nor more to one site (daemon/fetch/registrable_domain.h)
  std::chrono::milliseconds per_site_delay{1000};  // least gap between starts to one site
  bool allow_private_links = false;                // lets untrusted links reach any address
};

class HttpFetcher {
 public:
  using Callback = std::function<void(Result<HttpResponse>)>;
  virtual ~HttpFetcher() = default;
  // Queues a fetch; `done` is called once, on the thread of the executor
  // given to the fetcher (the daemon's event loop), unless the fetcher is
  // destroyed first (see the implementation).
  virtual void Fetch(HttpRequest request, Callback done) = 0;
};

}  // namespace corpusd
