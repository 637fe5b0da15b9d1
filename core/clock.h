// The wall clock, injected so that tests can fix or move time.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace corpusd {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point Now() const = 0;
};

// The real clock.
class SystemClock final : public Clock {
 public:
  std::chrono::system_clock::time_point Now() const override {
    return std::chrono::system_clock::now();
  }
};

// A clock that stands still until told to move; for tests.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(std::chrono::system_clock::time_point t) : now_(t) {}
  std::chrono::system_clock::time_point Now() const override { return now_; }
  void Advance(std::chrono::system_clock::duration d) { now_ += d; }

 private:
  std::chrono::system_clock::time_point now_;
};

// "YYYY-MM-DDTHH:MM:SSZ" for a UTC instant (whole seconds).
std::string FormatUtcTimestamp(std::chrono::system_clock::time_point t);

// The instant FormatUtcTimestamp wrote; nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> ParseUtcTimestamp(const std::string& text);

}  // namespace corpusd
