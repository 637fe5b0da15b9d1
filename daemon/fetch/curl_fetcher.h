// The HttpFetcher the daemon uses: libcurl's multi interface on one
// dedicated thread. The only file pair that includes curl/curl.h for
// fetching (parsers/web/url.cc wraps curl's URL API on its own).
//
// Why a thread of its own rather than curl driven by the Asio loop: gluing
// curl's socket callbacks to Asio is fiddly enough that curl removed its own
// Asio example for being wrong. Here the glue is a queue and a wake-up:
// Fetch() (any thread) appends to a locked queue and calls
// curl_multi_wakeup(); the curl thread sleeps in curl_multi_poll(), starts
// what the politeness limits allow, drives the transfers, and hands each
// result to `post`, which the daemon makes an asio::post to its loop. Every
// libcurl call but curl_multi_wakeup() happens on the curl thread.
//
// Queue: requests wait in arrival order until a global slot and a slot of
// their site are free and the site's delay has passed (daemon/fetch/site_limiter.h,
// fed the steady clock). Order is kept per site; a busy site does not hold up
// the others. A request keeps its slots across its redirect hops; only its
// first start counts for the delay.
//
// Redirects are followed here, not by curl (CURLOPT_FOLLOWLOCATION is off):
// every hop's scheme is checked (http and https only), every hop of an
// untrusted request gets the address check, and the 301/308-only chains are
// told apart for permanent_url. The total timeout covers the whole chain.
//
// Address check, for untrusted requests on hops whose host is not the
// trusted host: a literal IP host is checked before anything is sent; the
// addresses curl connects to are checked as the socket opens
// (CURLOPT_OPENSOCKETFUNCTION: a refused address is never connected to), and
// again before each request is sent (CURLOPT_PREREQFUNCTION: a connection
// reused from an earlier, trusted request is checked too). Behind a proxy
// (http_proxy, https_proxy, no_proxy from the environment, as curl reads
// them) the address seen is the proxy's: a proxy on a private address makes
// untrusted fetches fail (unless allow_private_links), and what they reach
// beyond it is the proxy's policy.
//
// The injected clock is read only to turn a Retry-After HTTP-date into
// seconds; the politeness delays use the steady clock.
//
// Destruction: stops the curl thread and aborts every transfer (queued,
// running or finished but not yet delivered). No callback is called once
// destruction begins: callbacks of cancelled requests are dropped without a
// call, including results already posted but not yet run. For that
// guarantee destroy the fetcher on the executor's thread (or after the
// executor stopped), and before the executor. The fetcher holds no work on
// the executor: keep it running (a work guard, a signal set) while fetches
// are pending.
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include "core/clock.h"
#include "daemon/fetch/http_fetcher.h"

namespace corpusd {

class CurlFetcher final : public HttpFetcher {
 public:
  // Runs `f` on the executor's thread, e.g.
  // [&loop](auto f) { boost::asio::post(loop, std::move(f)); }. Thread-safe.
  using Post = std::function<void(std::function<void()>)>;

  // `clock` outlives the fetcher.
  CurlFetcher(FetchSettings settings, const Clock& clock, Post post);
  // With the system clock.
  CurlFetcher(FetchSettings settings, Post post);
  ~CurlFetcher() override;
  CurlFetcher(const CurlFetcher&) = delete;
  CurlFetcher& operator=(const CurlFetcher&) = delete;

  // Thread-safe; never blocks on the network.
  void Fetch(HttpRequest request, Callback done) override;

 private:
  class Engine;  // the curl thread and everything it owns
  std::unique_ptr<Engine> engine_;
};

}  // namespace corpusd
