#include "core/hash64.h"

#include <xxhash.h>

namespace corpusd {

std::uint64_t Hash64(const void* data, std::size_t size, std::uint64_t seed) {
  // XXH3_64bits_withSeed with seed 0 is XXH3_64bits.
  return XXH3_64bits_withSeed(data, size, seed);
}

}  // namespace corpusd
