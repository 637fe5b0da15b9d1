#include "parsers/dates/date_tokens.h"

#include "parsers/dates/icu_calendar.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

enum class CharClass { kSpace, kDigit, kLetter, kLoneLetter, kSymbol };

// The value of a decimal digit in the scripts dates are written with, or -1.
// The zeros of the decimal digits dates are written with besides ASCII:
// full-width, Arabic-Indic, extended Arabic-Indic (Persian, Urdu), and those
// of the scripts of South and South-East Asia (Devanagari, Bengali,
// Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
// Tibetan, Myanmar, Khmer). Each is followed by its 1 to 9.
constexpr char32_t kDigitZeros[] = {U'\uFF10', U'\u0660', U'\u06F0', U'\u0966', U'\u09E6',
                                    U'\u0A66', U'\u0AE6', U'\u0B66', U'\u0BE6', U'\u0C66',
                                    U'\u0CE6', U'\u0D66', U'\u0E50', U'\u0ED0', U'\u0F20',
                                    U'\u1040', U'\u17E0'};

int DigitValue(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c < U'\u0660') return -1;
  for (const char32_t zero : kDigitZeros) {
    if (c >= zero && c <= zero + 9) return static_cast<int>(c - zero);
  }
  return -1;
}

// Marks of writing direction, written between the parts of a date in
// right-to-left text ("٠١\u200F/٠١\u200F/١٩٩٥", as CLDR's Arabic formats
// do): they are neither space nor letter, and are read past.
bool IsDirectionMark(char32_t c) {
  return c == U'\u200E' || c == U'\u200F' || c == U'\u061C' || (c >= U'\u202A' && c <= U'\u202E') ||
         (c >= U'\u2066' && c <= U'\u2069');
}

bool IsSpace(char32_t c) {
  return c == U' ' || (c >= U'\t' && c <= U'\r') || c == U'\u00A0' || c == U'\u1680' ||
         (c >= U'\u2000' && c <= U'\u200B') || c == U'\u2028' || c == U'\u2029' || c == U'\u202F' ||
         c == U'\u205F' || c == U'\u2060' || c == U'\u3000' || c == U'\uFEFF';
}

// Scripts written without spaces or case: each character is a word of its
// own, so "7月5日に" reads as 7, 月, 5, 日, に.
bool IsLoneLetter(char32_t c) {
  return (c >= U'\u1100' && c <= U'\u11FF') || (c >= U'\u3040' && c <= U'\u30FF') ||
         (c >= U'\u3130' && c <= U'\u318F') || (c >= U'\u3400' && c <= U'\u4DBF') ||
         (c >= U'\u4E00' && c <= U'\u9FFF') || (c >= U'\uAC00' && c <= U'\uD7AF') ||
         (c >= U'\uF900' && c <= U'\uFAFF') || (c >= U'\U00020000' && c <= U'\U0002FFFF');
}

// Punctuation and symbols outside ASCII (from U+FFF0 on: specials, emoji
// and every other supplementary character that is not CJK). Everything
// else that is not a space or digit counts as a letter: close enough for
// finding month names, and it needs no character database.
bool IsNonAsciiSymbol(char32_t c) {
  return (c >= U'\u0080' && c <= U'\u00BF' && c != U'\u00AA' && c != U'\u00B5' && c != U'\u00BA') ||
         c == U'\u00D7' || c == U'\u00F7' || c == U'\u060C' || c == U'\u061B' || c == U'\u061F' ||
         (c >= U'\u066A' && c <= U'\u066D') || c == U'\u06D4' || c == U'\u0964' || c == U'\u0965' ||
         c == U'\u104A' || c == U'\u104B' || (c >= U'\u2010' && c <= U'\u2BFF') ||
         (c >= U'\u2E00' && c <= U'\u2E7F') || (c >= U'\u3000' && c <= U'\u303F') ||
         (c >= U'\uFE10' && c <= U'\uFE6F') || (c >= U'\uFF00' && c <= U'\uFF0F') ||
         (c >= U'\uFF1A' && c <= U'\uFF20') || (c >= U'\uFF3B' && c <= U'\uFF40') ||
         (c >= U'\uFF5B' && c <= U'\uFF65') || c >= U'\uFFF0';
}

CharClass Classify(char32_t c) {
  if (c < 0x80) {
    if (c >= U'0' && c <= U'9') return CharClass::kDigit;
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return CharClass::kLetter;
    return IsSpace(c) || c < 0x20 || c == 0x7F ? CharClass::kSpace : CharClass::kSymbol;
  }
  if (IsSpace(c)) return CharClass::kSpace;
  if (DigitValue(c) >= 0) return CharClass::kDigit;
  if (IsLoneLetter(c)) return CharClass::kLoneLetter;
  return IsNonAsciiSymbol(c) ? CharClass::kSymbol : CharClass::kLetter;
}

// Case-folds a word; ASCII words (most of them) without calling ICU.
void FoldWord(std::string_view raw, DateToken& token) {
  bool ascii = true;
  for (const char c : raw) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    token.capitalized = raw[0] >= 'A' && raw[0] <= 'Z';
    token.text.assign(raw);
    for (char& c : token.text) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return;
  }
  token.text = FoldCase(raw);
  std::size_t raw_length = 0;
  std::size_t folded_length = 0;
  token.capitalized = !token.text.empty() && utf8::DecodeAt(raw, 0, raw_length) !=
                                                 utf8::DecodeAt(token.text, 0, folded_length);
}

}  // namespace

bool HasDateDigit(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c >= '0' && c <= '9') return true;
    // The other digits are all from U+0660 on: two-byte sequences led by
    // 0xD9 and up, and three-byte ones.
    if (c < 0xD9 || c >= 0xF0) continue;
    std::size_t length = 0;
    if (DigitValue(utf8::DecodeAt(utf8, i, length)) >= 0) return true;
  }
  return false;
}

std::vector<DateToken> TokenizeForDates(std::string_view utf8) {
  std::vector<DateToken> tokens;
  std::size_t pos = 0;
  std::size_t cp = 0;
  bool space = true;
  bool line = true;
  while (pos < utf8.size()) {
    std::size_t length = 0;
    const char32_t c = utf8::DecodeAt(utf8, pos, length);
    if (c >= U'\u061C' && IsDirectionMark(c)) {
      pos += length;
      ++cp;
      continue;
    }
    const CharClass cls = Classify(c);
    if (cls == CharClass::kSpace) {
      space = true;
      line = line || c == U'\n' || c == U'\r' || c == U'\u2028' || c == U'\u2029';
      pos += length;
      ++cp;
      continue;
    }
    DateToken token;
    token.byte_begin = pos;
    token.cp_begin = cp;
    token.space_before = space;
    token.line_before = line;
    space = false;
    line = false;
    pos += length;
    ++cp;
    if (cls == CharClass::kDigit) {
      token.kind = DateTokenKind::kNumber;
      token.text.push_back(static_cast<char>('0' + DigitValue(c)));
      while (pos < utf8.size()) {
        const char32_t next = utf8::DecodeAt(utf8, pos, length);
        const int digit = DigitValue(next);
        if (digit < 0) break;
        token.text.push_back(static_cast<char>('0' + digit));
        pos += length;
        ++cp;
      }
      token.digits = static_cast<int>(token.text.size());
      if (token.digits <= 18) {
        token.value = 0;
        for (const char d : token.text) token.value = token.value * 10 + (d - '0');
      }
    } else if (cls == CharClass::kLetter) {
      token.kind = DateTokenKind::kWord;
      while (pos < utf8.size()) {
        if (Classify(utf8::DecodeAt(utf8, pos, length)) != CharClass::kLetter) break;
        pos += length;
        ++cp;
      }
      FoldWord(utf8.substr(token.byte_begin, pos - token.byte_begin), token);
    } else if (cls == CharClass::kLoneLetter) {
      token.kind = DateTokenKind::kWord;
      token.text.assign(utf8.substr(token.byte_begin, pos - token.byte_begin));
    } else {
      token.kind = DateTokenKind::kSymbol;
      token.text.assign(utf8.substr(token.byte_begin, pos - token.byte_begin));
    }
    token.byte_end = pos;
    token.cp_end = cp;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::string NameKey(std::span<const DateToken> tokens, std::size_t i, std::size_t n) {
  std::string key;
  for (std::size_t k = i; k < i + n; ++k) {
    const DateToken& t = tokens[k];
    if (t.kind == DateTokenKind::kSymbol && (t.text != "." || t.space_before || k == i)) return {};
    if (k > i && t.space_before) key += ' ';
    key += t.text;
  }
  return key;
}

}  // namespace corpusd
