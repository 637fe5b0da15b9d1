// Hexadecimal digits, written and read: content hashes, percent-escapes in
// URLs, numeric character references. Header-only; pure.
#pragma once

namespace corpusd {

// The digit for a value 0-15: "0123456789abcdef", or upper case.
inline char HexDigit(unsigned value, bool upper = false) {
  return (upper ? "0123456789ABCDEF" : "0123456789abcdef")[value & 0xF];
}

// The value of an ASCII hex digit (either case); -1 for any other character.
// A template so that chars and char32_t code points read alike.
template <typename Char>
int HexValue(Char c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

template <typename Char>
bool IsHexDigit(Char c) {
  return HexValue(c) >= 0;
}

}  // namespace corpusd
