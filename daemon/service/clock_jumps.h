// Noticing that the wall clock was set back (by an administrator, NTP
// stepping a clock that ran fast, a VM restored from a snapshot). The
// scheduler keeps due times on the wall clock, so after a jump back by an
// hour every source would wait an hour more; the daemon moves due times
// back with the clock instead. A jump forward needs nothing: sources become
// due at once, as after a suspend. Pure: both clocks are passed in.
#pragma once

#include <chrono>
#include <optional>

namespace corpusd {

class ClockJumps {
 public:
  using Wall = std::chrono::system_clock::time_point;
  using Steady = std::chrono::steady_clock::time_point;

  // Jumps smaller than this are drift or NTP slewing, not a jump.
  static constexpr std::chrono::seconds kTolerance{30};

  // Given both clocks read together, returns how far the wall clock went
  // back since the last reading beyond what real time explains (a negative
  // duration), or nullopt.
  std::optional<std::chrono::milliseconds> Observe(Wall wall, Steady steady);

 private:
  bool seen_ = false;
  Wall last_wall_;
  Steady last_steady_;
};

}  // namespace corpusd
