#include "daemon/metrics/measured_fetcher.h"

#include <chrono>
#include <utility>

namespace corpusd {

void MeasuredFetcher::Fetch(HttpRequest request, Callback done) {
  const auto started = std::chrono::steady_clock::now();
  inner_->Fetch(
      std::move(request), [this, started, done = std::move(done)](Result<HttpResponse> response) {
        metrics_.ObserveFetchDuration(std::chrono::steady_clock::now() - started);
        metrics_.Add("corpusd_fetch_requests_total",
                     {{"status", Metrics::StatusClass(response.ok() ? response->status : 0)}});
        done(std::move(response));
      });
}

}  // namespace corpusd
