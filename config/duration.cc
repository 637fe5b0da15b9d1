// ParseDuration and FormatDuration (declared in config/daemon_config.h):
// durations are written as numbers with units, largest first: "250ms",
// "30s", "15m", "1h", "2d", "1h30m".
#include <array>
#include <cstdint>
#include <limits>

#include "config/daemon_config.h"

namespace corpusd {
namespace {

struct Unit {
  std::string_view name;
  std::int64_t millis;
};
// Largest first; "ms" before "m" so that the longer name wins.
constexpr std::array<Unit, 5> kUnits = {{
    {"d", 86'400'000},
    {"h", 3'600'000},
    {"m", 60'000},
    {"s", 1'000},
    {"ms", 1},
}};
constexpr std::string_view kUnitList = "ms, s, m, h or d";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

Status Bad(std::string_view text, const std::string& why) {
  return Status::InvalidInput("bad duration \"" + std::string(text) + "\": " + why);
}

}  // namespace

Result<std::chrono::milliseconds> ParseDuration(std::string_view text) {
  if (text.empty()) {
    return Status::InvalidInput("empty duration (expected a number with a unit, such as \"30s\")");
  }
  if (text.front() == '-') return Bad(text, "a duration cannot be negative");
  std::int64_t total = 0;
  std::size_t previous_unit = kUnits.size();  // none yet
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t number_start = i;
    std::int64_t number = 0;
    while (i < text.size() && IsDigit(text[i])) {
      if (number > (std::numeric_limits<std::int64_t>::max() - 9) / 10) {
        return Bad(text, "too long");
      }
      number = number * 10 + (text[i] - '0');
      ++i;
    }
    if (i == number_start) {
      return Bad(text, "expected a number with a unit (" + std::string(kUnitList) +
                           "), such as \"30s\" or \"1h30m\"");
    }
    const std::size_t unit_start = i;
    while (i < text.size() && IsLetter(text[i])) ++i;
    const std::string_view unit_name = text.substr(unit_start, i - unit_start);
    if (unit_name.empty() && i < text.size()) {
      return Bad(text, "unexpected \"" + std::string(1, text[i]) + "\"");
    }
    if (unit_name.empty()) {
      const std::string example(text.substr(number_start, unit_start - number_start));
      return Bad(text, "a number needs a unit (" + std::string(kUnitList) + "), as in \"" +
                           example + "s\"");
    }
    std::size_t unit = 0;
    while (unit < kUnits.size() && kUnits[unit].name != unit_name) ++unit;
    if (unit == kUnits.size()) {
      return Bad(text, "unknown unit \"" + std::string(unit_name) + "\" (use " +
                           std::string(kUnitList) + ")");
    }
    if (previous_unit != kUnits.size() && unit <= previous_unit) {
      return Bad(text, "units must go from the largest to the smallest, as in \"1h30m\"");
    }
    previous_unit = unit;
    if (number > (std::numeric_limits<std::int64_t>::max() - total) / kUnits[unit].millis) {
      return Bad(text, "too long");
    }
    total += number * kUnits[unit].millis;
  }
  return std::chrono::milliseconds(total);
}

std::string FormatDuration(std::chrono::milliseconds duration) {
  std::int64_t left = duration.count();
  if (left == 0) return "0s";
  std::string out;
  if (left < 0) {
    out = "-";
    left = -left;
  }
  for (const Unit& unit : kUnits) {
    if (left >= unit.millis) {
      out += std::to_string(left / unit.millis);
      out += unit.name;
      left %= unit.millis;
    }
  }
  return out;
}

}  // namespace corpusd
