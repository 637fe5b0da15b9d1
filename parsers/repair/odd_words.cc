#include "parsers/repair/odd_words.h"

#include "parsers/text/icu_chars.h"

namespace corpusd::mojibake {

int OddWords(std::u32string_view text) {
  static const int kLatin = chars::ScriptFamily(U'a');
  int odd = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!chars::IsWordChar(text[i])) {
      ++i;
      continue;
    }
    int script = 0;
    bool two_scripts = false;
    int capitals = 0;
    int small = 0;
    for (; i < text.size() && chars::IsWordChar(text[i]); ++i) {
      const char32_t c = text[i];
      if (c < 0x80) {  // the common case, without ICU
        if (c >= 'A' && c <= 'Z') ++capitals;
        if (c >= 'a' && c <= 'z') ++small;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
          two_scripts = two_scripts || (script != 0 && script != kLatin);
          script = kLatin;
        }
        continue;
      }
      // The ordinal indicators and the micro sign are letters to Unicode but
      // signs to writers ("1º", "5 µm"): no script, no case.
      if (c == U'ª' || c == U'º' || c == U'µ') continue;
      if (chars::IsUppercase(c)) ++capitals;
      if (chars::IsLowercase(c)) ++small;
      // Digits and marks of a script count too ("ωτοσκοπηθε߆": an NKo digit).
      const int family = chars::ScriptFamily(c);
      if (family == 0) continue;
      two_scripts = two_scripts || (script != 0 && script != family);
      script = family;
    }
    odd += (two_scripts ? 1 : 0) + (capitals >= 2 && small >= 1 ? 1 : 0);
  }
  return odd;
}

}  // namespace corpusd::mojibake
