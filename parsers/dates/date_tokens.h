// Text cut into the tokens date grammars read: numbers, words and single
// symbols, with their byte and code-point spans. Words are case-folded so
// that month names match in any case and script; numbers in the digits of
// other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Tamil, Thai,
// Khmer, full-width...) read as ASCII ones; marks of writing direction are
// read past. Pure and thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace corpusd {

enum class DateTokenKind : std::uint8_t {
  kNumber,  // a run of decimal digits
  kWord,    // a run of letters; each CJK ideograph, kana or Hangul syllable alone
  kSymbol,  // one punctuation or symbol code point
};

struct DateToken {
  DateTokenKind kind = DateTokenKind::kSymbol;
  std::size_t byte_begin = 0;  // span in the input's bytes, end exclusive
  std::size_t byte_end = 0;
  std::size_t cp_begin = 0;  // span in the input's code points, end exclusive
  std::size_t cp_end = 0;
  bool space_before = false;  // white space between this token and the one before
  bool line_before = false;   // a line break in that white space
  bool capitalized = false;   // a word whose first letter is upper case
  int digits = 0;             // a number's digit count
  std::int64_t value = -1;    // a number's value; -1 past 18 digits
  std::string text;           // word: case-folded; number: ASCII digits; symbol: as written
};

std::vector<DateToken> TokenizeForDates(std::string_view utf8);

// True when the text holds a digit of a script dates are read in (those the
// tokenizer reads): a cheap test for whether a line can state a date at all.
bool HasDateDigit(std::string_view utf8);

// How a name of `n` tokens from tokens[i] on is looked up: the folded words
// and numbers, a space where one was written, and the dots between them
// ("tháng 7", "ม.ค"). Empty when another symbol is among them.
std::string NameKey(std::span<const DateToken> tokens, std::size_t i, std::size_t n);

// True when `token` is the word `folded` (already case-folded).
inline bool IsWord(const DateToken& token, std::string_view folded) {
  return token.kind == DateTokenKind::kWord && token.text == folded;
}

// True when `token` is the one-code-point symbol `symbol`.
inline bool IsSymbol(const DateToken& token, std::string_view symbol) {
  return token.kind == DateTokenKind::kSymbol && token.text == symbol;
}

// True when `token` is one of the (case-folded) `words`.
template <std::size_t N>
bool IsWordIn(const DateToken& token, const std::array<std::string_view, N>& words) {
  if (token.kind != DateTokenKind::kWord) return false;
  for (const std::string_view w : words) {
    if (token.text == w) return true;
  }
  return false;
}

// Position checks for the grammars; `i` may be past the end (then false).
using DateTokens = std::span<const DateToken>;

inline bool IsNumberAt(DateTokens t, std::size_t i, int min_digits, int max_digits) {
  return i < t.size() && t[i].kind == DateTokenKind::kNumber && t[i].digits >= min_digits &&
         t[i].digits <= max_digits;
}

inline bool IsWordAt(DateTokens t, std::size_t i, std::string_view folded) {
  return i < t.size() && IsWord(t[i], folded);
}

// A symbol written right after the token before it, with no space.
inline bool IsGluedSymbolAt(DateTokens t, std::size_t i, std::string_view symbol) {
  return i < t.size() && !t[i].space_before && IsSymbol(t[i], symbol);
}

}  // namespace corpusd
