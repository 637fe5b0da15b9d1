#include "parsers/text/icu_chars.h"

#include <unicode/uchar.h>

namespace corpusd::chars {

bool IsLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

bool IsUppercase(char32_t c) {
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER;
}

bool IsLowercase(char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_LOWERCASE_LETTER; }

bool IsWhiteSpace(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

bool IsWordChar(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  return u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
}

}  // namespace corpusd::chars
