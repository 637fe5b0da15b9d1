// The curl fetcher against a local misbehaving server
// (tests/support/http_server.py), driven by an io_context on the test's
// thread, as the daemon drives it.
#include "daemon/fetch/curl_fetcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "tests/support/background_process.h"
#include "tests/support/http_test_server.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using namespace std::chrono_literals;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using testing::HttpTestServer;
using testing::LoggedRequest;
using ::testing::StartsWith;

constexpr std::int64_t kNow = 1'700'000'000;  // the fake wall clock's time

class CurlFetcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("no_proxy", "*", 1);  // a developer's proxy must not see the local server
    dir_.Write("files/hello.txt", "hello\n");
    server_ = std::make_unique<HttpTestServer>(CORPUSD_SOURCE_DIR "/tests/support/http_server.py",
                                               dir_ / "files", dir_ / "requests.jsonl");
    ASSERT_TRUE(server_->started());
    settings_.user_agent = "corpusd-test/1.0";
    settings_.connect_timeout = 5s;
    settings_.total_timeout = 20s;
    settings_.per_site_delay = 0ms;
  }

  // Made on first use, with settings_ as they are then.
  CurlFetcher& fetcher() {
    if (!fetcher_) {
      fetcher_ = std::make_unique<CurlFetcher>(settings_, clock_, [this](std::function<void()> f) {
        boost::asio::post(loop_, std::move(f));
      });
    }
    return *fetcher_;
  }

  // Fetches them all at once; runs the loop until every answer came.
  std::vector<Result<HttpResponse>> FetchAll(const std::vector<HttpRequest>& requests) {
    std::vector<std::optional<Result<HttpResponse>>> answers(requests.size());
    std::size_t answered = 0;
    auto work = boost::asio::make_work_guard(loop_);
    for (std::size_t i = 0; i < requests.size(); ++i) {
      fetcher().Fetch(requests[i], [&, i](Result<HttpResponse> r) {
        EXPECT_EQ(std::this_thread::get_id(), test_thread_);
        EXPECT_FALSE(answers[i]) << "answered twice";
        answers[i] = std::move(r);
        if (++answered == requests.size()) work.reset();
      });
    }
    loop_.restart();
    loop_.run_for(40s);
    std::vector<Result<HttpResponse>> out;
    for (auto& a : answers) out.push_back(a ? std::move(*a) : Status::Internal("no answer"));
    return out;
  }
  Result<HttpResponse> Fetch(HttpRequest request) { return std::move(FetchAll({request})[0]); }
  Result<HttpResponse> Get(std::string_view path, std::string_view host = "127.0.0.1") {
    return Fetch(Request(path, host));
  }
  HttpRequest Request(std::string_view path, std::string_view host = "127.0.0.1") const {
    HttpRequest r;
    r.url = server_->Url(path, host);
    return r;
  }
  // The requests the server got for `path` (exactly, query included).
  std::vector<LoggedRequest> Seen(std::string_view path) const {
    std::vector<LoggedRequest> out;
    for (LoggedRequest& r : server_->Requests()) {
      if (r.path == path) out.push_back(std::move(r));
    }
    return out;
  }
  int MaxConcurrency() {
    Result<HttpResponse> r = Get("/concurrency/max");
    return r.ok() ? std::atoi(r->body.c_str()) : -1;
  }

  ::corpusd::testing::TempDir dir_;
  std::unique_ptr<HttpTestServer> server_;
  FetchSettings settings_;
  FakeClock clock_{std::chrono::system_clock::from_time_t(kNow)};
  boost::asio::io_context loop_;
  std::unique_ptr<CurlFetcher> fetcher_;  // after loop_: destroyed before it
  const std::thread::id test_thread_ = std::this_thread::get_id();
};

TEST_F(CurlFetcherTest, FetchesAFileSendingTheUserAgentAndAcceptingCompression) {
  Result<HttpResponse> r = Get("/hello.txt");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "hello\n");
  EXPECT_EQ(r->content_type, "text/plain");
  EXPECT_EQ(r->url, server_->Url("/hello.txt"));
  EXPECT_EQ(r->permanent_url, "");
  EXPECT_EQ(r->redirects, 0);
  const std::vector<LoggedRequest> seen = Seen("/hello.txt");
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].headers.at("user-agent"), "corpusd-test/1.0");
  EXPECT_THAT(seen[0].headers.at("accept-encoding"), HasSubstr("gzip"));
  EXPECT_THAT(seen[0].headers.at("accept-encoding"), HasSubstr("br"));
  EXPECT_THAT(seen[0].headers.at("accept-encoding"), HasSubstr("zstd"));
  EXPECT_EQ(seen[0].headers.count("if-none-match"), 0u);
}

TEST_F(CurlFetcherTest, SendsValidatorsAndGets304) {
  Result<HttpResponse> first = Get("/etag");
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->status, 200);
  EXPECT_EQ(first->etag, "\"v1\"");
  EXPECT_EQ(first->last_modified, "Wed, 21 Oct 2015 07:28:00 GMT");

  HttpRequest again = Request("/etag");
  again.etag = first->etag;
  again.last_modified = first->last_modified;
  Result<HttpResponse> second = Fetch(again);
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(second->status, 304);
  EXPECT_EQ(second->body, "");

  HttpRequest by_date = Request("/etag");
  by_date.last_modified = first->last_modified;
  Result<HttpResponse> third = Fetch(by_date);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->status, 304);

  const std::vector<LoggedRequest> seen = Seen("/etag");
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0].headers.count("if-none-match"), 0u);
  EXPECT_EQ(seen[0].headers.count("if-modified-since"), 0u);
  EXPECT_EQ(seen[1].headers.at("if-none-match"), "\"v1\"");
  EXPECT_EQ(seen[1].headers.at("if-modified-since"), "Wed, 21 Oct 2015 07:28:00 GMT");
  EXPECT_EQ(seen[2].headers.count("if-none-match"), 0u);
}

TEST_F(CurlFetcherTest, HttpErrorStatusesAreResponses) {
  const auto results = FetchAll({Request("/status/500"), Request("/status/410"),
                                 Request("/no-such-file"), Request("/status/200")});
  const long expected[] = {500, 410, 404, 200};
  for (std::size_t i = 0; i < results.size(); ++i) {
    ASSERT_TRUE(results[i].ok()) << results[i].status().message();
    EXPECT_EQ(results[i]->status, expected[i]);
    EXPECT_FALSE(results[i]->retry_after);
  }
  EXPECT_EQ(results[1]->body, "status 410\n");
}

TEST_F(CurlFetcherTest, RetryAfterInSecondsOrAsAnHttpDate) {
  Result<HttpResponse> seconds = Get("/retry-after/429");
  ASSERT_TRUE(seconds.ok()) << seconds.status().message();
  EXPECT_EQ(seconds->status, 429);
  EXPECT_EQ(seconds->retry_after, std::chrono::seconds(7));
  // The date is read against the injected clock.
  Result<HttpResponse> date = Get("/retry-after/503?at=" + std::to_string(kNow + 90));
  ASSERT_TRUE(date.ok()) << date.status().message();
  EXPECT_EQ(date->status, 503);
  EXPECT_EQ(date->retry_after, std::chrono::seconds(90));
  Result<HttpResponse> past = Get("/retry-after/503?at=" + std::to_string(kNow - 90));
  ASSERT_TRUE(past.ok());
  EXPECT_EQ(past->retry_after, std::chrono::seconds(0));
}

TEST_F(CurlFetcherTest, FollowsRedirectsAndReportsPermanentOnesOnly) {
  const auto r = FetchAll({Request("/redirect/301/3"), Request("/redirect/308/1"),
                           Request("/redirect/302/2"), Request("/redirect/chain/301,308"),
                           Request("/redirect/chain/301,302,308"), Request("/redirect/chain/307")});
  for (const auto& one : r) {
    ASSERT_TRUE(one.ok()) << one.status().message();
    EXPECT_EQ(one->status, 200);
  }
  EXPECT_EQ(r[0]->redirects, 3);
  EXPECT_EQ(r[0]->url, server_->Url("/redirect/301/0"));
  EXPECT_EQ(r[0]->permanent_url, server_->Url("/redirect/301/0"));
  EXPECT_EQ(r[0]->body, "arrived\n");
  EXPECT_EQ(r[1]->permanent_url, server_->Url("/redirect/308/0"));
  EXPECT_EQ(r[2]->redirects, 2);
  EXPECT_EQ(r[2]->url, server_->Url("/redirect/302/0"));
  EXPECT_EQ(r[2]->permanent_url, "");
  EXPECT_EQ(r[3]->permanent_url, server_->Url("/redirect/chain/"));
  EXPECT_EQ(r[4]->redirects, 3);
  EXPECT_EQ(r[4]->permanent_url, "");
  EXPECT_EQ(r[5]->permanent_url, "");
}

TEST_F(CurlFetcherTest, ValidatorsGoWithEveryRedirectHop) {
  HttpRequest request = Request("/redirect/301/1");
  request.etag = "\"abc\"";
  ASSERT_TRUE(Fetch(request).ok());
  const auto seen = Seen("/redirect/301/0");
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].headers.at("if-none-match"), "\"abc\"");
}

TEST_F(CurlFetcherTest, ARedirectLoopStopsAtMaxRedirects) {
  settings_.max_redirects = 5;
  Result<HttpResponse> r = Get("/redirect/loop");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "too many redirects (more than 5)");
  EXPECT_EQ(Seen("/redirect/loop").size(), 6u);  // the request and 5 redirects
}

TEST_F(CurlFetcherTest, OnlyHttpAndHttpsAreFetched) {
  Result<HttpResponse> ftp = Get("/redirect/to-ftp");
  ASSERT_FALSE(ftp.ok());
  EXPECT_EQ(ftp.status().code(), Status::Code::kUnsupported);
  EXPECT_EQ(ftp.status().message(), "redirect to a non-http URL: ftp://127.0.0.1/file.txt");

  HttpRequest direct;
  direct.url = "ftp://127.0.0.1/file.txt";
  Result<HttpResponse> r = Fetch(direct);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "not an http or https URL: ftp://127.0.0.1/file.txt");
  direct.url = "file:///etc/passwd";
  EXPECT_EQ(Fetch(direct).status().code(), Status::Code::kUnsupported);
  direct.url = "not a URL\n";
  r = Fetch(direct);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "not a valid URL: not a URL?");
}

TEST_F(CurlFetcherTest, UntrustedLinksMayNotRedirectToLoopbackButTheTrustedHostMay) {
  const std::string port = std::to_string(server_->port());
  HttpRequest link = Request("/redirect-to-loopback?port=" + port, "localhost");
  link.untrusted = true;
  link.trusted_host = "localhost";  // the feed's own host; the redirect leaves it
  Result<HttpResponse> refused = Fetch(link);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().message(), "refused address 127.0.0.1 for an untrusted link");
  EXPECT_EQ(Seen("/").size(), 0u);  // never asked

  HttpRequest own = Request("/redirect-to-loopback?port=" + port, "127.0.0.1");
  own.untrusted = true;
  own.trusted_host = "127.0.0.1";
  Result<HttpResponse> allowed = Fetch(own);
  ASSERT_TRUE(allowed.ok()) << allowed.status().message();
  EXPECT_EQ(allowed->status, 200);
  EXPECT_EQ(allowed->url, server_->Url("/"));
  EXPECT_EQ(Seen("/").size(), 1u);
}

TEST_F(CurlFetcherTest, UntrustedLinksToLoopbackAreRefusedByNameAndByAddress) {
  HttpRequest literal = Request("/hello.txt", "127.0.0.1");
  literal.untrusted = true;
  Result<HttpResponse> r = Fetch(literal);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "refused address 127.0.0.1 for an untrusted link");
  // A name that resolves to loopback: refused as the socket opens.
  HttpRequest named = Request("/hello.txt", "localhost");
  named.untrusted = true;
  r = Fetch(named);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), StartsWith("refused address "));
  EXPECT_THAT(r.status().message(), EndsWith(" for an untrusted link"));
  EXPECT_EQ(Seen("/hello.txt").size(), 0u);
}

TEST_F(CurlFetcherTest, AReusedConnectionIsCheckedToo) {
  // A trusted request leaves a connection to localhost open; the untrusted
  // one that would reuse it is refused before anything is sent.
  Result<HttpResponse> trusted = Get("/hello.txt", "localhost");
  ASSERT_TRUE(trusted.ok()) << trusted.status().message();
  HttpRequest link = Request("/hello.txt", "localhost");
  link.untrusted = true;
  Result<HttpResponse> r = Fetch(link);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), EndsWith(" for an untrusted link"));
  EXPECT_EQ(Seen("/hello.txt").size(), 1u);
}

TEST_F(CurlFetcherTest, AllowPrivateLinksLetsUntrustedLinksThrough) {
  settings_.allow_private_links = true;
  HttpRequest link = Request("/hello.txt", "localhost");
  link.untrusted = true;
  Result<HttpResponse> r = Fetch(link);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->status, 200);
}

TEST_F(CurlFetcherTest, ASlowDripIsAbortedByTheLowSpeedLimit) {
  settings_.low_speed_time = 2s;
  const auto start = std::chrono::steady_clock::now();
  Result<HttpResponse> r = Get("/slow");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kIoError);
  EXPECT_THAT(r.status().message(), HasSubstr("too slow"));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 8s);
}

TEST_F(CurlFetcherTest, ATruncatedBodyIsAnError) {
  Result<HttpResponse> r = Get("/truncated");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kIoError);
  EXPECT_THAT(r.status().message(), HasSubstr("990 bytes remaining"));
}

TEST_F(CurlFetcherTest, BodiesOverTheLimitAreErrors) {
  settings_.max_body_bytes = 1 << 20;
  const auto r = FetchAll(
      {Request("/oversize"), Request("/oversize?length=none"), Request("/oversize?bytes=1048576")});
  ASSERT_FALSE(r[0].ok());  // by its Content-Length
  EXPECT_EQ(r[0].status().code(), Status::Code::kTooLarge);
  EXPECT_EQ(r[0].status().message(), "body larger than 1048576 bytes");
  ASSERT_FALSE(r[1].ok());  // as it comes
  EXPECT_EQ(r[1].status().message(), "body larger than 1048576 bytes");
  ASSERT_TRUE(r[2].ok()) << r[2].status().message();  // exactly the limit
  EXPECT_EQ(r[2]->body.size(), 1u << 20);
}

TEST_F(CurlFetcherTest, GzipIsDecompressed) {
  Result<HttpResponse> r = Get("/gzip");
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::string expected;
  for (int i = 0; i < 100; ++i) expected += "hello, decompressed world\n";
  EXPECT_EQ(r->body, expected);
}

TEST_F(CurlFetcherTest, AGzipBombStopsAtTheLimitOfTheDecompressedBody) {
  settings_.max_body_bytes = 4 << 20;  // above the ~1 MiB sent, far below the 1 GiB it makes
  const auto start = std::chrono::steady_clock::now();
  Result<HttpResponse> r = Get("/gzip-bomb");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kTooLarge);
  EXPECT_EQ(r.status().message(), "body larger than 4194304 bytes");
  EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
}

TEST_F(CurlFetcherTest, BodiesAreBytesAsSentWhateverTheCharsetSays) {
  Result<HttpResponse> r = Get("/latin1");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->content_type, "text/plain; charset=utf-8");
  EXPECT_EQ(r->body, "caf\xe9 cr\xe8me\n");
}

TEST_F(CurlFetcherTest, ConnectionFailuresAreErrors) {
  HttpRequest refused;
  refused.url = "http://127.0.0.1:1/";
  HttpRequest unknown;
  unknown.url = "http://no-such-host.invalid/";
  const auto r = FetchAll({refused, unknown});
  ASSERT_FALSE(r[0].ok());
  EXPECT_EQ(r[0].status().code(), Status::Code::kIoError);
  EXPECT_THAT(r[0].status().message(), HasSubstr("onnect"));
  ASSERT_FALSE(r[1].ok());
  EXPECT_EQ(r[1].status().code(), Status::Code::kIoError);
  EXPECT_THAT(r[1].status().message(), HasSubstr("no-such-host.invalid"));
}

TEST_F(CurlFetcherTest, NeverMoreThanPerSiteInFlightToOneSite) {
  settings_.per_site_in_flight = 2;
  const auto r = FetchAll(std::vector<HttpRequest>(10, Request("/concurrency")));
  for (const auto& one : r) ASSERT_TRUE(one.ok()) << one.status().message();
  const int seen = MaxConcurrency();
  EXPECT_LE(seen, 2);
  EXPECT_GE(seen, 2);  // and the limit is used
}

TEST_F(CurlFetcherTest, NeverMoreThanMaxInFlightOverall) {
  settings_.max_in_flight = 3;
  settings_.per_site_in_flight = 2;
  std::vector<HttpRequest> requests;
  for (int i = 0; i < 10; ++i)
    requests.push_back(Request("/concurrency", i % 2 ? "localhost" : "127.0.0.1"));
  const auto r = FetchAll(requests);
  for (const auto& one : r) ASSERT_TRUE(one.ok()) << one.status().message();
  const int seen = MaxConcurrency();
  EXPECT_LE(seen, 3);
  EXPECT_GE(seen, 3);
}

TEST_F(CurlFetcherTest, StartsToOneSiteAreThePerSiteDelayApart) {
  settings_.per_site_delay = 200ms;
  settings_.per_site_in_flight = 2;
  const auto r = FetchAll(std::vector<HttpRequest>(4, Request("/hello.txt")));
  for (const auto& one : r) ASSERT_TRUE(one.ok()) << one.status().message();
  const std::vector<LoggedRequest> seen = Seen("/hello.txt");
  ASSERT_EQ(seen.size(), 4u);
  for (std::size_t i = 1; i < seen.size(); ++i) {
    // The server's clock: a little jitter between our start and its arrival.
    EXPECT_GE(seen[i].time - seen[i - 1].time, 0.2 - 0.05) << i;
  }
}

TEST_F(CurlFetcherTest, DestroyingWithTransfersInFlightNeitherHangsNorCallsBack) {
  int called = 0;
  auto work = boost::asio::make_work_guard(loop_);
  for (int i = 0; i < 6; ++i) {
    fetcher().Fetch(Request("/slow", i % 2 ? "localhost" : "127.0.0.1"),
                    [&](Result<HttpResponse>) { ++called; });
  }
  loop_.run_for(500ms);  // some running, some queued
  const auto start = std::chrono::steady_clock::now();
  fetcher_.reset();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
  work.reset();
  loop_.restart();
  loop_.run_for(200ms);
  EXPECT_EQ(called, 0);
  EXPECT_GE(Seen("/slow").size(), 2u);
}

TEST_F(CurlFetcherTest, ResultsPostedButNotYetRunAreDroppedOnDestruction) {
  int called = 0;
  auto work = boost::asio::make_work_guard(loop_);
  fetcher().Fetch(Request("/hello.txt"), [&](Result<HttpResponse>) { ++called; });
  // The answer is posted to the loop, which does not run until after.
  ASSERT_TRUE(::corpusd::testing::WaitUntil([&] { return !Seen("/hello.txt").empty(); }, 5000ms));
  std::this_thread::sleep_for(200ms);
  fetcher_.reset();
  work.reset();
  loop_.restart();
  loop_.run_for(200ms);
  EXPECT_EQ(called, 0);
}

}  // namespace
}  // namespace corpusd
