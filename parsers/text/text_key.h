// The keys duplicates are told by. The exact key of a text is its NFKC
// case-folded form (parsers/text/icu_normalizer.h) with every run of white space
// made one space and the ends trimmed: "Tax  Reform" and "ＴＡＸ reform" share
// a key. Its SHA-256 is the `text_key_hash` column. The words of the key
// (runs of letters, digits and marks) make the MinHash signature that
// near-duplicates are found by (core/minhash.h).
#pragma once

#include <string>
#include <string_view>

#include "core/minhash.h"

namespace corpusd {

struct TextKeys {
  std::string key_hash;  // lowercase hex SHA-256 of the key
  minhash::Signature minhash;
};

// The exact key of well-formed UTF-8 text.
std::string TextKey(std::string_view text);

// Both keys of a text: what the pipeline records and the store compares.
TextKeys KeysOf(std::string_view text);

}  // namespace corpusd
