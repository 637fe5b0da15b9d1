// Unicode normalization through ICU's Normalizer2; only icu_normalizer.cc
// includes ICU's normalization headers. The ICU instances are process-wide
// singletons owned by ICU (never deleted); these functions are thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

// The NFC form of well-formed UTF-8. Already-NFC text (the common case) is
// detected by a quick check and returned without conversion.
Result<std::string> ToNfc(std::string_view utf8);

// ICU's NFKC_Casefold of well-formed UTF-8: compatibility forms folded
// ("ﬁ" -> "fi", full-width -> ASCII), case folded, default-ignorable code
// points (soft hyphens, zero-width joiners) removed. What duplicate keys use.
Result<std::string> ToNfkcCasefold(std::string_view utf8);

}  // namespace corpusd
