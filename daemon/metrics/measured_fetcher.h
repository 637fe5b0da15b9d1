// An HttpFetcher that counts and times what another one does, for the
// metrics: corpusd_fetch_requests_total by status class and the
// corpusd_fetch_duration_seconds histogram. The requests and responses pass
// through unchanged.
#pragma once

#include <memory>

#include "daemon/fetch/http_fetcher.h"
#include "daemon/metrics/metrics.h"

namespace corpusd {

class MeasuredFetcher : public HttpFetcher {
 public:
  // `metrics` must outlive this object.
  MeasuredFetcher(std::unique_ptr<HttpFetcher> inner, Metrics& metrics)
      : inner_(std::move(inner)), metrics_(metrics) {}

  void Fetch(HttpRequest request, Callback done) override;

 private:
  std::unique_ptr<HttpFetcher> inner_;
  Metrics& metrics_;
};

}  // namespace corpusd
