// When each source is due, and what a finished poll means for it. A source
// runs every `interval`, plus a random jitter of up to a tenth of it (sources
// configured alike drift apart instead of polling in lockstep); after
// failures in a row it backs off, doubling the wait each time up to 32
// intervals or a day. A poll that left work behind is due again at once; a
// server's Retry-After pushes the next poll back; a network source is parked
// (taken off the schedule) when it is gone (410) or after
// kParkAfterFailures failures in a row; a permanent redirect moves its
// address. Time is passed in, never read: tests drive it with a fake clock.
// Not thread-safe (the event loop owns it).
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corpusd {

// What a finished poll tells the scheduler (the rest of a job's report is
// counts).
struct PollResult {
  std::string error;  // the source or the corpus failed as a whole; empty when not
  std::string park;   // why the source should not be polled again (410 Gone)
  bool more = false;  // work was left for the next poll (a full folder, a long feed)
  // Network sources: the server asked for a pause (429/503 Retry-After).
  std::optional<std::chrono::seconds> retry_after;
  std::string moved_to;  // the source's new address after permanent redirects
};

class Scheduler {
 public:
  using TimePoint = std::chrono::system_clock::time_point;
  using Duration = std::chrono::milliseconds;

  // A network source failing this many polls in a row is parked.
  static constexpr int kParkAfterFailures = 10;

  // `random01` returns numbers in [0, 1) for the jitter.
  explicit Scheduler(std::function<double()> random01);

  // Every source is polled once (until it has no more work waiting), then
  // leaves the schedule (`run --once`).
  void PollEachOnce() { once_ = true; }

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
  // How many sources not running are due at `now`: the queue waiting for a slot.
  std::size_t CountDue(TimePoint now) const;

  // A run begins: the source is not offered again until it has finished.
  void Started(const std::string& name);
  // A run ended at `now`; returns when the source is due next.
  TimePoint Finished(const std::string& name, TimePoint now, bool ok);

  // What follows from a finished poll.
  struct Decision {
    TimePoint due;         // the next poll (meaningless when parked or done)
    int failures = 0;      // in a row, this one included
    std::string park;      // not empty: parked, and off the schedule, for this reason
    std::string moved_to;  // not empty: the source's address is now this
    bool done = false;     // polled once (`once`): off the schedule
  };
  // `address`: a network source's address now; empty for a drop folder,
  // which is never parked for failures and never moves.
  Decision Finished(const std::string& name, TimePoint now, const PollResult& result,
                    std::string_view address = {});

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
  bool once_ = false;
  std::map<std::string, Entry> entries_;
};

}  // namespace corpusd
