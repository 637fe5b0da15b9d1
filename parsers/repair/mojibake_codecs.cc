// Byte tables for the legacy charsets, built once from ICU, and the byte
// patterns of damaged UTF-8 (after python-ftfy's chardata.py and fixes.py).
#include "parsers/repair/mojibake_codecs.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>
#include <vector>

#include "parsers/encodings/icu_converter.h"
#include "parsers/utf8.h"

namespace corpusd::mojibake {
namespace {

constexpr std::size_t kCharsetCount = std::size(kCandidateCharsets);
constexpr unsigned char kSubstitute = 0x1A;  // ASCII SUB: a byte that was lost

// One charset's mapping both ways.
struct CharsetTable {
  // False when ICU has no converter for it: then it is no candidate.
  bool available = false;
  // Byte to code point (U+FFFD for bytes above 7F when not available).
  std::array<char32_t, 256> decode{};
  // Code point to byte, sorted by code point.
  std::vector<std::pair<char32_t, unsigned char>> encode;
};

// What the repair knows of each charset, indexed by Charset.
struct CharsetInfo {
  Charset charset;
  std::string_view name;  // as repairs report it: "mojibake:<name>"
  const char* icu_name;   // for ICU (a WHATWG name or an ICU alias); null: decoded by hand
  bool sloppy;            // windows-125x, whose undefined bytes browsers read as C1 controls
};
constexpr CharsetInfo kCharsets[] = {
    // Latin-1 is decoded by hand: every byte is the code point of its number.
    {Charset::kLatin1, "latin-1", nullptr, false},
    {Charset::kWindows1252, "windows-1252", "windows-1252", true},
    {Charset::kWindows1251, "windows-1251", "windows-1251", true},
    {Charset::kWindows1250, "windows-1250", "windows-1250", true},
    {Charset::kWindows1253, "windows-1253", "windows-1253", true},
    {Charset::kWindows1254, "windows-1254", "windows-1254", true},
    {Charset::kWindows1257, "windows-1257", "windows-1257", true},
    {Charset::kIso8859_2, "iso-8859-2", "ISO-8859-2", false},
    {Charset::kMacRoman, "macintosh", "macintosh", false},
    {Charset::kCp437, "cp437", "IBM437", false},
};

constexpr bool InEnumOrder() {
  for (std::size_t i = 0; i < std::size(kCharsets); ++i) {
    if (static_cast<std::size_t>(kCharsets[i].charset) != i) return false;
  }
  return true;
}
static_assert(InEnumOrder(), "kCharsets is indexed by Charset");

const CharsetInfo& Info(Charset charset) { return kCharsets[static_cast<std::size_t>(charset)]; }

// Decodes bytes 0x80-0xFF with ICU, one code point per byte. ASCII is taken
// as it is: every candidate charset keeps it (and ICU's IBM437 swaps some
// control characters, which mojibake never involves).
CharsetTable BuildTable(Charset charset) {
  CharsetTable table;
  for (unsigned b = 0; b < 0x100; ++b) table.decode[b] = b < 0x80 ? b : utf8::kReplacement;
  if (charset == Charset::kLatin1) {
    for (unsigned b = 0x80; b < 0x100; ++b) table.decode[b] = b;
  } else {
    std::string high;
    for (unsigned b = 0x80; b < 0x100; ++b) high.push_back(static_cast<char>(b));
    Result<ConvertedText> converted = ConvertToUtf8(high, Info(charset).icu_name);
    if (!converted.ok()) return table;
    std::u32string cps;
    const std::string& utf8 = converted->utf8;
    for (std::size_t pos = 0, length = 0; pos < utf8.size(); pos += length) {
      cps.push_back(utf8::DecodeAt(utf8, pos, length));
    }
    if (cps.size() != 0x80) return table;  // not a single-byte charset after all
    for (unsigned b = 0x80; b < 0x100; ++b) {
      char32_t cp = cps[b - 0x80];
      if (cp == utf8::kReplacement && IsSloppy(charset)) cp = b;
      table.decode[b] = cp;
    }
  }
  if (IsSloppy(charset)) table.decode[kSubstitute] = utf8::kReplacement;
  for (unsigned b = 0; b < 0x100; ++b) {
    const char32_t cp = table.decode[b];
    if (cp == utf8::kReplacement && !(IsSloppy(charset) && b == kSubstitute)) continue;
    table.encode.emplace_back(cp, static_cast<unsigned char>(b));
  }
  // Cp437's byte E6 is μ (U+03BC) to ICU but µ (U+00B5, the micro sign) to
  // Windows and Python, whose mojibake is what we meet: both encode to it.
  if (charset == Charset::kCp437) table.encode.emplace_back(U'\u00B5', 0xE6);
  // Stable, so that of two bytes for one character the lower one encodes it.
  std::stable_sort(table.encode.begin(), table.encode.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  table.available = true;
  return table;
}

const CharsetTable& Table(Charset charset) {
  static const std::array<CharsetTable, kCharsetCount> tables = [] {
    std::array<CharsetTable, kCharsetCount> built;
    for (Charset c : kCandidateCharsets) built[static_cast<std::size_t>(c)] = BuildTable(c);
    return built;
  }();
  return tables[static_cast<std::size_t>(charset)];
}

unsigned char At(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

bool IsContinuation(unsigned char b) { return b >= 0x80 && b <= 0xBF; }

// A continuation byte other than 0x85 and 0xA0, whose characters (… and the
// no-break space) are too common beside a space to be taken as evidence.
bool IsTellingContinuation(unsigned char b) { return IsContinuation(b) && b != 0x85 && b != 0xA0; }

// The length of an altered UTF-8 sequence at `i` (one 0xA0 became 0x20), or 0.
// Only lead bytes that form likely characters are accepted: C2 (no-break
// space), C3 (à), C5 (Š), CE (Π), D0 (Р), D9 (٠); E0-E3 for three bytes
// (not E4 and up: CJK beside Latin letters is unlikely); F0 for four.
std::size_t AlteredAt(std::string_view s, std::size_t i) {
  const unsigned char b0 = At(s, i), b1 = At(s, i + 1), b2 = At(s, i + 2), b3 = At(s, i + 3);
  switch (b0) {
    case 0xC2:
    case 0xC3:
    case 0xC5:
    case 0xCE:
    case 0xD0:
    case 0xD9:
      return b1 == ' ' ? 2 : 0;
    default:
      break;
  }
  if ((b0 == 0xE2 || b0 == 0xE3) && b1 == ' ' && IsTellingContinuation(b2)) return 3;
  if (b0 >= 0xE0 && b0 <= 0xE3 && IsTellingContinuation(b1) && b2 == ' ') return 3;
  if (b0 == 0xF0) {
    const int spaces = (b1 == ' ') + (b2 == ' ') + (b3 == ' ');
    const int continuations = IsContinuation(b1) + IsContinuation(b2) + IsContinuation(b3);
    if (spaces == 1 && continuations == 2) return 4;
  }
  return 0;
}

bool StartsWith(std::string_view s, std::size_t i, std::string_view prefix) {
  return s.substr(std::min(i, s.size())).starts_with(prefix);
}

// Byte `b` is 0x1A, or '?' where `question_ok`, or a continuation byte where
// `continuation_ok`: a position of a UTF-8 sequence that may have lost a byte.
bool Lossy(unsigned char b, bool question_ok, bool continuation_ok) {
  return b == kSubstitute || (question_ok && b == '?') || (continuation_ok && IsContinuation(b));
}

// The length of a UTF-8 sequence at `i` that lost bytes, or 0. A '?' may
// stand for a lost byte once per sequence.
std::size_t LossyAt(std::string_view s, std::size_t i) {
  const unsigned char b0 = At(s, i), b1 = At(s, i + 1), b2 = At(s, i + 2), b3 = At(s, i + 3);
  if (b0 >= 0xC2 && b0 <= 0xDF && b1 == kSubstitute) return 2;
  if ((b0 == 0xC2 || b0 == 0xC3) && b1 == '?') return 2;
  if (b0 == 0xED && b1 >= 0xA0 && b1 <= 0xAF && At(s, i + 3) == 0xED && At(s, i + 4) >= 0xB0 &&
      At(s, i + 4) <= 0xBF) {
    // A CESU-8 surrogate pair with a byte lost in either half.
    const unsigned char b5 = At(s, i + 5);
    if (Lossy(b2, true, false) && Lossy(b5, true, true)) return 6;
    if (Lossy(b2, true, true) && Lossy(b5, true, false)) return 6;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (Lossy(b1, true, false) && Lossy(b2, false, true)) return 3;
    if (Lossy(b1, false, true) && Lossy(b2, true, false)) return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (Lossy(b1, true, false) && Lossy(b2, false, true) && Lossy(b3, false, true)) return 4;
    if (Lossy(b1, false, true) && Lossy(b2, true, false) && Lossy(b3, false, true)) return 4;
    if (Lossy(b1, false, true) && Lossy(b2, false, true) && Lossy(b3, true, false)) return 4;
  }
  return b0 == kSubstitute ? 1 : 0;
}

}  // namespace

std::string_view CharsetName(Charset charset) { return Info(charset).name; }

bool IsSloppy(Charset charset) { return Info(charset).sloppy; }

bool IsAvailable(Charset charset) { return Table(charset).available; }

char32_t DecodeByte(Charset charset, unsigned char byte) { return Table(charset).decode[byte]; }

bool Encode(std::u32string_view text, Charset charset, std::string* bytes) {
  const CharsetTable& table = Table(charset);
  if (!table.available) return false;
  bytes->clear();
  bytes->reserve(text.size());
  for (const char32_t cp : text) {
    if (cp < 0x80 && table.decode[cp] == cp) {
      bytes->push_back(static_cast<char>(cp));
      continue;
    }
    auto it = std::lower_bound(table.encode.begin(), table.encode.end(), cp,
                               [](const auto& entry, char32_t key) { return entry.first < key; });
    if (it == table.encode.end() || it->first != cp) return false;
    bytes->push_back(static_cast<char>(it->second));
  }
  return true;
}

bool HasAlteredUtf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (AlteredAt(bytes, i) > 0) return true;
  }
  return false;
}

std::string RestoreByteA0(std::string_view bytes) {
  // First "Ã " standing alone as a word is "à" and its no-break space both
  // became one space: "Ã la mode" is "à la mode". The Portuguese
  // contractions "às", "àquele", "àquela", "àquilo" are written together.
  std::string first;
  first.reserve(bytes.size() + 8);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (At(bytes, i) == 0xC3 && At(bytes, i + 1) == ' ' && At(bytes, i + 2) != ' ' &&
        !StartsWith(bytes, i + 2, "quele") && !StartsWith(bytes, i + 2, "quela") &&
        !StartsWith(bytes, i + 2, "quilo") && !StartsWith(bytes, i + 2, "s ")) {
      first += "\xC3\xA0 ";
      ++i;
      continue;
    }
    first.push_back(bytes[i]);
  }
  std::string out;
  out.reserve(first.size());
  for (std::size_t i = 0; i < first.size();) {
    const std::size_t length = AlteredAt(first, i);
    if (length == 0) {
      out.push_back(first[i++]);
      continue;
    }
    for (std::size_t k = i; k < i + length; ++k) out.push_back(first[k] == ' ' ? '\xA0' : first[k]);
    i += length;
  }
  return out;
}

std::string ReplaceLossySequences(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t length = LossyAt(bytes, i);
    if (length == 0) {
      out.push_back(bytes[i++]);
      continue;
    }
    out += "\xEF\xBF\xBD";
    i += length;
  }
  return out;
}

bool DecodeUtf8Variants(std::string_view bytes, std::u32string* text) {
  text->clear();
  text->reserve(bytes.size());
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      text->push_back(s[i++]);
      continue;
    }
    if (s[i] == 0xC0 && i + 1 < n && s[i + 1] == 0x80) {  // Java's U+0000
      text->push_back(0);
      i += 2;
      continue;
    }
    if (s[i] == 0xED && i + 5 < n && s[i + 1] >= 0xA0 && s[i + 1] <= 0xAF &&
        IsContinuation(s[i + 2]) && s[i + 3] == 0xED && s[i + 4] >= 0xB0 && s[i + 4] <= 0xBF &&
        IsContinuation(s[i + 5])) {  // a CESU-8 surrogate pair
      const char32_t high = 0xD000 | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      const char32_t low = 0xD000 | ((s[i + 4] & 0x3F) << 6) | (s[i + 5] & 0x3F);
      text->push_back(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00));
      i += 6;
      continue;
    }
    const int length = utf8::ScanSequence(s + i, n - i);
    if (length < 0) return false;
    std::size_t decoded_length = 0;
    text->push_back(utf8::DecodeAt(bytes, i, decoded_length));
    i += static_cast<std::size_t>(length);
  }
  return true;
}

}  // namespace corpusd::mojibake
