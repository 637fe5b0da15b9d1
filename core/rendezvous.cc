#include "core/rendezvous.h"

#include <cstdint>

#include "core/hash64.h"

namespace corpusd {

unsigned RendezvousOwner(std::string_view key, unsigned nodes) {
  unsigned owner = 1;
  std::uint64_t best = 0;
  for (unsigned node = 1; node <= nodes; ++node) {
    // The node number is the seed: each node draws its own weight for the key.
    const std::uint64_t weight = Hash64(key, node);
    if (node == 1 || weight > best) {
      owner = node;
      best = weight;
    }
  }
  return owner;
}

}  // namespace corpusd
