#include "daemon/fetch/fetch_once.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <optional>

#include "daemon/fetch/curl_fetcher.h"

namespace corpusd {

Result<HttpResponse> FetchOnce(const std::string& url, const FetchSettings& settings) {
  boost::asio::io_context loop;
  auto work = boost::asio::make_work_guard(loop);  // run() waits for the answer
  std::optional<Result<HttpResponse>> answer;
  {
    CurlFetcher fetcher(
        settings, [&loop](std::function<void()> f) { boost::asio::post(loop, std::move(f)); });
    HttpRequest request;
    request.url = url;
    fetcher.Fetch(request, [&](Result<HttpResponse> response) {
      answer = std::move(response);
      work.reset();
    });
    loop.run();
  }
  if (!answer) return Status::Internal("the fetch ended without an answer");
  return std::move(*answer);
}

}  // namespace corpusd
