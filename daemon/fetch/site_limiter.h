// Politeness bookkeeping for the fetcher: how many requests are in flight,
// overall and per site, and when each site last had one start. A request
// may start when a global slot and a slot of its site are free and the
// site's last start is at least the per-site delay ago. Pure: time is passed
// in (the fetcher's steady clock; tests use made-up instants), nothing
// waits. Not thread-safe (the fetcher's curl thread owns it).
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace corpusd {

class SiteLimiter {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;

  // Limits of 0 count as 1.
  SiteLimiter(unsigned max_in_flight, unsigned per_site_in_flight,
              std::chrono::milliseconds per_site_delay);

  // When a request to `site` may start: `now` or later (the per-site delay
  // after its last start). nullopt while a slot it needs is taken: only a
  // Finished() changes that.
  std::optional<TimePoint> ReadyAt(const std::string& site, TimePoint now) const;
  bool CanStart(const std::string& site, TimePoint now) const;

  // A request to `site` starts at `now` (whether or not CanStart said so).
  void Started(const std::string& site, TimePoint now);
  // A request to `site` has ended; its slots are free.
  void Finished(const std::string& site);

  unsigned in_flight() const { return in_flight_; }
  unsigned in_flight(const std::string& site) const;
  // Sites remembered; idle sites whose delay has passed are forgotten, so
  // this stays near the number of sites recently fetched from.
  std::size_t sites() const { return sites_.size(); }

 private:
  struct Site {
    unsigned in_flight = 0;
    TimePoint last_start;
  };
  void Forget(TimePoint now);

  unsigned max_in_flight_;
  unsigned per_site_in_flight_;
  std::chrono::milliseconds per_site_delay_;
  unsigned in_flight_ = 0;
  std::map<std::string, Site> sites_;
  std::size_t forget_at_ = 64;  // sweep when this many sites are remembered
};

}  // namespace corpusd
