#include "core/minhash.h"

#include <array>
#include <limits>

#include "core/hash64.h"

namespace corpusd::minhash {
namespace {

// Universal hashing modulo the Mersenne prime 2^61 - 1 (as datasketch does):
// permutation i maps a shingle hash h to (a_i * h + b_i) mod p.
constexpr std::uint64_t kPrime = (std::uint64_t{1} << 61) - 1;

std::uint64_t MulModPrime(std::uint64_t a, std::uint64_t b) {
  const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
  std::uint64_t r =
      static_cast<std::uint64_t>(product & kPrime) + static_cast<std::uint64_t>(product >> 61);
  if (r >= kPrime) r -= kPrime;
  return r;
}

struct Permutations {
  std::array<std::uint64_t, kPermutations> a{};
  std::array<std::uint64_t, kPermutations> b{};
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
    }
    return p;
  }();
  return permutations;
}

}  // namespace

Signature Compute(const std::vector<std::string_view>& words) {
  if (words.size() < static_cast<std::size_t>(kShingleWords)) return {};
  std::vector<std::uint64_t> word_hashes;
  word_hashes.reserve(words.size());
  for (std::string_view w : words) word_hashes.push_back(Hash64(w));

  const Permutations& p = ThePermutations();
  std::array<std::uint64_t, kPermutations> least;
  least.fill(std::numeric_limits<std::uint64_t>::max());
  for (std::size_t i = 0; i + kShingleWords <= word_hashes.size(); ++i) {
    const std::uint64_t shingle =
        Hash64(&word_hashes[i], kShingleWords * sizeof(std::uint64_t)) % kPrime;
    for (int k = 0; k < kPermutations; ++k) {
      std::uint64_t h = MulModPrime(p.a[k], shingle) + p.b[k];
      if (h >= kPrime) h -= kPrime;
      if (h < least[k]) least[k] = h;
    }
  }
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
