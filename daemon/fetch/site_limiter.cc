#include "daemon/fetch/site_limiter.h"

#include <algorithm>

namespace corpusd {

SiteLimiter::SiteLimiter(unsigned max_in_flight, unsigned per_site_in_flight,
                         std::chrono::milliseconds per_site_delay)
    : max_in_flight_(std::max(1u, max_in_flight)),
      per_site_in_flight_(std::max(1u, per_site_in_flight)),
      per_site_delay_(std::max(std::chrono::milliseconds(0), per_site_delay)) {}

std::optional<SiteLimiter::TimePoint> SiteLimiter::ReadyAt(const std::string& site,
                                                           TimePoint now) const {
  if (in_flight_ >= max_in_flight_) return std::nullopt;
  const auto it = sites_.find(site);
  if (it == sites_.end()) return now;
  if (it->second.in_flight >= per_site_in_flight_) return std::nullopt;
  return std::max(now, it->second.last_start + per_site_delay_);
}

bool SiteLimiter::CanStart(const std::string& site, TimePoint now) const {
  const std::optional<TimePoint> at = ReadyAt(site, now);
  return at && *at <= now;
}

void SiteLimiter::Started(const std::string& site, TimePoint now) {
  if (sites_.size() >= forget_at_) Forget(now);
  Site& s = sites_[site];
  ++s.in_flight;
  s.last_start = now;
  ++in_flight_;
}

void SiteLimiter::Finished(const std::string& site) {
  const auto it = sites_.find(site);
  if (it == sites_.end() || it->second.in_flight == 0) return;
  --it->second.in_flight;
  --in_flight_;
}

unsigned SiteLimiter::in_flight(const std::string& site) const {
  const auto it = sites_.find(site);
  return it == sites_.end() ? 0 : it->second.in_flight;
}

void SiteLimiter::Forget(TimePoint now) {
  std::erase_if(sites_, [&](const auto& entry) {
    return entry.second.in_flight == 0 && entry.second.last_start + per_site_delay_ <= now;
  });
  // Amortized: the next sweep waits until the map has doubled.
  forget_at_ = std::max<std::size_t>(64, 2 * sites_.size());
}

}  // namespace corpusd
