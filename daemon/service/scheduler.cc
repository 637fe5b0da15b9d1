#include "daemon/service/scheduler.h"

#include <algorithm>
#include <utility>

namespace corpusd {
namespace {

constexpr int kMaxBackoffDoublings = 5;  // 32 intervals
constexpr std::chrono::hours kMaxBackoff{24};

}  // namespace

Scheduler::Scheduler(std::function<double()> random01) : random01_(std::move(random01)) {}

void Scheduler::Add(const std::string& name, Duration interval, TimePoint due, int failures) {
  auto [it, inserted] = entries_.try_emplace(name);
  it->second.interval = interval;
  if (inserted) {
    it->second.due = due;
    it->second.failures = failures;
  }
}

void Scheduler::MakeDue(const std::string& name, TimePoint at) {
  auto it = entries_.find(name);
  if (it != entries_.end()) it->second.due = at;
}

void Scheduler::Remove(const std::string& name) { entries_.erase(name); }

std::vector<std::string> Scheduler::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, entry] : entries_) names.push_back(name);
  return names;
}

std::optional<Scheduler::Due> Scheduler::Next() const {
  std::optional<Due> next;
  for (const auto& [name, e] : entries_) {
    if (e.running) continue;
    if (!next || e.due < next->at) next = Due{name, e.due};
  }
  return next;
}

std::size_t Scheduler::CountDue(TimePoint now) const {
  std::size_t n = 0;
  for (const auto& [name, e] : entries_) n += !e.running && e.due <= now;
  return n;
}

void Scheduler::Started(const std::string& name) {
  auto it = entries_.find(name);
  if (it != entries_.end()) it->second.running = true;
}

Scheduler::Duration Scheduler::Wait(Duration interval, int failures) const {
  if (failures > 0) {
    const int doublings = std::min(failures, kMaxBackoffDoublings);
    return std::min<Duration>(interval * (1 << doublings), kMaxBackoff);
  }
  const double jitter = std::clamp(random01_(), 0.0, 1.0) * 0.1;
  return interval +
         Duration(static_cast<Duration::rep>(static_cast<double>(interval.count()) * jitter));
}

Scheduler::TimePoint Scheduler::Finished(const std::string& name, TimePoint now, bool ok) {
  auto it = entries_.find(name);
  if (it == entries_.end()) return now;  // removed while it ran
  Entry& e = it->second;
  e.running = false;
  e.failures = ok ? 0 : e.failures + 1;
  e.due = now + Wait(e.interval, e.failures);
  return e.due;
}

Scheduler::Decision Scheduler::Finished(const std::string& name, TimePoint now,
                                        const PollResult& result, std::string_view address) {
  const bool ok = result.error.empty() && result.park.empty();
  Decision d;
  d.due = Finished(name, now, ok);
  auto it = entries_.find(name);
  if (it == entries_.end()) return d;  // removed while it ran
  Entry& e = it->second;
  d.failures = e.failures;
  if (ok && result.more) e.due = now;  // more is waiting: poll again at once
  if (result.retry_after && now + *result.retry_after > e.due) {
    e.due = now + *result.retry_after;  // the server asked for a pause
  }
  d.due = e.due;
  if (!address.empty() && !result.moved_to.empty() && result.moved_to != address) {
    d.moved_to = result.moved_to;
  }
  d.park = result.park;
  if (d.park.empty() && !address.empty() && e.failures >= kParkAfterFailures) {
    d.park = std::to_string(e.failures) + " failures in a row, the last: " + result.error;
  }
  if (!d.park.empty()) {
    entries_.erase(it);
  } else if (once_ && !(ok && result.more)) {
    d.done = true;  // polled once
    entries_.erase(it);
  }
  return d;
}

int Scheduler::Failures(const std::string& name) const {
  auto it = entries_.find(name);
  return it == entries_.end() ? 0 : it->second.failures;
}

void Scheduler::ShiftDueTimes(Duration by) {
  for (auto& [name, entry] : entries_) entry.due += by;
}

}  // namespace corpusd
