// An HttpFetcher that answers from a table of canned responses, on the
// thread that runs the given io_context, as CurlFetcher posts its results.
// A URL with no canned response fails as a refused connection would.
// Records every request it was asked for.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <map>
#include <string>
#include <vector>

#include "daemon/fetch/http_fetcher.h"

namespace corpusd {

class FakeFetcher final : public HttpFetcher {
 public:
  explicit FakeFetcher(boost::asio::io_context& loop) : loop_(loop) {}

  // `status` 200 with `body` and `content_type` at `url`.
  void Serve(const std::string& url, std::string body, std::string content_type,
             long status = 200) {
    HttpResponse r;
    r.status = status;
    r.url = url;
    r.body = std::move(body);
    r.content_type = std::move(content_type);
    responses_[url] = std::move(r);
  }
  void Serve(const std::string& url, HttpResponse response) {
    responses_[url] = std::move(response);
  }

  void Fetch(HttpRequest request, Callback done) override {
    requests_.push_back(request);
    auto it = responses_.find(request.url);
    Result<HttpResponse> result = Status::IoError("connection refused");
    if (it != responses_.end()) {
      HttpResponse r = it->second;
      if (!request.etag.empty() && request.etag == r.etag) {
        r.status = 304;
        r.body.clear();
      }
      result = std::move(r);
    }
    boost::asio::post(loop_, [done = std::move(done), result = std::move(result)]() mutable {
      done(std::move(result));
    });
  }

  const std::vector<HttpRequest>& requests() const { return requests_; }

 private:
  boost::asio::io_context& loop_;
  std::map<std::string, HttpResponse> responses_;
  std::vector<HttpRequest> requests_;
};

}  // namespace corpusd
