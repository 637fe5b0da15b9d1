#include "daemon/service/clock_jumps.h"

namespace corpusd {

std::optional<std::chrono::milliseconds> ClockJumps::Observe(Wall wall, Steady steady) {
  using std::chrono::duration_cast;
  using std::chrono::milliseconds;
  std::optional<milliseconds> jump;
  if (seen_) {
    const milliseconds skew = duration_cast<milliseconds>(wall - last_wall_) -
                              duration_cast<milliseconds>(steady - last_steady_);
    if (skew < -kTolerance) jump = skew;
  }
  seen_ = true;
  last_wall_ = wall;
  last_steady_ = steady;
  return jump;
}

}  // namespace corpusd
