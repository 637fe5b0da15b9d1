// Language identification with CLD2 (Compact Language Detector 2), the one
// file that includes CLD2's headers. CLD2 keeps no state between calls and is
// thread-safe; its tables are compiled into the library.
#include "parsers/text/language_detector.h"

// clang-format off
#include <cstdio>  // before CLD2's header, which uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
// clang-format on

#include <algorithm>
#include <cstddef>
#include <string>

#include "parsers/utf8.h"

namespace corpusd {
namespace {

// Fewer letters than this is too little text to tell a language by, whatever
// CLD2 says: a title, a caption, a byline.
constexpr int kMinLetters = 20;
// CLD2 gains nothing from more text than this (its answer for a whole book is
// the answer for its first chapters); longer text is cut.
constexpr std::size_t kMaxBytes = 256 * 1024;
// Hints longer than this are not a language or a domain.
constexpr std::size_t kMaxHintLength = 64;

// Whether a code point counts as a letter, roughly: ASCII letters, and code
// points from U+00C0 up that are outside the punctuation, symbol and emoji
// blocks. Good enough to tell a sentence from a caption in any script.
bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return !(cp < 0xC0 || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x2BFF) ||            // punctuation, symbols, arrows
           (cp >= 0x3000 && cp <= 0x303F) ||            // CJK punctuation
           (cp >= 0xFE30 && cp <= 0xFE4F) ||            // CJK compatibility forms
           (cp >= 0xFF00 && cp <= 0xFF20) ||            // fullwidth punctuation, digits
           cp == utf8::kReplacement || cp >= 0x1F000);  // emoji and beyond
}

// Whether CLD2 accepts a code point: its "interchange-valid" UTF-8 has no
// control characters but tab and line breaks, and no noncharacters. One of
// them anywhere makes CLD2 give up on the whole text.
bool IsInterchangeValid(char32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  if (cp >= 0x7F && cp <= 0x9F) return false;
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
  return (cp & 0xFFFE) != 0xFFFE;
}

// What CLD2 is given: at most kMaxBytes of the text, cut at a character, with
// every ill-formed sequence and every character CLD2 refuses made a space.
struct Cld2Input {
  std::string text;
  int letters = 0;
};

Cld2Input PrepareForCld2(std::string_view utf8) {
  Cld2Input input;
  input.text.reserve(std::min(utf8.size(), kMaxBytes));
  for (std::size_t pos = 0; pos < utf8.size();) {
    // A run of printable ASCII (and tabs and line breaks) goes in whole:
    // decoding and appending each character alone cost a fifth as much as
    // CLD2 itself on plain text.
    std::size_t run = pos;
    while (run < utf8.size() && input.text.size() + (run - pos) < kMaxBytes) {
      const auto c = static_cast<unsigned char>(utf8[run]);
      if (c >= 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) break;
      input.letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      ++run;
    }
    if (run > pos) {
      input.text.append(utf8.substr(pos, run - pos));
      pos = run;
      continue;
    }
    std::size_t length = 0;
    const char32_t cp = utf8::DecodeAt(utf8, pos, length);
    if (input.text.size() + length > kMaxBytes) break;
    const bool well_formed = cp != utf8::kReplacement || utf8.substr(pos, length) == "\xEF\xBF\xBD";
    if (well_formed && IsInterchangeValid(cp)) {
      input.text.append(utf8.substr(pos, length));
      input.letters += IsLetter(cp);
    } else {
      input.text += ' ';
    }
    pos += length;
  }
  return input;
}

// A hint as CLD2 wants it: lower case, at most kMaxHintLength, only the
// characters a language list ("en-US, hu") or a domain label can hold;
// anything else makes it empty.
std::string CleanHint(std::string_view hint) {
  while (!hint.empty() && (hint.front() == '.' || hint.front() == ' ')) hint.remove_prefix(1);
  while (!hint.empty() && hint.back() == ' ') hint.remove_suffix(1);
  if (hint.size() > kMaxHintLength) return {};
  std::string out;
  for (char c : hint) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
    const bool allowed =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == ',' || c == ' ';
    if (!allowed) return {};
    out += c;
  }
  return out;
}

// Whether most letters of the text are Latin (below U+0250) rather than of
// another script; used to name the script of a language written in two.
bool MostlyLatin(std::string_view utf8) {
  int latin = 0, other = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      ++latin;
    } else if (c >= 0xC3 && c <= 0xC9) {  // leads of U+00C0-U+024F
      ++latin;
    } else if (c >= 0xCA && c < 0xF8) {  // leads of everything above
      ++other;
    }
  }
  return latin >= other;
}

// CLD2's code as a BCP 47 tag, or nullopt for its "unknown" codes ("un",
// "xxx") and its script-only pseudo-languages ("xx-Bopo"...).
std::optional<std::string> Bcp47(CLD2::Language language, std::string_view utf8) {
  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) {
    return std::nullopt;
  }
  const char* code_c = CLD2::LanguageCode(language);
  if (code_c == nullptr) return std::nullopt;
  const std::string_view code = code_c;
  if (code.empty() || code == "un" || code == "xxx" || code.starts_with("xx-")) return std::nullopt;
  if (code == "iw") return "he";  // CLD2 keeps the pre-1989 ISO 639 codes
  if (code == "jw") return "jv";
  // Chinese and Serbian are written in two scripts each; say which.
  if (code == "zh") return "zh-Hans";
  if (code == "sr") return MostlyLatin(utf8) ? "sr-Latn" : "sr-Cyrl";
  return std::string(code);
}

}  // namespace

std::optional<std::string> DetectLanguage(std::string_view utf8, const LanguageHints& hints) {
  const Cld2Input input = PrepareForCld2(utf8);
  if (input.letters < kMinLetters) return std::nullopt;

  const std::string content_language = CleanHint(hints.language);
  const std::string tld = CleanHint(hints.tld);
  CLD2::CLDHints cld_hints{};
  cld_hints.content_language_hint = content_language.empty() ? nullptr : content_language.c_str();
  cld_hints.tld_hint = tld.empty() ? nullptr : tld.c_str();
  cld_hints.encoding_hint = CLD2::UNKNOWN_ENCODING;
  cld_hints.language_hint = CLD2::UNKNOWN_LANGUAGE;

  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool is_reliable = false;
  int valid_prefix_bytes = 0;
  const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      input.text.data(), static_cast<int>(input.text.size()), /*is_plain_text=*/true, &cld_hints,
      /*flags=*/0, language3, percent3, normalized_score3, /*resultchunkvector=*/nullptr,
      &text_bytes, &is_reliable, &valid_prefix_bytes);
  if (!is_reliable) return std::nullopt;
  return Bcp47(language, input.text);
}

}  // namespace corpusd
