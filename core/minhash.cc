#include "core/minhash.h"

#include <array>
#include <limits>

#include "core/hash64.h"

namespace corpusd::minhash {
namespace {

// Universal hashing modulo the Mersenne prime 2^61 - 1 (as datasketch does):
// permutation i maps a shingle hash h to (a_i * h + b_i) mod p.
constexpr std::uint64_t kPrime = (std::uint64_t{1} << 61) - 1;

struct Permutations {
  std::array<std::uint64_t, kPermutations> a{};
  std::array<std::uint64_t, kPermutations> b{};
  // a in 32-bit halves, for MinOver.
  std::array<std::uint32_t, kPermutations> a_high{};
  std::array<std::uint32_t, kPermutations> a_low{};
};

// Fixed for ever: signatures stored by one build must compare with those of
// the next. splitmix64 from a constant seed.
const Permutations& ThePermutations() {
  static const Permutations permutations = [] {
    Permutations p;
    std::uint64_t state = 0x636f72707573640aULL;  // "corpusd\n"
    auto next = [&state] {
      std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      return z ^ (z >> 31);
    };
    for (int i = 0; i < kPermutations; ++i) {
      p.a[i] = next() % (kPrime - 1) + 1;
      p.b[i] = next() % kPrime;
      p.a_high[i] = static_cast<std::uint32_t>(p.a[i] >> 32);
      p.a_low[i] = static_cast<std::uint32_t>(p.a[i]);
    }
    return p;
  }();
  return permutations;
}

// The product of two 32-bit numbers, as 64 bits: one vector instruction.
inline std::uint64_t Mul32(std::uint32_t x, std::uint32_t y) {
  return static_cast<std::uint64_t>(x) * y;
}

// For every permutation k, the least (a_k * s + b_k) mod p over the shingle
// hashes s (each < p): what a 128-bit product and its remainder give, from 32-bit
// halves so that the compiler can take many permutations at once in vector
// registers (a 128-bit product has no vector instruction). With a, s < 2^61:
// a*s = ah*sh*2^64 + (ah*sl + al*sh)*2^32 + al*sl, where 2^61 = 1 (mod p), so
// 2^64 = 8 and m*2^32 = (m >> 29) + (m mod 2^29)*2^32. Every term and their
// sum stay below 2^63. Built twice where the compiler can (AVX2 and the
// baseline), chosen when the program starts.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
void MinOver(const std::vector<std::uint64_t>& shingles, const Permutations& p,
             std::array<std::int64_t, kPermutations>& least) {
  constexpr std::uint64_t kLow29 = (std::uint64_t{1} << 29) - 1;
  for (const std::uint64_t s : shingles) {
    const auto s_high = static_cast<std::uint32_t>(s >> 32);
    const auto s_low = static_cast<std::uint32_t>(s);
    for (int k = 0; k < kPermutations; ++k) {
      const std::uint64_t high = Mul32(p.a_high[k], s_high) << 3;
      const std::uint64_t mid = Mul32(p.a_high[k], s_low) + Mul32(p.a_low[k], s_high);
      const std::uint64_t low = Mul32(p.a_low[k], s_low);
      std::uint64_t r = high + (mid >> 29) + ((mid & kLow29) << 32) + (low >> 61) + (low & kPrime);
      r = (r & kPrime) + (r >> 61);
      r -= r >= kPrime ? kPrime : 0;  // a * s mod p
      r += p.b[k];
      r -= r >= kPrime ? kPrime : 0;
      const auto h = static_cast<std::int64_t>(r);
      least[k] = h < least[k] ? h : least[k];
    }
  }
}

}  // namespace

Signature Compute(const std::vector<std::string_view>& words) {
  if (words.size() < static_cast<std::size_t>(kShingleWords)) return {};
  std::vector<std::uint64_t> word_hashes;
  word_hashes.reserve(words.size());
  for (std::string_view w : words) word_hashes.push_back(Hash64(w));

  std::vector<std::uint64_t> shingles;
  shingles.reserve(word_hashes.size());
  for (std::size_t i = 0; i + kShingleWords <= word_hashes.size(); ++i) {
    shingles.push_back(Hash64(&word_hashes[i], kShingleWords * sizeof(std::uint64_t)) % kPrime);
  }
  std::array<std::int64_t, kPermutations> least;
  least.fill(std::numeric_limits<std::int64_t>::max());
  MinOver(shingles, ThePermutations(), least);
  Signature signature(kPermutations);
  for (int k = 0; k < kPermutations; ++k) signature[k] = static_cast<std::uint32_t>(least[k]);
  return signature;
}

std::vector<std::int64_t> Buckets(const Signature& signature) {
  if (signature.size() != static_cast<std::size_t>(kPermutations)) return {};
  std::vector<std::int64_t> buckets;
  buckets.reserve(kBands);
  for (int band = 0; band < kBands; ++band) {
    const std::uint64_t h = Hash64(&signature[band * kRows], kRows * sizeof(std::uint32_t), band);
    buckets.push_back(static_cast<std::int64_t>(h));
  }
  return buckets;
}

double Similarity(const Signature& a, const Signature& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  int same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

std::string Pack(const Signature& signature) {
  std::string out;
  out.reserve(signature.size() * 4);
  for (std::uint32_t v : signature) {
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>(v >> shift));
  }
  return out;
}

Result<Signature> Unpack(std::string_view bytes) {
  if (bytes.size() != static_cast<std::size_t>(kPermutations) * 4) {
    return Status::Corruption("a MinHash signature of " + std::to_string(bytes.size()) +
                              " bytes (expected " + std::to_string(kPermutations * 4) + ")");
  }
  Signature signature(kPermutations);
  for (int k = 0; k < kPermutations; ++k) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes[k * 4 + i]);
    signature[k] = v;
  }
  return signature;
}

}  // namespace corpusd::minhash
