// When each source is due. A source runs every `interval`, plus a random
// jitter of up to a tenth of it (sources configured alike drift apart instead
// of polling in lockstep); after failures in a row it backs off, doubling the
// wait each time up to 32 intervals or a day. Time is passed in, never read:
// tests drive it with a fake clock. Not thread-safe (the event loop owns it).
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace corpusd {

class Scheduler {
 public:
  using TimePoint = std::chrono::system_clock::time_point;
  using Duration = std::chrono::milliseconds;

  // `random01` returns numbers in [0, 1) for the jitter.
  explicit Scheduler(std::function<double()> random01);

  // Adds a source due at `due`; for a source it has, only the interval changes.
  void Add(const std::string& name, Duration interval, TimePoint due, int failures = 0);
  // Makes a source due at `at` (a poll that left work behind).
  void MakeDue(const std::string& name, TimePoint at);
  void Remove(const std::string& name);
  bool Has(const std::string& name) const { return entries_.count(name) > 0; }
  std::vector<std::string> Names() const;

  // The source due soonest that is not running, and when it is due.
  struct Due {
    std::string name;
    TimePoint at;
  };
  std::optional<Due> Next() const;

  // A run begins: the source is not offered again until it has finished.
  void Started(const std::string& name);
  // A run ended at `now`; returns when the source is due next.
  TimePoint Finished(const std::string& name, TimePoint now, bool ok);
  int Failures(const std::string& name) const;

  // Moves every due time by `by` (negative: earlier): the wall clock was
  // set back by that much (daemon/service/clock_jumps.h).
  void ShiftDueTimes(Duration by);

  // The wait after a run: the interval with jitter, or the backoff.
  Duration Wait(Duration interval, int failures) const;

 private:
  struct Entry {
    Duration interval{0};
    TimePoint due;
    int failures = 0;
    bool running = false;
  };
  std::function<double()> random01_;
  std::map<std::string, Entry> entries_;
};

}  // namespace corpusd
