// Language identification of clean text (CLD2), as a BCP 47 code. The one
// file pair that includes CLD2's headers. Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace corpusd {

struct LanguageHints {
  std::string language;  // a declared language (HTML lang, config), may be empty
  std::string tld;       // the URL's top-level domain ("hu"), may be empty
};

// The document's language ("en", "hu", "zh-Hant", "sr-Latn", ...), or nullopt
// when the text is too short or too mixed to tell reliably.
std::optional<std::string> DetectLanguage(std::string_view utf8, const LanguageHints& hints);

}  // namespace corpusd
