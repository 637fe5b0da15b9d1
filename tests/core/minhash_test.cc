#include "core/minhash.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace corpusd::minhash {
namespace {

// `n` distinct words "w0", "w1", ... as stable strings.
std::vector<std::string> Words(int n, int offset = 0) {
  std::vector<std::string> words;
  for (int i = 0; i < n; ++i) words.push_back("w" + std::to_string(i + offset));
  return words;
}

Signature Of(const std::vector<std::string>& words) {
  std::vector<std::string_view> views(words.begin(), words.end());
  return Compute(views);
}

TEST(MinHash, TextsOfFewerWordsThanAShingleHaveNoSignature) {
  EXPECT_TRUE(Of(Words(kShingleWords - 1)).empty());
  EXPECT_EQ(Of(Words(kShingleWords)).size(), static_cast<std::size_t>(kPermutations));
  EXPECT_TRUE(Buckets({}).empty());
}

TEST(MinHash, EqualTextsAgreeEverywhere) {
  const Signature a = Of(Words(200));
  EXPECT_EQ(Similarity(a, Of(Words(200))), 1.0);
  EXPECT_EQ(Buckets(a), Buckets(Of(Words(200))));
}

TEST(MinHash, SimilarityEstimatesTheJaccardOfShingles) {
  // 400 words, 20 of them replaced (one in twenty): about 90 of 396 shingles
  // change, Jaccard ~ 0.63. Unrelated texts: ~0.
  std::vector<std::string> base = Words(400);
  std::vector<std::string> edited = base;
  for (int i = 0; i < 400; i += 20) edited[i] = "x" + std::to_string(i);
  const double jaccard = [&] {
    std::set<std::string> a, b;
    for (int i = 0; i + 5 <= 400; ++i) {
      std::string sa, sb;
      for (int k = 0; k < 5; ++k) sa += base[i + k] + " ", sb += edited[i + k] + " ";
      a.insert(sa), b.insert(sb);
    }
    int common = 0;
    for (const auto& s : a) common += b.count(s);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
  }();
  EXPECT_NEAR(Similarity(Of(base), Of(edited)), jaccard, 0.15);
  EXPECT_LT(Similarity(Of(base), Of(Words(400, 1000))), 0.05);
}

TEST(MinHash, ALightEditSharesABandAndPassesTheThreshold) {
  std::vector<std::string> base = Words(600);
  std::vector<std::string> edited = base;
  edited[300] = "changed";  // one word: a republished copy with a fix
  const Signature a = Of(base), b = Of(edited);
  EXPECT_GE(Similarity(a, b), kNearDuplicate);
  const auto ba = Buckets(a), bb = Buckets(b);
  int shared = 0;
  for (int i = 0; i < kBands; ++i) shared += ba[i] == bb[i];
  EXPECT_GT(shared, 0);
}

TEST(MinHash, PackRoundTripsAndRefusesWrongSizes) {
  const Signature a = Of(Words(50));
  Result<Signature> back = Unpack(Pack(a));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, a);
  EXPECT_FALSE(Unpack("short").ok());
}

TEST(MinHash, SignaturesAreStableAcrossBuilds) {
  // Stored signatures must compare with those of later builds: the
  // permutations and the hash must never change.
  const Signature a = Of(Words(10));
  EXPECT_EQ(a[0], 4127962683u);
  EXPECT_EQ(a[1], 2891108265u);
  EXPECT_EQ(a[127], 3740934275u);
}

TEST(MinHash, EveryValueOfManySignaturesIsStableAcrossBuilds) {
  // 300 texts of 5 to 404 words: a checksum over every value, as the
  // straightforward computation (a 128-bit product per permutation) gave
  // before the vectorized one. Any change to a single value shows.
  std::uint64_t sum = 0, x = 88172645463325252ull;
  for (int t = 0; t < 300; ++t) {
    std::vector<std::string> words;
    const int n = 5 + (t * 7) % 400;
    for (int i = 0; i < n; ++i) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      words.push_back("w" + std::to_string(x % 5000));
    }
    const Signature s = Of(words);
    for (std::size_t k = 0; k < s.size(); ++k) sum = sum * 1000003 + s[k] + k;
  }
  EXPECT_EQ(sum, 3380091284945069119ull);
}

}  // namespace
}  // namespace corpusd::minhash
