// The daemon's numbers for Prometheus: counters, gauges and one histogram,
// each with labels, rendered in the text exposition format (version 0.0.4)
// that /metrics serves (metrics_server.h). Updated from the event loop and
// from the fetcher's thread, so every call takes a lock. No I/O.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace corpusd {

class Metrics {
 public:
  // Label names and values, in the order given: {{"source", "inbox"}}.
  using Labels = std::vector<std::pair<std::string, std::string>>;

  Metrics();

  // `counter` and `gauge` are among the families metrics.cc lists (the
  // only ones rendered); another name is ignored.
  void Add(std::string_view counter, const Labels& labels, double amount = 1);
  void Set(std::string_view gauge, const Labels& labels, double value);
  // An observation of corpusd_fetch_duration_seconds.
  void ObserveFetchDuration(std::chrono::duration<double> seconds);

  // Every metric with its HELP and TYPE lines; names in a fixed order.
  std::string Render() const;

  // The status class of an HTTP response for corpusd_fetch_requests_total:
  // "2xx" ... "5xx", or "error" for no response (refused, timeout, ...).
  static std::string StatusClass(long status);

 private:
  struct Family {
    std::string help;
    std::string type;                      // "counter" or "gauge"
    std::map<std::string, double> series;  // rendered labels ("{source=\"a\"}") -> value
  };
  static std::string RenderLabels(const Labels& labels);

  mutable std::mutex mutex_;
  std::map<std::string, Family, std::less<>> families_;
  std::vector<double> bucket_bounds_;   // seconds, ascending
  std::vector<std::uint64_t> buckets_;  // observations <= each bound (not cumulative)
  std::uint64_t observations_ = 0;
  double observed_sum_ = 0;
};

}  // namespace corpusd
