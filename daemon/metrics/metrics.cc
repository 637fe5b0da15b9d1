#include "daemon/metrics/metrics.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace corpusd {
namespace {

struct Known {
  const char* name;
  const char* type;
  const char* help;
};

// Every family the daemon exports, so that a scrape shows them all from the
// start (a counter that is still 0 is still there for rate()).
constexpr Known kKnown[] = {
    {"corpusd_documents_stored_total", "counter", "Documents stored, by source."},
    {"corpusd_duplicates_total", "counter", "Inputs whose text was already stored, by source."},
    {"corpusd_items_handed_off_total", "counter",
     "Feed items left for the fleet's node that owns their site, by source."},
    {"corpusd_inputs_rejected_total", "counter",
     "Inputs refused (files, feed items, pages), by source and reason class."},
    {"corpusd_fetch_requests_total", "counter",
     "HTTP requests finished, by status class (2xx ... 5xx, or error: no response)."},
    {"corpusd_polls_total", "counter", "Polls finished, by source and outcome (ok, failed)."},
    {"corpusd_source_up", "gauge", "1 when the source's last poll succeeded, 0 when it failed."},
    {"corpusd_source_last_success_timestamp_seconds", "gauge",
     "When the source's last successful poll ended, in seconds since the epoch."},
    {"corpusd_sources", "gauge", "Sources configured."},
    {"corpusd_sources_parked", "gauge", "Sources taken off the schedule after repeated failures."},
    {"corpusd_sources_due", "gauge", "Sources due for a poll now and waiting for a free slot."},
    {"corpusd_polls_in_progress", "gauge", "Polls running now (the work queue)."},
    {"corpusd_corpus_documents", "gauge", "Documents in the corpus."},
    {"corpusd_corpus_bytes", "gauge", "Size of the corpus file and its write-ahead log."},
};

std::string Number(double v) {
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    return std::to_string(static_cast<long long>(v));
  }
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);  // the shortest exact form
  return ec == std::errc() ? std::string(buf, end) : "NaN";
}

// A label value with \, " and line breaks escaped, as the format asks.
std::string Escaped(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

Metrics::Metrics()
    : bucket_bounds_{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60},
      buckets_(bucket_bounds_.size(), 0) {
  for (const Known& k : kKnown) families_[k.name] = Family{k.help, k.type, {}};
}

std::string Metrics::RenderLabels(const Labels& labels) {
  if (labels.empty()) return "";
  std::string out = "{";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += labels[i].first + "=\"" + Escaped(labels[i].second) + "\"";
  }
  return out + "}";
}

void Metrics::Add(std::string_view counter, const Labels& labels, double amount) {
  std::lock_guard lock(mutex_);
  auto it = families_.find(counter);
  if (it != families_.end()) it->second.series[RenderLabels(labels)] += amount;
}

void Metrics::Set(std::string_view gauge, const Labels& labels, double value) {
  std::lock_guard lock(mutex_);
  auto it = families_.find(gauge);
  if (it != families_.end()) it->second.series[RenderLabels(labels)] = value;
}

void Metrics::ObserveFetchDuration(std::chrono::duration<double> seconds) {
  std::lock_guard lock(mutex_);
  const double s = seconds.count();
  for (std::size_t i = 0; i < bucket_bounds_.size(); ++i) {
    if (s <= bucket_bounds_[i]) {
      ++buckets_[i];
      break;
    }
  }
  ++observations_;
  observed_sum_ += s;
}

std::string Metrics::Render() const {
  std::lock_guard lock(mutex_);
  std::string out;
  for (const Known& k : kKnown) {
    const Family& f = families_.at(k.name);
    out += std::string("# HELP ") + k.name + " " + f.help + "\n";
    out += std::string("# TYPE ") + k.name + " " + f.type + "\n";
    for (const auto& [labels, value] : f.series)
      out += k.name + labels + " " + Number(value) + "\n";
  }
  // The fetch-time histogram: cumulative buckets, then +Inf, sum and count.
  const char* h = "corpusd_fetch_duration_seconds";
  out += std::string("# HELP ") + h + " Time from a request's start to its response or error.\n";
  out += std::string("# TYPE ") + h + " histogram\n";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < bucket_bounds_.size(); ++i) {
    cumulative += buckets_[i];
    out += std::string(h) + "_bucket{le=\"" + Number(bucket_bounds_[i]) + "\"} " +
           std::to_string(cumulative) + "\n";
  }
  out += std::string(h) + "_bucket{le=\"+Inf\"} " + std::to_string(observations_) + "\n";
  out += std::string(h) + "_sum " + Number(observed_sum_) + "\n";
  out += std::string(h) + "_count " + std::to_string(observations_) + "\n";
  return out;
}

std::string Metrics::StatusClass(long status) {
  if (status < 100 || status > 599) return "error";
  return std::to_string(status / 100) + "xx";
}

}  // namespace corpusd
