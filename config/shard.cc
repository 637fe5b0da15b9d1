#include "config/shard.h"

#include <charconv>

namespace corpusd {
namespace {

bool ReadNumber(std::string_view text, unsigned& out) {
  if (text.empty() || text.size() > 4) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

Result<Shard> ParseShard(std::string_view text) {
  const std::string expected =
      "expected \"K/N\", node K of N (1 <= K <= N <= " + std::to_string(kMaxShards) +
      "), found \"" + std::string(text) + "\"";
  const std::size_t slash = text.find('/');
  Shard shard;
  if (slash == std::string_view::npos || !ReadNumber(text.substr(0, slash), shard.index) ||
      !ReadNumber(text.substr(slash + 1), shard.count) || shard.count < 1 ||
      shard.count > kMaxShards || shard.index < 1 || shard.index > shard.count) {
    return Status::InvalidInput(expected);
  }
  return shard;
}

std::string ShardName(const Shard& shard) {
  return std::to_string(shard.index) + "/" + std::to_string(shard.count);
}

}  // namespace corpusd
