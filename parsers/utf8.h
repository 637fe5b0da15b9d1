// Walking UTF-8 one code point at a time. Header-only: used on hot paths.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace corpusd::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Length of the well-formed UTF-8 sequence at the start of `s` (1-4), or, for
// an ill-formed one, minus the length of its maximal subpart: the bytes one
// U+FFFD stands for under the WHATWG decoder ("a\xE2\x82b" is a, FFFD, b).
// REQUIRES: size > 0.
inline int ScanSequence(const unsigned char* s, std::size_t size) {
  const unsigned char lead = s[0];
  if (lead < 0x80) return 1;
  int trail_count;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail_count = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail_count = 2;
    if (lead == 0xE0) low = 0xA0;   // below is overlong
    if (lead == 0xED) high = 0x9F;  // above is a surrogate
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail_count = 3;
    if (lead == 0xF0) low = 0x90;   // below is overlong
    if (lead == 0xF4) high = 0x8F;  // above is past U+10FFFF
  } else {
    return -1;  // a stray trail byte, an overlong lead (C0, C1) or F5-FF
  }
  for (int k = 1; k <= trail_count; ++k) {
    if (static_cast<std::size_t>(k) >= size || s[k] < low || s[k] > high) return -k;
    low = 0x80;
    high = 0xBF;
  }
  return trail_count + 1;
}

// Decodes the code point at `pos` (< s.size()). Sets `length` to the bytes it
// takes (at least 1); an ill-formed sequence yields U+FFFD for its maximal
// subpart.
inline char32_t DecodeAt(std::string_view s, std::size_t pos, std::size_t& length) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const int n = ScanSequence(p, s.size() - pos);
  if (n < 0) {
    length = static_cast<std::size_t>(-n);
    return kReplacement;
  }
  length = static_cast<std::size_t>(n);
  static constexpr unsigned char kLeadMask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t cp = p[0] & kLeadMask[n];
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (p[k] & 0x3F);
  return cp;
}

// Calls `visit(pos, length)` for each sequence that is not ASCII, with
// ScanSequence's length (2-4 well-formed, negative ill-formed), until it
// returns false. ASCII is skipped eight bytes at a time: the hot path.
template <typename Visit>
void ForEachNonAscii(std::string_view bytes, Visit visit) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    if (n - i >= 8) {
      std::uint64_t word;
      std::memcpy(&word, s + i, sizeof word);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const int length = ScanSequence(s + i, n - i);
    if (!visit(i, length)) return;
    i += static_cast<std::size_t>(length > 0 ? length : -length);
  }
}

// Appends the UTF-8 form of a code point.
inline void Append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace corpusd::utf8
