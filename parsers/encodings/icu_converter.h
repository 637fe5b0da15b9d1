// The one wrapper around ICU's converters (ucnv). Only icu_converter.cc
// includes ICU's conversion headers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

struct ConvertedText {
  std::string utf8;
  std::size_t replaced = 0;  // invalid or unmappable sequences, now U+FFFD
};

// Converts bytes in `encoding` (a WHATWG encoding name, see charset_labels.h)
// to UTF-8. Invalid sequences become U+FFFD and are counted; they never fail
// the conversion. Fails only for an encoding ICU does not know.
Result<ConvertedText> ConvertToUtf8(std::string_view bytes, std::string_view encoding);

}  // namespace corpusd
