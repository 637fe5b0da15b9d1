// Percent-encoding (RFC 3986 2.1), the one way corpusd writes an escape:
// "%" and two upper-case hex digits. Header-only; pure.
#pragma once

#include <string>
#include <string_view>

#include "core/hex.h"

namespace corpusd {

inline void AppendPercentEscape(unsigned char byte, std::string& out) {
  out += '%';
  out += HexDigit(byte >> 4, /*upper=*/true);
  out += HexDigit(byte, /*upper=*/true);
}

// Whether `s` holds a well-formed escape ("%" and two hex digits) at `i`.
inline bool IsPercentEscapeAt(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && s[i] == '%' && IsHexDigit(s[i + 1]) && IsHexDigit(s[i + 2]);
}

}  // namespace corpusd
