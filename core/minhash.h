// MinHash signatures and their LSH bands: how near-duplicates (republished
// or lightly edited copies) are found without comparing every pair.
//
// A text is cut into shingles of kShingleWords consecutive words; its
// signature holds, for each of kPermutations hash functions, the least hash
// of any shingle. Two signatures agree at a position with probability equal
// to the Jaccard similarity of the two shingle sets (Broder 1997). The
// signature is cut into kBands bands of kRows values; texts sharing a band
// are candidates, and a candidate whose signatures agree at kNearDuplicate
// of the positions or more is a near-duplicate. The parameters and why they
// were chosen: README, "Duplicates".
//
// Shingle hashing is xxHash (XXH3, 64 bits; core/hash64.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace corpusd::minhash {

inline constexpr int kShingleWords = 5;
inline constexpr int kPermutations = 128;
inline constexpr int kBands = 16;
inline constexpr int kRows = kPermutations / kBands;  // 8
inline constexpr double kNearDuplicate = 0.8;

// kPermutations values; empty for a text of fewer than kShingleWords words,
// which has no signature (too short to call a near-duplicate).
using Signature = std::vector<std::uint32_t>;

// The signature of a text given as its words (already normalized: see
// parsers/text/text_key.h).
Signature Compute(const std::vector<std::string_view>& words);

// One bucket per band: texts with an equal bucket in some band are
// candidates. Empty for an empty signature.
std::vector<std::int64_t> Buckets(const Signature& signature);

// The share of positions at which two signatures agree: an estimate of the
// Jaccard similarity of the texts' shingles. 0 when either is empty.
double Similarity(const Signature& a, const Signature& b);

// The signature as stored: kPermutations little-endian 32-bit values.
std::string Pack(const Signature& signature);
Result<Signature> Unpack(std::string_view bytes);

}  // namespace corpusd::minhash
