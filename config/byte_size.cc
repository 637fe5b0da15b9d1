#include "config/byte_size.h"

#include <array>
#include <limits>

namespace corpusd {
namespace {

struct Unit {
  std::string_view name;
  std::uint64_t bytes;
};
constexpr std::array<Unit, 13> kUnits = {{
    {"B", 1},
    {"K", std::uint64_t{1} << 10},
    {"M", std::uint64_t{1} << 20},
    {"G", std::uint64_t{1} << 30},
    {"T", std::uint64_t{1} << 40},
    {"KiB", std::uint64_t{1} << 10},
    {"MiB", std::uint64_t{1} << 20},
    {"GiB", std::uint64_t{1} << 30},
    {"TiB", std::uint64_t{1} << 40},
    {"KB", 1'000},
    {"MB", 1'000'000},
    {"GB", 1'000'000'000},
    {"TB", 1'000'000'000'000},
}};

Status Bad(std::string_view text, const std::string& why) {
  return Status::InvalidInput("bad size \"" + std::string(text) + "\": " + why);
}

}  // namespace

Result<std::uint64_t> ParseByteSizeOrBytes(std::string_view text) {
  if (!text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos) {
    return ParseByteSize(std::string(text) + "B");
  }
  return ParseByteSize(text);
}

Result<std::uint64_t> ParseByteSize(std::string_view text) {
  std::size_t i = 0;
  std::uint64_t number = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    const unsigned digit = static_cast<unsigned>(text[i] - '0');
    if (number > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) {
      return Bad(text, "too large");
    }
    number = number * 10 + digit;
    ++i;
  }
  if (i == 0) return Bad(text, "expected a number with a unit, such as \"64MiB\"");
  if (i < text.size() && text[i] == ' ') ++i;
  const std::string_view unit_name = text.substr(i);
  if (unit_name.empty()) {
    return Bad(text, "a number needs a unit (B, KiB, MiB, GiB, KB, MB, GB), as in \"" +
                         std::string(text) + "MiB\", or write a bare integer for bytes");
  }
  for (const Unit& unit : kUnits) {
    if (unit.name != unit_name) continue;
    if (number > std::numeric_limits<std::uint64_t>::max() / unit.bytes) {
      return Bad(text, "too large");
    }
    return number * unit.bytes;
  }
  return Bad(text, "unknown unit \"" + std::string(unit_name) +
                       "\" (use B, KiB, MiB, GiB, TiB, KB, MB, GB, TB, or K, M, G, T for KiB, MiB, "
                       "GiB, TiB)");
}

}  // namespace corpusd
