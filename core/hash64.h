// A fast 64-bit hash of bytes, not for security: xxHash's XXH3. The only
// file that includes xxhash.h is hash64.cc. Stable across builds and
// machines: MinHash signatures and fleet shares (core/rendezvous.h) are
// stored or agreed on by it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace corpusd {

std::uint64_t Hash64(const void* data, std::size_t size, std::uint64_t seed = 0);
inline std::uint64_t Hash64(std::string_view bytes, std::uint64_t seed = 0) {
  return Hash64(bytes.data(), bytes.size(), seed);
}

}  // namespace corpusd
