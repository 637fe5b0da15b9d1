// A node's share of a fleet: node K of N (`shard = "K/N"` in the config,
// `run --shard K/N` on the command line). Every node reads the same config
// file; each takes the sites that rendezvous hashing gives it
// (daemon/service/site_share.h).
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

struct Shard {
  unsigned index = 1;  // 1..count
  unsigned count = 1;  // 1: the whole of every source (no fleet)
  bool operator==(const Shard&) const = default;
};

inline constexpr unsigned kMaxShards = 4096;

// "2/3" -> {2, 3}; an error, saying what is expected, for anything else
// ("0/2", "3/2", "1/0", "two/3", "1/2/3", " 1/2").
Result<Shard> ParseShard(std::string_view text);

// "K/N".
std::string ShardName(const Shard& shard);

}  // namespace corpusd
